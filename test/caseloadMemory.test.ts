import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../bench/generate'
import { benchShapes, everyShape, type ShapeSamples } from '../bench/caseloadShapes'
import { caseloadRepo } from '../src/main/features/caseload/caseload.repo'
import { createCaseloadMemory, SYNC_CHANGES, type CaseloadMemory } from '../src/main/features/caseload/memory/caseloadMemory'
import { caseloadColumnsRepo } from '../src/main/features/caseload/memory/caseloadColumns.repo'
import { memoryPage } from '../src/main/features/caseload/memory/memoryQuery'
import { openDatabase } from '../src/main/db/connection'
import { loadOrCreateKey, unprotectedKeyWrapper } from '../src/main/db/keys'
import { DATABASE_FILE } from '../src/main/lib/paths'
import { purgeRepo } from '../src/main/sync/purge.repo'
import { CaseloadQuerySchema, type CaseloadQuery } from '../src/shared/contracts/caseload.routes'
import { addDays } from '../src/shared/domain/dates'
import { testBsns } from '../src/shared/domain/bsn'
import type { Db } from '../src/main/db/types'
import { testBackend, type TestBackend } from './helpers/backend'

// The in-memory caseload (src/main/features/caseload/memory) must answer every shape exactly as the
// SQL pages do, before and after writes of every kind: both read the same register here.
const TODAY = '2026-11-22'
const ME = 1
let b: TestBackend
let db: Db
let memory: CaseloadMemory
let samples: ShapeSamples
let sql: ReturnType<typeof caseloadRepo>
let withMemory: ReturnType<typeof caseloadRepo>

beforeAll(async () => {
  const { dir } = await generate(1500)
  b = testBackend({ dataDir: dir })
  db = b.db!
  memory = b.services!.caseloadMemory
  const one = db
    .prepare(`SELECT c.bsn, substr(c.postcode, 1, 4) AS pc, i.besluitnummer FROM client c JOIN indicatie i ON i.client_id = c.id LIMIT 1`)
    .get() as { bsn: string; pc: string; besluitnummer: string }
  samples = { colleague: 2, postcodeFilter: one.pc.slice(0, 2), postcodeSearch: one.pc, bsn: one.bsn, besluitnummer: one.besluitnummer }
  sql = caseloadRepo(db)
  withMemory = caseloadRepo(db, {}, memory)
  memory.start()
  await memory.settled()
}, 180_000)
afterAll(() => b?.dispose())

type Input = ReturnType<typeof CaseloadQuerySchema.parse>

/**
 * Each shape's first page, the page after it (by its cursor) and its count, from memory and from
 * SQL. A capped SQL total only says "at least": memory's exact total must then be at least that.
 * Returns the differences and how many shapes memory answered itself (the rest it leaves to SQL).
 */
function compare(shapes: CaseloadQuery[], limit: number): { diffs: string[]; answered: number } {
  const diffs: string[] = []
  let answered = 0
  const cols = memory.current()
  if (!cols) throw new Error('the caseload is not in memory')
  for (const shape of shapes) {
    const input = CaseloadQuerySchema.parse({ ...shape, limit }) as Input
    if (memoryPage(cols, input, TODAY, ME)) answered++
    const label = JSON.stringify(shape)
    let cursor = input.na
    for (let page = 0; page < 2; page++) {
      const a = sql.page({ ...input, na: cursor }, TODAY, ME)
      const m = withMemory.page({ ...input, na: cursor }, TODAY, ME)
      const ids = (p: typeof a) => p.rows.map((r) => r.id).join(',')
      if (ids(a) !== ids(m)) diffs.push(`${label} page ${page}: ${ids(a)} ≠ ${ids(m)}`)
      if (JSON.stringify(a.volgende) !== JSON.stringify(m.volgende)) diffs.push(`${label} page ${page}: cursor`)
      if (a.capped ? m.total < a.total : m.total !== a.total) diffs.push(`${label} page ${page}: total ${a.total} ≠ ${m.total}`)
      if (!a.volgende) break
      cursor = a.volgende
    }
    const count = (r: typeof sql) => r.count({ zoek: input.zoek, filter: input.filter }, TODAY, ME)
    if (count(sql) !== count(withMemory)) diffs.push(`${label}: count ${count(sql)} ≠ ${count(withMemory)}`)
  }
  return { diffs, answered }
}

/** A sample of 100 combinations and every single shape of the bench agree with the SQL pages. */
const expectSameAsSql = () =>
  expect(
    compare(
      benchShapes(samples, 100).map((s) => s.input),
      40,
    ).diffs.slice(0, 5),
  ).toEqual([])

describe('caseload in memory', () => {
  it('answers every filter, search and sort the screen offers as the SQL pages do, page after page', () => {
    const shapes = [...benchShapes(samples, 300).map((s) => s.input), ...everyShape(samples)]
    const { diffs, answered } = compare(shapes, 40)
    expect(diffs.slice(0, 5)).toEqual([])
    // Only a BSN, a besluitnummer and a bare name are left to SQLite's own indexes.
    expect(answered).toBeGreaterThan(shapes.length * 0.75)
  })

  it('reads short pages through the clients without a value and back, in both directions', () => {
    const shapes = everyShape(samples).filter((s) => ['deadline', 'zorgprofiel', 'leveringsvorm'].includes(s.sort!.kolom!))
    expect(compare(shapes.slice(0, 300), 7).diffs.slice(0, 5)).toEqual([])
  })

  it('puts dates on both sides of each signal boundary where SQL does (te laat, deze week, indicatie eindigt)', () => {
    const ids = db.prepare('SELECT id FROM client ORDER BY id LIMIT 6').pluck().all() as number[]
    const set = db.prepare('UPDATE client SET eerste_deadline = ?, indicatie_einde = ? WHERE id = ?')
    // te_laat: before today; deze_week: today to today + 6; indicatie_eindigt: today to today + 90.
    set.run(addDays(TODAY, -1), addDays(TODAY, 90), ids[0])
    set.run(TODAY, addDays(TODAY, 91), ids[1])
    set.run(addDays(TODAY, 6), addDays(TODAY, -1), ids[2])
    set.run(addDays(TODAY, 7), TODAY, ids[3])
    set.run(null, null, ids[4])
    expect(memory.current(), 'a few changes are taken in by the query that finds them').not.toBeNull()
    const signals = everyShape(samples).filter((s) => s.filter?.signalen?.length)
    expect(compare(signals, 40).diffs.slice(0, 5)).toEqual([])
    const one = (signaal: 'te_laat' | 'deze_week' | 'indicatie_eindigt') =>
      withMemory
        .page(CaseloadQuerySchema.parse({ filter: { adviseur: 'alle', signalen: [signaal] }, limit: 200 }) as Input, TODAY, ME)
        .rows.map((r) => r.id)
        .filter((id) => ids.slice(0, 5).includes(id))
    expect(new Set(one('te_laat'))).toEqual(new Set([ids[0]]))
    expect(new Set(one('deze_week'))).toEqual(new Set([ids[1], ids[2]]))
  })

  it('catches up with many changes in the background, while SQL answers, and then agrees again', async () => {
    const ids = db.prepare('SELECT id FROM client ORDER BY id DESC LIMIT 300').pluck().all() as number[]
    db.prepare(`UPDATE client SET adviseur_id = ${ME}, leveringsvorm = 'pgb', postcode = '1011 AB' WHERE id IN (${ids.join(',')})`).run()
    expect(ids.length).toBeGreaterThan(SYNC_CHANGES)
    expect(memory.current(), 'more changes than a query takes in: SQL answers meanwhile').toBeNull()
    await memory.settled()
    expect(memory.current()).not.toBeNull()
    expect(compare(everyShape(samples).slice(0, 400), 40).diffs.slice(0, 5)).toEqual([])
  })

  it('takes in new and purged clients, and nothing of a write that was rolled back', async () => {
    const bsn = testBsns('9997')
    for (const achternaam of ['Zwaluw', 'Aalbers']) {
      const r = await b.call('clients.create', { voornamen: 'Fenna', achternaam, geboortedatum: '1940-03-02', bsn: bsn.next().value! })
      expect(r.ok).toBe(true)
    }
    const gid = db.prepare('SELECT gid FROM client ORDER BY id LIMIT 1 OFFSET 10').pluck().get() as string
    db.transaction(() => purgeRepo(db).purge(gid))()
    const victim = db.prepare('SELECT id FROM client ORDER BY id LIMIT 1 OFFSET 20').pluck().get() as number
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE client SET postcode = '0000 ZZ' WHERE id = ?").run(victim)
        throw new Error('afgebroken')
      })(),
    ).toThrow('afgebroken')
    expect(memory.current()).not.toBeNull()
    const fenna = CaseloadQuerySchema.parse({ zoek: 'fenna', filter: { adviseur: 'mij' } }) as Input
    expect(withMemory.page(fenna, TODAY, ME).rows.map((r) => r.achternaam)).toEqual(expect.arrayContaining(['Aalbers', 'Zwaluw']))
    // Two terms: each must occur, not the text between them ("a z" in "fenna zwaluw").
    const both = CaseloadQuerySchema.parse({ zoek: 'fenna zwaluw', filter: { adviseur: 'mij' } }) as Input
    expect(memoryPage(memory.current()!, both, TODAY, ME)?.total).toBe(1)
    expect(withMemory.count({ zoek: '0000', filter: CaseloadQuerySchema.parse({}).filter }, TODAY, ME)).toBe(0)
    expectSameAsSql()
  })

  it('leaves a page inside a transaction to SQL, and rebuilds after another connection wrote', async () => {
    db.transaction(() => expect(memory.current()).toBeNull())()
    const other = openDatabase(join(b.dataDir, DATABASE_FILE), loadOrCreateKey(b.dataDir, unprotectedKeyWrapper))
    const id = other.prepare('SELECT id FROM client ORDER BY id LIMIT 1 OFFSET 30').pluck().get() as number
    other.prepare(`UPDATE client SET adviseur_id = ${ME}, zorgprofiel = '191' WHERE id = ?`).run(id)
    other.close()
    expect(memory.current(), 'this connection did not see the write: the columns are built again').toBeNull()
    await memory.settled()
    const mine = CaseloadQuerySchema.parse({ filter: { adviseur: 'mij' }, sort: { kolom: 'zorgprofiel' }, limit: 200 }) as Input
    expect(withMemory.page(mine, TODAY, ME).rows.some((r) => r.id === id)).toBe(true)
    expect(memory.current()).not.toBeNull()
    expectSameAsSql()
  })
})

describe('caseload in memory beside the morning refresh', () => {
  it('waits with its build while the refresh runs (their parts together would hold the main thread too long)', async () => {
    let refreshing = true
    // A second set on the same connection: last, so taking the noted changes away harms no other test.
    const other = createCaseloadMemory(caseloadColumnsRepo(db), { delayMs: 0, yieldTo: () => refreshing })
    other.start()
    await new Promise((r) => setTimeout(r, 300))
    expect(other.current(), 'still waiting for the refresh').toBeNull()
    refreshing = false
    await other.settled()
    expect(other.current()?.size).toBe(db.prepare('SELECT count(*) FROM client').pluck().get())
    other.stop()
  })
})
