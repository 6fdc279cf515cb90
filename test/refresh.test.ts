import { describe, expect, it } from 'vitest'
import { setPin, testBackend, withProfile } from './helpers/backend'
import { clientWithIndicatie, leveringsvorm } from './helpers/dossier'
import { timedPart } from '../src/main/features/taken/refresh'

describe('daily task refresh', () => {
  it('brings time-dependent tasks up to date when the app starts on a later day', async () => {
    const first = testBackend({ today: '2026-11-22' })
    await withProfile(first)
    const { client } = await clientWithIndicatie(first)
    await first.ok('leveringsvormen.create', leveringsvorm(client.id, 'mpt', '2026-01-15'))
    const evaluations = async (b: typeof first) =>
      (await b.ok('dossier.get', { clientId: client.id })).taken.filter((t) => t.regel === 'evaluatie').map((t) => [t.deadline, t.status])
    expect(await evaluations(first)).toEqual([
      ['2026-07-15', 'open'],
      ['2027-01-15', 'open'],
    ])
    first.close()

    // Two months later the refresh lets the six-month-old evaluation lapse and plans the next one.
    const later = testBackend({ dataDir: first.dataDir, today: '2027-01-16', backgroundRefresh: true })
    try {
      await later.integrityDone
      expect(await evaluations(later)).toEqual([
        ['2027-01-15', 'open'],
        ['2027-07-15', 'open'],
        ['2026-07-15', 'vervallen'],
      ])
      expect((await later.ok('dossier.get', { clientId: client.id })).taken.some((t) => t.regel === 'dubbel-verzekerd')).toBe(false)
      // Once a day: a second start on the same day does no work.
      expect(await later.services!.refresher.runIfDue()).toBe(0)
    } finally {
      later.dispose()
    }
  })

  it("commits the refresh's parts without waiting for the disk, and every other write with it", () => {
    const b = testBackend()
    try {
      const sync = () => b.db!.pragma('synchronous', { simple: true })
      // FULL (2) for what a person saves; NORMAL (1) inside a part of the refresh, which is made again if lost.
      expect(sync()).toBe(2)
      expect(b.services!.uow.rederive(sync)).toBe(1)
      expect(sync()).toBe(2)
      expect(() =>
        b.services!.uow.rederive(() => {
          throw new Error('regel faalt')
        }),
      ).toThrow('regel faalt')
      expect(sync()).toBe(2)
    } finally {
      b.dispose()
    }
  })

  it('loads the demo through the real services, clearly marked', async () => {
    const b = testBackend()
    try {
      const r = await b.ok('demo.load', {})
      await setPin(b)
      expect(r.clients).toBe(120)
      const status = await b.ok('app.status', {})
      expect(status).toMatchObject({ demo: true, profiel: { naam: 'Demo-adviseur' } })
      const page = await b.ok('caseload.query', { limit: 200 })
      expect(page.total).toBe(120)
      expect(page.rows.filter((r) => r.zorgprofiel !== null).length).toBeGreaterThan(90)
      expect(page.rows.some((r) => r.signalen.includes('buiten_regio'))).toBe(true)
      expect(b.db!.prepare('SELECT count(*) FROM taak').pluck().get()).toBeGreaterThan(100)
    } finally {
      b.dispose()
    }
  })
})

describe('a part of the daily refresh', () => {
  // Issue 15: a part holds the main thread for about its budget, however slow its dossiers are.
  it('ends once its time budget has passed, and always syncs at least one dossier', () => {
    let t = 0
    const now = () => t
    const done = { last: 0, n: 0 }
    const synced: number[] = []
    // Each dossier takes 3 ms: after the third the 8 ms budget has passed.
    for (const id of timedPart([11, 12, 13, 14, 15], 8, done, now)) {
      synced.push(id)
      t += 3
    }
    expect(synced).toEqual([11, 12, 13])
    expect(done).toEqual({ last: 13, n: 3 })
    // One dossier slower than the whole budget: the part is that dossier alone, and the next starts after it.
    for (const id of timedPart([14, 15], 8, done, now)) t += id === 14 ? 50 : 1
    expect(done).toEqual({ last: 14, n: 4 })
    for (const id of timedPart([15], 8, done, now)) t += id
    expect(done).toEqual({ last: 15, n: 5 })
  })
})
