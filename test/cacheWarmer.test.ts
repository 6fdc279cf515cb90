import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../bench/generate'
import { createCacheWarmer } from '../src/main/features/caseload/cacheWarmer'
import { cacheWarmRepo, NAME_SLICE, TABLE_SLICE } from '../src/main/features/caseload/cacheWarm.repo'
import type { Db } from '../src/main/db/types'
import { testBackend, type TestBackend } from './helpers/backend'

let b: TestBackend
let db: Db
let clients: number

beforeAll(async () => {
  const { dir } = await generate(450)
  b = testBackend({ dataDir: dir })
  db = b.db!
  clients = db.prepare('SELECT count(*) FROM client').pluck().get() as number
}, 180_000)
afterAll(() => b?.dispose())

/** Slices of `n` for every client row and then every name-order entry: each walk ends on its first short slice. */
const expectedSlices = (n: number) => 2 * (Math.floor(clients / n) + 1)

describe('the caseload cache warmer (issue 15: the first search for a name)', () => {
  it('reads each slice from where the last one ended, through the rowid and the name index (never a scan)', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: 0, n: 1, naam: '', id: 0 }) as Array<{ detail: string }>)
        .map((p) => p.detail)
        .join('; ')
    expect(plan(TABLE_SLICE)).toMatch(/SEARCH client USING INTEGER PRIMARY KEY \(rowid>\?\)/)
    // SQLite seeks to the name and skips the few entries of that same name up to the id.
    expect(plan(NAME_SLICE)).toMatch(/SEARCH client USING COVERING INDEX client_by_sort_naam \(sort_naam>\?\)/)
    expect(plan(TABLE_SLICE) + plan(NAME_SLICE)).not.toMatch(/SCAN client/)
  })

  it('reads every row and every name-order entry once, in slices, with the event loop turning in between', async () => {
    const warmer = createCacheWarmer(cacheWarmRepo(db), { delayMs: 0, sliceRows: 100 })
    let turns = 0
    const tick = setInterval(() => turns++, 0)
    warmer.start()
    warmer.start() // a second start changes nothing
    const slices = await warmer.done
    clearInterval(tick)
    expect(clients).toBeGreaterThan(400)
    expect(slices).toBe(expectedSlices(100))
    // Timers ran between the slices: the warming never held the thread for the whole walk.
    expect(turns).toBeGreaterThan(1)
  })

  it('ends when stopped, and a stopped warmer never starts', async () => {
    const warmer = createCacheWarmer(cacheWarmRepo(db), { delayMs: 0, sliceRows: 50 })
    warmer.start()
    await new Promise((resolve) => setImmediate(resolve))
    warmer.stop()
    expect(await warmer.done).toBeLessThan(expectedSlices(50))
    const never = createCacheWarmer(cacheWarmRepo(db), { delayMs: 0, sliceRows: 50 })
    never.stop()
    never.start()
    expect(await never.done).toBe(0)
  })

  it('is started by the first caseload page', async () => {
    await b.ok('caseload.query', { zoek: 'jan', filter: { adviseur: 'alle' }, sort: { kolom: 'naam', richting: 'asc' }, limit: 40 })
    expect(await b.services!.cacheWarmer.done).toBe(expectedSlices(2000))
  })
})
