import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'
import { testBsns } from '../src/shared/domain/bsn'

// trust.md: 100 trials of random byte damage in a copy — detected, writes refused, restore offered.
let source: TestBackend
let usedPages: number[]
let pageSize: number
beforeAll(async () => {
  source = testBackend()
  await withProfile(source)
  const bsns = testBsns('9999')
  for (let i = 0; i < 30; i++) await clientWithIndicatie(source, { bsn: bsns.next().value as string, achternaam: `Schade${i}` })
  // Damage only pages the database uses (free pages hold nothing to protect).
  usedPages = source.db!.prepare('SELECT DISTINCT pageno FROM dbstat WHERE pageno > 1').pluck().all() as number[]
  pageSize = source.db!.pragma('page_size', { simple: true }) as number
  source.close()
}, 60_000)
afterAll(() => source.dispose())

describe('damage to the database file', () => {
  it('is detected in every trial, and then nothing can be written', async () => {
    let trials = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...usedPages),
        fc.nat(pageSize - 1),
        fc.integer({ min: 1, max: 16 }),
        async (page, offset, length) => {
          trials++
          const dir = mkdtempSync(join(tmpdir(), 'wlz-damage-'))
          for (const f of ['werkplek.db', 'werkplek.key']) copyFileSync(join(source.dataDir, f), join(dir, f))
          const file = join(dir, 'werkplek.db')
          const bytes = readFileSync(file)
          const at = (page - 1) * pageSize + offset
          for (let i = 0; i < length && at + i < bytes.length; i++) bytes[at + i] = bytes[at + i]! ^ 0xa5
          writeFileSync(file, bytes)

          const b = testBackend({ dataDir: dir })
          try {
            await b.integrityDone
            const status = await b.call('app.status', {})
            const list = await b.call('caseload.query', { filter: { adviseur: 'alle' }, limit: 200 })
            const noticed = !status.ok || status.value.state === 'error' || status.value.integrity === 'failed' || !list.ok
            expect(noticed).toBe(true)
            const write = await b.call('clients.create', {
              voornamen: 'Na',
              achternaam: 'Schade',
              geboortedatum: '1950-01-01',
              bsn: '999996708',
            })
            expect(write.ok).toBe(false)
            if (!write.ok) expect(['READ_ONLY', 'DB_CORRUPT'], b.log.lines.join(' | ')).toContain(write.error.code)
            // The way back is open: back-ups can still be listed.
            expect((await b.call('backups.list', {})).ok).toBe(true)
          } finally {
            b.close()
            rmSync(dir, { recursive: true, force: true })
          }
        },
      ),
      { numRuns: 100 },
    )
    expect(trials).toBe(100)
  }, 120_000)
})
