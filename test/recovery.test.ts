import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'
import { testBsns } from '../src/shared/domain/bsn'

/**
 * Whatever breaks, the way back must be open (issue 14): the status still answers (so the window shows
 * the startup screen with its back-ups instead of an endless "starting"), the cause is named, the
 * back-ups can be listed and one restored, and after the restart the data is back and the restore is
 * in the audit log. One damage at a time: the file header, the page the status reads, a page in the
 * middle, the last page, the WAL, the key file.
 */
let source: TestBackend
let backupName: string
/** The page of the settings table: what the status reads first (the current adviser, the lock time). */
let settingPage: number
const CLIENTS = 20

beforeAll(async () => {
  source = testBackend()
  await withProfile(source)
  const bsns = testBsns('9995')
  for (let i = 0; i < CLIENTS; i++) await clientWithIndicatie(source, { bsn: bsns.next().value as string, achternaam: `Herstel${i}` })
  backupName = (await source.ok('backups.create', {})).naam
  settingPage = source.db!.prepare(`SELECT pageno FROM dbstat WHERE name = 'setting' ORDER BY pageno LIMIT 1`).pluck().get() as number
  source.close()
}, 120_000)
afterAll(() => source.dispose())

const DAMAGE = {
  header: (dir: string) => flip(join(dir, 'werkplek.db'), 0, 64),
  'pagina die de status leest': (dir: string) => flip(join(dir, 'werkplek.db'), (settingPage - 1) * 4096 + 200, 64),
  'pagina in het midden': (dir: string) => {
    const file = join(dir, 'werkplek.db')
    flip(file, Math.floor(statSync(file).size / 4096 / 2) * 4096 + 100, 64)
  },
  'laatste pagina': (dir: string) => {
    const file = join(dir, 'werkplek.db')
    flip(file, statSync(file).size - 4096 + 100, 64)
  },
  // A WAL that survived a crash with garbage in it: SQLite must ignore or refuse it, never serve it.
  wal: (dir: string) => writeFileSync(join(dir, 'werkplek.db-wal'), Buffer.alloc(8192, 0x5a)),
  sleutelbestand: (dir: string) => writeFileSync(join(dir, 'werkplek.key'), 'beschadigd'),
} as const

function flip(file: string, at: number, length: number): void {
  const bytes = readFileSync(file)
  for (let i = at; i < at + length && i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xa5
  writeFileSync(file, bytes)
}

describe.each(Object.keys(DAMAGE) as Array<keyof typeof DAMAGE>)('recovery after damage to the %s', (kind) => {
  it('keeps the way back open and brings the data back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wlz-recovery-'))
    try {
      cpSync(source.dataDir, dir, { recursive: true })
      DAMAGE[kind](dir)

      const broken = testBackend({ dataDir: dir })
      await broken.integrityDone
      const status = await broken.call('app.status', {})
      // The status always answers: the window can show what happened and offer the back-ups.
      expect(status.ok).toBe(true)
      const s = status.ok ? status.value : null
      const noticed = s!.state === 'error' || s!.integrity === 'failed'
      const list = await broken.call('caseload.query', { filter: { adviseur: 'alle' }, limit: 200 })
      if (!noticed) {
        // A damaged WAL is not used at all: then nothing was lost and the caseload is complete.
        expect(list.ok && list.value.total).toBe(CLIENTS)
        broken.dispose()
        return
      }
      if (kind === 'sleutelbestand') expect(s!.error).toMatchObject({ code: 'DB_KEY_INVALID', message: expect.stringContaining('sleutel') })
      else if (s!.state === 'error') expect(['DB_CORRUPT', 'DB_KEY_INVALID']).toContain(s!.error!.code)
      const backups = await broken.ok('backups.list', {})
      expect(backups.map((b) => b.naam)).toContain(backupName)
      if (kind === 'sleutelbestand') {
        // Back-ups are encrypted with the same key: without it, the app says so plainly and changes nothing.
        const refused = await broken.call('backups.restore', { naam: backupName })
        expect(refused.ok === false && refused.error.message).toContain('sleutel')
        broken.dispose()
        return
      }
      await broken.ok('backups.restore', { naam: backupName })

      const healed = broken.restart()
      try {
        expect((await healed.ok('app.status', {})).state).toBe('ready')
        const back = await healed.ok('caseload.query', { filter: { adviseur: 'alle' }, limit: 200 })
        expect(back.total).toBe(CLIENTS)
        const events = healed.db!.prepare(`SELECT event FROM audit_log WHERE event LIKE 'backup.restore%'`).pluck().all()
        expect(events).toContain('backup.restore')
      } finally {
        healed.dispose()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
