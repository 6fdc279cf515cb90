import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'
import { KEEP } from '../src/main/features/backups/backups'
import { forkNode } from '../src/main/db/integrity'

let open: TestBackend[] = []
afterEach(() => {
  open.forEach((b) => b.dispose())
  open = []
})
const make = (...a: Parameters<typeof testBackend>) => {
  const b = testBackend(...a)
  open.push(b)
  return b
}
const clients = async (b: TestBackend) => (await b.ok('caseload.query', { filter: { adviseur: 'alle' } })).total

describe('back-ups', () => {
  it('makes a verified, encrypted copy with a manifest, and logs it', async () => {
    const b = make()
    await withProfile(b)
    await clientWithIndicatie(b)
    const info = await b.ok('backups.create', {})
    expect(info).toMatchObject({ naam: expect.stringMatching(/^werkplek-\d{8}-\d{6}\.db$/), clienten: 1 })
    const bytes = readFileSync(join(b.dataDir, 'backups', info.naam))
    expect(bytes.includes('Testpersoon')).toBe(false)
    expect(bytes.includes('999996708')).toBe(false)
    expect(await b.ok('backups.list', {})).toEqual([info])
    expect(b.db!.prepare(`SELECT count(*) FROM audit_log WHERE event = 'backup.create'`).pluck().get()).toBe(1)
  })

  it('removes the copy a back-up stopped at closing left behind', async () => {
    const b = make()
    await withProfile(b)
    const dir = join(b.dataDir, 'backups')
    await b.ok('backups.create', {})
    writeFileSync(join(dir, 'werkplek-20261122-090000.db.tmp'), 'half')
    writeFileSync(join(dir, 'notities.txt'), 'van de beheerder')
    await b.ok('backups.create', {})
    expect(existsSync(join(dir, 'werkplek-20261122-090000.db.tmp'))).toBe(false)
    expect(existsSync(join(dir, 'notities.txt'))).toBe(true)
  })

  it('a back-up the closing app stops is reported as stopped, not as failed, and leaves no back-up', async () => {
    // The back-up's process is the second one (the first is the check at start, kept for checkpoints):
    // the backend closes as soon as it has started, long before it can answer.
    let launches = 0
    let closing: Promise<void> | null = null
    const b = make({
      autoBackup: false,
      launchDbProcess: (script) => {
        const child = forkNode(script)
        if (++launches === 2) closing = Promise.resolve().then(() => b.close())
        return child
      },
    })
    await withProfile(b)
    const answer = await b.call('backups.create', {})
    await closing
    expect(launches).toBe(2)
    expect(answer.ok ? null : answer.error.message).toMatch(/afgebroken omdat de app sloot/)
    expect(b.log.lines.filter((l) => l.includes(' ERROR '))).toEqual([])
    expect(b.log.lines.some((l) => l.includes('backup stopped: the app closed during it'))).toBe(true)
    expect(readdirSync(join(b.dataDir, 'backups')).filter((n) => n.endsWith('.db'))).toEqual([])
  })

  it(`keeps the newest ${KEEP} generations`, async () => {
    let minute = 0
    const b = make({ clock: { now: () => new Date(Date.UTC(2026, 10, 22, 9, minute)), today: () => '2026-11-22' } })
    await withProfile(b)
    for (minute = 0; minute < KEEP + 2; minute++) await b.ok('backups.create', {})
    const names = (await b.ok('backups.list', {})).map((x) => x.naam)
    expect(names).toHaveLength(KEEP)
    expect(names[0]).toBe('werkplek-20261122-090800.db')
    expect(names.at(-1)).toBe('werkplek-20261122-090200.db')
  })

  it('restores everything saved before the back-up and keeps the replaced database aside', async () => {
    const b = make()
    await withProfile(b)
    await clientWithIndicatie(b)
    const backup = await b.ok('backups.create', {})
    await clientWithIndicatie(b, { bsn: '999911120', achternaam: 'NaBackup' })
    expect(await clients(b)).toBe(2)
    expect(await b.ok('backups.restore', { naam: backup.naam })).toEqual({ herstartNodig: true })
    // Nothing changes until the next start.
    expect(await clients(b)).toBe(2)

    // The audit anchor outside the database had moved on past the back-up (the close writes it).
    const again = b.restart()
    open.push(again)
    expect(await clients(again)).toBe(1)
    // The restore is a deliberate, audited step: the anchor follows it, so the log still proves itself.
    expect(again.services!.auditGuard.check()).toMatchObject({ reden: null })
    expect(readdirSync(b.dataDir).filter((f) => f.startsWith('werkplek-voor-herstel-') && f.endsWith('.db'))).toHaveLength(1)
    expect(again.db!.prepare(`SELECT details FROM audit_log WHERE event = 'backup.restore'`).pluck().all()).toEqual([
      JSON.stringify({ naam: backup.naam }),
    ])
  })

  it('refuses a damaged back-up and leaves the database alone', async () => {
    const b = make()
    await withProfile(b)
    const backup = await b.ok('backups.create', {})
    const path = join(b.dataDir, 'backups', backup.naam)
    const bytes = readFileSync(path)
    for (let i = 5000; i < 5200; i++) bytes[i] = 255 - bytes[i]!
    writeFileSync(path, bytes)
    const r = await b.call('backups.restore', { naam: backup.naam })
    expect(r.ok === false && r.error).toMatchObject({ code: 'DB_CORRUPT', message: expect.stringMatching(/beschadigd/) })
    expect(existsSync(join(b.dataDir, 'herstel-gepland.json'))).toBe(false)
  })

  it('offers back-ups and restore when the database itself cannot be opened', async () => {
    const b = make()
    await withProfile(b)
    await clientWithIndicatie(b)
    const backup = await b.ok('backups.create', {})
    b.close()
    // Damage the live database file so it cannot be opened at all.
    const file = join(b.dataDir, 'werkplek.db')
    const bytes = readFileSync(file)
    bytes.fill(7, 0, 4096)
    writeFileSync(file, bytes)
    const broken = make({ dataDir: b.dataDir })
    expect((await broken.ok('app.status', {})).state).toBe('error')
    expect((await broken.call('caseload.query', {})).ok).toBe(false)
    expect((await broken.ok('backups.list', {})).map((x) => x.naam)).toEqual([backup.naam])
    await broken.ok('backups.restore', { naam: backup.naam })
    const healed = broken.restart()
    open.push(healed)
    expect((await healed.ok('app.status', {})).state).toBe('ready')
    expect(await clients(healed)).toBe(1)
  })

  it('says how to restart where the app cannot restart itself', async () => {
    const b = make()
    const r = await b.call('app.restart', {})
    expect(r.ok === false && r.error.code).toBe('NOT_READY')
  })
})
