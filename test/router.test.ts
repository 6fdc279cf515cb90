import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { z } from 'zod'
import { createRouter, type Handlers } from '../src/main/ipc/router'
import { AppError } from '../src/main/lib/errors'
import { memoryLogger } from '../src/main/lib/log'
import { routes, type RouteName } from '../src/shared/contracts/catalog'
import { SENDER, TEST_PIN, testBackend, withProfile, type TestBackend } from './helpers/backend'

let b: TestBackend
// A clock the fuzz moves past any wait that random wrong PINs (to ontgrendelen, instellen) cause.
let t = Date.UTC(2026, 10, 22, 9, 0, 0)
beforeAll(async () => {
  b = testBackend({ clock: { now: () => new Date(t), today: () => '2026-11-22' } })
  await withProfile(b) // sets TEST_PIN
})
afterAll(() => b.dispose())

const auditCount = () => b.db!.prepare('SELECT count(*) FROM audit_log').pluck().get() as number
/** A router over stub handlers (no backend): the router's own checks, as the app wires them. */
const routerWith = (handlers: Handlers, opts: { readOnly?: boolean; log?: ReturnType<typeof memoryLogger> } = {}) =>
  createRouter({
    handlers,
    isTrustedSender: () => true,
    startupError: () => null,
    isReadOnly: () => opts.readOnly ?? false,
    onCorruption: () => {},
    log: opts.log ?? memoryLogger(),
  })
const clientCount = () => b.db!.prepare('SELECT count(*) FROM client').pluck().get() as number

describe('router', () => {
  it('refuses unknown routes, including prototype keys', async () => {
    for (const route of ['clients.drop', '__proto__', 'constructor', 'toString', 42, null, { route: 'x' }]) {
      const r = await b.dispatch(SENDER, route, {})
      expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_ROUTE', message: 'Onbekende opdracht.' } })
    }
  })

  it('refuses calls from a sub-frame or from another origin', async () => {
    const sub = await b.dispatch({ ...SENDER, isMainFrame: false }, 'caseload.query', {})
    const other = await b.dispatch({ url: 'https://evil.example/index.html', isMainFrame: true }, 'caseload.query', {})
    const garbage = await b.dispatch({ url: 'not a url', isMainFrame: true }, 'caseload.query', {})
    for (const r of [sub, other, garbage]) expect(r.ok === false && r.error.code).toBe('FORBIDDEN')
  })

  it('rejects unknown fields and oversized strings with Dutch messages', async () => {
    const extra = await b.call('caseload.query', { zoek: 'a', admin: true } as never)
    expect(extra.ok === false && extra.error.issues?.[0]?.message).toBe('De invoer bevat een onbekend veld.')
    const long = await b.call('caseload.query', { zoek: 'a'.repeat(101) })
    expect(long.ok === false && long.error.issues?.[0]?.message).toBe('Gebruik maximaal 100 tekens.')
  })

  it('turns an unexpected exception into a generic Dutch message without a stack trace', async () => {
    const log = memoryLogger()
    const handlers = {
      'caseload.query': () => {
        throw new Error('boom at /secret/path.ts:12 for 999996708')
      },
    } as unknown as Handlers
    const dispatch = routerWith(handlers, { log })
    const r = await dispatch(SENDER, 'caseload.query', {})
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INTERNAL')
      expect(JSON.stringify(r)).not.toMatch(/boom|secret|999996708|at /)
    }
    expect(log.lines.join('\n')).toContain('boom')
    expect(log.lines.join('\n')).not.toContain('999996708')
  })

  it('refuses output that breaks its contract, and passes AppErrors through', async () => {
    const handlers = {
      'caseload.query': () => ({ rows: 'not an array', total: 1 }),
      'clients.create': () => {
        throw new AppError('CONFLICT', 'Iemand anders heeft dit dossier net gewijzigd.')
      },
    } as unknown as Handlers
    const dispatch = routerWith(handlers)
    expect(await dispatch(SENDER, 'caseload.query', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    const valid = { voornamen: 'A', achternaam: 'B', geboortedatum: '1950-01-01', bsn: '999996708' }
    expect(await dispatch(SENDER, 'clients.create', valid)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Iemand anders heeft dit dossier net gewijzigd.' },
    })
  })

  it('blocks write routes while read-only, but still answers reads', async () => {
    const handlers = {
      'caseload.query': () => ({ rows: [], total: 0, totalCapped: false, volgende: null }),
      'caseload.count': () => ({ total: 0 }),
      'clients.create': () => {
        throw new Error('must not run')
      },
    } as unknown as Handlers
    const dispatch = routerWith(handlers, { readOnly: true })
    expect((await dispatch(SENDER, 'caseload.query', {})).ok).toBe(true)
    const w = await dispatch(SENDER, 'clients.create', { voornamen: 'A', achternaam: 'B', geboortedatum: '1950-01-01', bsn: '999996708' })
    expect(w.ok === false && w.error.code).toBe('READ_ONLY')
  })

  it('survives malformed payloads on every route: no crash, no write, no pollution, no leaks', async () => {
    const names = Object.keys(routes) as RouteName[]
    const writeRoutes = names.filter((n) => routes[n].kind === 'write')
    const clientsBefore = clientCount()
    const pinHash = () => b.db!.prepare(`SELECT value FROM setting WHERE key = 'werkplek.pincode'`).pluck().get()
    const pinBefore = pinHash()
    const hostile = fc.oneof(
      fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }),
      fc.record({ __proto__: fc.anything(), constructor: fc.anything(), bsn: fc.string(), voornamen: fc.string() }),
      fc.record({ '999996708': fc.string(), clientId: fc.integer() }),
      fc.dictionary(fc.string(), fc.anything(), { maxKeys: 8 }),
    )
    // trust.md: at least 200,000 malformed payloads per run (~10 s here).
    const runs = Number(process.env.WLZ_FUZZ_RUNS ?? 200_000)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writeRoutes, ...names), hostile, async (route, input) => {
        const r = await b.dispatch(SENDER, route, input)
        expect(typeof r.ok).toBe('boolean')
        if (!r.ok) {
          const text = JSON.stringify(r.error)
          expect(text).not.toMatch(/\n\s+at |\.ts:\d|Error:/)
          expect(text).not.toContain('999996708')
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        // An empty payload for werkplek.slot.vergrendelen is valid and locks the workstation; unlocked
        // again (past any wait for wrong PINs) so the other routes keep meeting their own validation.
        if (b.services!.werkplek.slot.isLocked()) {
          t += 60 * 60 * 1000
          await b.services!.werkplek.slot.unlock(TEST_PIN)
        }
      }),
      { numRuns: runs },
    )
    // Random objects never form a valid client, so nothing may have been written.
    expect(clientCount()).toBe(clientsBefore)
    expect(Object.prototype).not.toHaveProperty('bsn')
    // Nor was the PIN changed by a random payload.
    expect(pinHash()).toBe(pinBefore)
    // Bounded by its number of payloads; the timeout only catches a hang on a busy 2-core machine.
  }, 900_000)

  it('every route refuses unknown keys in its input', () => {
    for (const [name, contract] of Object.entries(routes)) {
      const schema = contract.input as z.ZodType
      expect(schema.safeParse({ [`x${'y'.repeat(10)}`]: 1 }).success, `${name} accepts unknown keys`).toBe(false)
    }
  })
})

describe('audit log', () => {
  it('cannot be updated or deleted', () => {
    expect(auditCount()).toBeGreaterThan(0)
    expect(() => b.db!.prepare(`UPDATE audit_log SET event = 'x'`).run()).toThrow(/FROZEN: Het logboek/)
    expect(() => b.db!.prepare('DELETE FROM audit_log').run()).toThrow(/FROZEN: Het logboek/)
  })

  it('detects any single edited record through the hash chain', () => {
    const guard = b.services!.auditGuard
    const verify = () => guard.check().eersteAfwijking
    expect(verify()).toBeNull()
    const ids = b.db!.prepare('SELECT id FROM audit_log').pluck().all() as number[]
    // Simulate an attacker who bypasses the triggers; each edit must be found at its own row.
    b.db!.exec('DROP TRIGGER audit_log_frozen_update')
    try {
      fc.assert(
        fc.property(fc.constantFrom(...ids), fc.constantFrom('event', 'client_id', 'details', 'at'), (id, column) => {
          const original = b.db!.prepare(`SELECT ${column} FROM audit_log WHERE id = ?`).pluck().get(id)
          const tampered = column === 'client_id' ? 424242 : `${String(original)}x`
          b.db!.prepare(`UPDATE audit_log SET ${column} = ? WHERE id = ?`).run(tampered, id)
          const found = verify()
          b.db!.prepare(`UPDATE audit_log SET ${column} = ? WHERE id = ?`).run(original, id)
          expect(found).toBe(id)
        }),
        { numRuns: 1000 },
      )
    } finally {
      b.db!.exec(
        `CREATE TRIGGER audit_log_frozen_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'FROZEN: Het logboek kan niet worden gewijzigd of ingekort.'); END`,
      )
    }
    expect(verify()).toBeNull()
    // Bounded by its 1,000 runs; the timeout only catches a hang (a busy 2-core machine needs minutes).
  }, 600_000)
})

describe('audit log views (NEN 7513)', () => {
  it('lists per client and per user, and logs looking at a client’s log', async () => {
    const c = await b.ok('clients.create', { voornamen: 'Log', achternaam: 'Boek', geboortedatum: '1950-01-01', bsn: '999911120' })
    await b.ok('dossier.get', { clientId: c.id })
    await b.ok('clients.revealBsn', { id: c.id })
    const perClient = await b.ok('audit.list', { clientId: c.id })
    // Looking at the log is itself logged, in the same transaction, so it shows at the top.
    expect(perClient.rows.map((r) => r.event)).toEqual(['audit.read', 'bsn.reveal', 'client.read', 'client.create'])
    expect(perClient.rows[1]).toMatchObject({ clientNaam: 'Boek, L.', userNaam: 'Test Adviseur', userRole: 'klantadvies', action: 'R' })
    const perUser = await b.ok('audit.list', { userId: 1, limit: 5 })
    expect(perUser.rows).toHaveLength(5)
    expect(perUser.total).toBeGreaterThan(5)
    expect(await b.ok('audit.verify', {})).toMatchObject({ eersteAfwijking: null })
  })
})
