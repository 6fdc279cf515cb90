import { createHash, createHmac, randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'
import { GENESIS_HASH } from '../src/main/features/audit/audit'
import { ANCHOR_FILE } from '../src/main/features/audit/anchor'
import type { AuditDbRow } from '../src/main/features/audit/audit.repo'
import { testBsns } from '../src/shared/domain/bsn'

/**
 * The audit log proves itself (issue 14): a keyed chain (HMAC with a key kept apart from the database
 * key) and an anchor outside the database. An attacker who holds the database key and bypasses the
 * triggers may edit, delete, insert, reorder, cut off or rebuild records: every one of 1,000 random
 * tamperings must be found. Each trial runs in a transaction that is rolled back afterwards.
 */
let b: TestBackend
let ids: number[]

beforeAll(async () => {
  b = testBackend()
  await withProfile(b)
  const bsns = testBsns('9996')
  for (let i = 0; i < 12; i++) {
    const { client } = await clientWithIndicatie(b, { bsn: bsns.next().value as string, achternaam: `Logboek${i}` })
    for (let k = 0; k < 10; k++) await b.ok('dossier.get', { clientId: client.id })
  }
  b.services!.auditGuard.writeAnchor()
  ids = b.db!.prepare('SELECT id FROM audit_log ORDER BY id').pluck().all() as number[]
}, 120_000)
afterAll(() => b?.dispose())

const row = (id: number) => b.db!.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as AuditDbRow
const all = () => b.db!.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditDbRow[]
const canonical = (r: AuditDbRow) =>
  JSON.stringify([r.at, r.event, r.action, r.client_id, r.user_id, r.user_role, r.on_behalf_of, r.details])

/** Rewrites the chain from `from` on with hashes the attacker can make: plain SHA-256, or an HMAC with a guessed key. */
function rechain(from: number, how: 'sha256' | 'wrong-key') {
  const key = randomBytes(32)
  let prev = from === 0 ? GENESIS_HASH : all()[from - 1]!.hash
  for (const r of all().slice(from)) {
    const text = `${prev}\n${canonical(r)}`
    const hash = how === 'sha256' ? createHash('sha256').update(text).digest('hex') : createHmac('sha256', key).update(text).digest('hex')
    b.db!.prepare('UPDATE audit_log SET prev_hash = ?, hash = ?, alg = ? WHERE id = ?').run(
      prev,
      hash,
      how === 'sha256' ? 'sha256' : 'hmac',
      r.id,
    )
    prev = hash
  }
}

const KINDS = ['edit', 'delete', 'insert', 'reorder', 'truncate', 'rechain-sha', 'rechain-key', 'rebuild-all'] as const
type Kind = (typeof KINDS)[number]

function tamper(kind: Kind, pick: number, column: string) {
  const id = ids[pick % ids.length]!
  switch (kind) {
    case 'edit': {
      const r = row(id)
      const value = column === 'client_id' ? 424242 : `${String(r[column as keyof AuditDbRow])}x`
      return void b.db!.prepare(`UPDATE audit_log SET ${column} = ? WHERE id = ?`).run(value, id)
    }
    case 'delete':
      return void b.db!.prepare('DELETE FROM audit_log WHERE id = ?').run(id)
    case 'insert': {
      // A forged record squeezed in before `id`: the later ones move up one place, the forgery copies its
      // neighbour's links, so only the keyed hashes can give it away.
      const r = row(id)
      b.db!.prepare('UPDATE audit_log SET id = -id WHERE id >= ?').run(id)
      b.db!.prepare('UPDATE audit_log SET id = 1 - id WHERE id < 0').run()
      return void b
        .db!.prepare(
          `INSERT INTO audit_log (id, gid, at, event, action, client_id, user_id, user_role, on_behalf_of, details, prev_hash, hash, alg)
           VALUES (?, ?, ?, 'client.read', 'R', 1, 1, 'klantadvies', NULL, '{}', ?, ?, 'hmac')`,
        )
        .run(id, `00000000-0000-7000-8000-${String(pick).padStart(12, '0')}`, r.at, r.prev_hash, r.hash)
    }
    case 'reorder': {
      const other = ids[(pick + 1 + (pick % 7)) % ids.length]!
      if (other === id) return tamper('edit', pick, 'event')
      const a = row(id)
      const c = row(other)
      const set = b.db!.prepare(
        'UPDATE audit_log SET at = ?, event = ?, action = ?, client_id = ?, details = ?, prev_hash = ?, hash = ? WHERE id = ?',
      )
      set.run(c.at, c.event, c.action, c.client_id, c.details, c.prev_hash, c.hash, id)
      return void set.run(a.at, a.event, a.action, a.client_id, a.details, a.prev_hash, a.hash, other)
    }
    case 'truncate':
      return void b.db!.prepare('DELETE FROM audit_log WHERE id >= ?').run(id)
    case 'rechain-sha':
      b.db!.prepare(`UPDATE audit_log SET event = 'client.search' WHERE id = ?`).run(id)
      return rechain(ids.indexOf(id), 'sha256')
    case 'rechain-key':
      b.db!.prepare(`UPDATE audit_log SET details = '{}' WHERE id = ?`).run(id)
      return rechain(ids.indexOf(id), 'wrong-key')
    case 'rebuild-all':
      // Throw away the tail and make a consistent-looking chain of what is left, without the audit key.
      b.db!.prepare('DELETE FROM audit_log WHERE id > ?').run(id)
      return rechain(0, 'sha256')
  }
}

describe('the audit log proves itself', () => {
  it('verifies as written, with its anchor', () => {
    expect(ids.length).toBeGreaterThan(100)
    expect(b.services!.auditGuard.check()).toMatchObject({ eersteAfwijking: null, reden: null })
    expect(new Set(all().map((r) => r.alg))).toEqual(new Set(['hmac']))
  })

  // Bounded by its 1,000 trials, not by time: on a busy 2-core machine they take about a minute.
  it('finds every one of 1,000 random tamperings', { timeout: 900_000 }, () => {
    const found: Record<Kind, number> = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>
    let trials = 0
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.nat(10_000),
        fc.constantFrom('event', 'client_id', 'details', 'at', 'user_role'),
        (kind, pick, column) => {
          trials++
          b.db!.exec('BEGIN; DROP TRIGGER audit_log_frozen_update; DROP TRIGGER audit_log_frozen_delete;')
          try {
            tamper(kind, pick, column)
            const check = b.services!.auditGuard.check()
            expect(check.reden, `${kind} of record ${ids[pick % ids.length]} not detected`).not.toBeNull()
            found[kind]++
          } finally {
            b.db!.exec('ROLLBACK')
          }
        },
      ),
      { numRuns: 1000 },
    )
    process.stdout.write(`audit tamper trials: ${trials}, detected: ${JSON.stringify(found)}\n`)
    expect(Object.values(found).reduce((n, k) => n + k, 0)).toBe(1000)
    expect(b.services!.auditGuard.check().reden).toBeNull()
  })

  it('raises the alarm in the app status, not only on request', async () => {
    b.db!.exec('BEGIN; DROP TRIGGER audit_log_frozen_delete;')
    try {
      b.db!.prepare('DELETE FROM audit_log WHERE id = ?').run(ids.at(-1)!)
      await b.services!.auditGuard.verify()
      const status = await b.ok('app.status', {})
      expect(status.logboek).toMatchObject({ status: 'failed', reden: expect.stringContaining('ontbreken') })
    } finally {
      b.db!.exec('ROLLBACK')
    }
    await b.services!.auditGuard.verify()
    expect((await b.ok('app.status', {})).logboek).toEqual({ status: 'ok', reden: null })
  })
})

describe('the first anchor of a new log', () => {
  it('is no alarm while it is still on its way, but a log with earlier records is checked against the anchor found', async () => {
    const fresh = testBackend()
    try {
      // Records within the anchor's delay after the first commit: the check must not call the anchor missing.
      await fresh.integrityDone
      fresh.services!.uow.record({ event: 'backup.create', details: { naam: 'eerste' } })
      expect(existsSync(join(fresh.dataDir, ANCHOR_FILE))).toBe(false)
      expect(await fresh.services!.auditGuard.verify()).toMatchObject({ reden: null })
      expect(existsSync(join(fresh.dataDir, ANCHOR_FILE))).toBe(true)

      // Started again on a log with records and without its anchor: the alarm, even with a commit pending.
      const again = fresh.restart()
      await again.ok('app.status', {})
      rmSync(join(again.dataDir, ANCHOR_FILE))
      await clientWithIndicatie(again, { bsn: testBsns('9997').next().value as string, achternaam: 'Ankerloos' })
      expect((await again.services!.auditGuard.verify())?.reden).toMatch(/anker .* ontbreekt/)
      again.dispose()
    } finally {
      fresh.dispose()
    }
  })
})
