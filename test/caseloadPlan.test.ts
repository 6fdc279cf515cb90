import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../bench/generate'
import { benchShapes, everyShape, SORTS, type ShapeSamples } from '../bench/caseloadShapes'
import { caseloadRepo } from '../src/main/features/caseload/caseload.repo'
import { caseloadConditions } from '../src/main/features/caseload/caseloadQuery'
import * as plan from '../src/main/features/caseload/caseloadPlan'
import * as groups from '../src/main/features/caseload/caseloadGroups'
import { CaseloadQuerySchema, type CaseloadCursor } from '../src/shared/contracts/caseload.routes'
import type { Db } from '../src/main/db/types'
import { testBackend, type TestBackend } from './helpers/backend'

const TODAY = '2026-11-22'
const ME = 1
let b: TestBackend
let db: Db
let samples: ShapeSamples

beforeAll(async () => {
  // The bench's own register (advisers, addresses in and outside the region, indicaties, tasks, waits).
  const { dir } = await generate(1500)
  b = testBackend({ dataDir: dir })
  db = b.db!
  const one = db
    .prepare(`SELECT c.bsn, substr(c.postcode, 1, 4) AS pc, i.besluitnummer FROM client c JOIN indicatie i ON i.client_id = c.id LIMIT 1`)
    .get() as { bsn: string; pc: string; besluitnummer: string }
  samples = { colleague: 2, postcodeFilter: one.pc.slice(0, 2), postcodeSearch: one.pc, bsn: one.bsn, besluitnummer: one.besluitnummer }
}, 180_000)
afterAll(() => b?.dispose())

type Input = ReturnType<typeof CaseloadQuerySchema.parse>

/**
 * Every statement any way of reading this shape can run (caseload.repo decides at run time): each
 * start, both ways of matching a name, each segment, before and after a cursor. An exact key (BSN,
 * besluitnummer) and a narrow name start from their few rows and are always read as matches. The
 * exact count (asked once typing settles) is `lazy`: index-only, but not bounded.
 */
function statements(input: Input): Array<{ sql: string; lazy?: true }> {
  const c = caseloadConditions(input.zoek, input.filter, TODAY, ME)
  const out: Array<{ sql: string; lazy?: true }> = c.conditions.map((x) => ({ sql: plan.singleCountSql(x) }))
  const exact = c.conditions.findIndex((x) => x.lead === 'exact')
  const few: plan.QueryShape[] = []
  const many: plan.QueryShape[] = []
  if (exact >= 0) few.push({ c, nameVia: 'key', start: { condition: exact }, startCount: null })
  else {
    if (c.name) for (const nameVia of ['fts', 'match'] as const) few.push({ c, nameVia, start: 'fts', startCount: null })
    for (const start of ['none', ...c.conditions.map((_, condition) => ({ condition }))] as plan.Start[])
      many.push({ c, nameVia: 'key', start, startCount: null })
  }
  // A bare name in name order: its hits in rang order (migration 13).
  if (c.name && !c.conditions.length && input.sort.kolom === 'naam')
    for (const after of [false, true]) out.push({ sql: plan.rangPageSql(input.sort.richting === 'desc', after) })
  // A surname prefix sorted on a column with few values: value by value, each value's range by a seek.
  if (groups.byValue({ c, nameVia: 'key', start: 'none', startCount: null }, input.sort.kolom))
    for (const desc of [false, true]) {
      out.push({ sql: groups.nextValueSql(input.sort.kolom, desc, true) }, { sql: groups.nextValueSql(input.sort.kolom, desc, false) })
      for (const empty of [false, true])
        for (const after of [false, true]) out.push({ sql: groups.valueSql(many[0]!, input.sort.kolom, desc, empty, after) })
    }
  for (const q of [...few, ...many]) {
    out.push({ sql: plan.cappedCountSql(q) }, { sql: plan.exactCountSql(q), lazy: true })
    for (const seg of plan.segments(input.sort.kolom, false))
      for (const after of [false, true]) {
        const at = [input.sort.kolom, input.sort.richting === 'desc', seg, after] as const
        out.push({ sql: plan.matchesSql(q, ...at) })
        if (many.includes(q))
          for (const sql of [plan.walkSql(q, ...at), plan.walkedSql(q, ...at), plan.longWalkSql(q, ...at)]) out.push({ sql })
      }
  }
  return out
}

const ARGS = { cap: 10, budget: 10, limit: 10, k_waarde: 'a', waarde: 'a', k_naam: 'a', k_id: 1, hits: '[1,2,3]' }

describe('caseload query plans', () => {
  // About 10,000 statements explained: well over vitest's 20 s on a busy machine.
  it('reads every filter × search × sort the screen offers through covering indexes, bounded by a count', { timeout: 120_000 }, () => {
    const plans = new Map<string, { lines: string[]; lazy?: true }>()
    for (const shape of everyShape(samples)) {
      const input = CaseloadQuerySchema.parse(shape)
      const params = caseloadConditions(input.zoek, input.filter, TODAY, ME).params
      for (const { sql, lazy } of statements(input)) {
        if (plans.has(sql)) continue
        const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ ...params, ...ARGS }) as Array<{ detail: string }>
        plans.set(sql, { lines: rows.map((r) => r.detail), ...(lazy ? { lazy } : {}) })
      }
    }
    expect(plans.size).toBeGreaterThan(10_000)
    const problems: string[] = []
    for (const [sql, { lines, lazy }] of plans) {
      const problem = lines.find((l) => planProblem(l, lazy ? `${sql} LIMIT @limit` : sql))
      if (problem) problems.push(`${problem}\n    in ${sql}`)
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('keeps those plans once SQLite has statistics of a real register', () => {
    db.exec('ANALYZE')
    const input = CaseloadQuerySchema.parse({ zoek: 'van', filter: { adviseur: 'alle', signalen: ['te_laat'] } })
    const params = caseloadConditions(input.zoek, input.filter, TODAY, ME).params
    for (const { sql, lazy } of statements(input)) {
      const lines = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ ...params, ...ARGS }) as Array<{ detail: string }>).map((r) => r.detail)
      expect(lines.filter((l) => planProblem(l, lazy ? `${sql} LIMIT @limit` : sql))).toEqual([])
    }
  })
})

/**
 * What may not happen: reading the client table row by row, walking an index that does not hold
 * every caseload column, an unbounded index walk, a sort other than of the counted matches, any
 * read of the task table.
 */
function planProblem(line: string, sql: string): boolean {
  if (/\btaak\b/.test(line)) return true
  if (/^SCAN c$/.test(line)) return true
  if (/^(SCAN|SEARCH) c USING INDEX /.test(line) && !/sqlite_autoindex_client_1 \(bsn=\?\)/.test(line)) return true
  if (line.startsWith('SCAN c USING COVERING INDEX') && !/ LIMIT @(cap|budget|limit)\)?/.test(sql)) return true
  // Sorted: a capped set of matches, or a page of hits in rang order with the rest of its last bucket.
  if (/TEMP B-TREE/.test(line) && !sql.includes(plan.MATCHES_MARK) && !sql.startsWith('WITH w AS')) return true
  if (/^SCAN m$/.test(line) && !/LIMIT @cap\)/.test(sql)) return true
  return false
}

/** The same shape as one plain query over every client, in the order the screen shows. */
function oracle(input: Input): number[] {
  const c = caseloadConditions(input.zoek, input.filter, TODAY, ME)
  const parts = c.conditions.map((x) => x.sql)
  if (c.name) parts.push(Array.from({ length: c.name.terms }, (_, i) => `instr(c.zoeknaam, @term${i}) > 0`).join(' AND '))
  const col = `c.${plan.SORT_COLUMNS[input.sort.kolom].column}`
  const dir = input.sort.richting === 'desc' ? 'DESC' : 'ASC'
  const order =
    input.sort.kolom === 'naam' ? `c.sort_naam ${dir}, c.id ${dir}` : `(${col} IS NULL), ${col} ${dir}, c.sort_naam ${dir}, c.id ${dir}`
  const sql = `SELECT c.id FROM client c NOT INDEXED ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ORDER BY ${order}`
  return db.prepare(sql).pluck().all(c.params) as number[]
}

/** Three pages through the cursor, as the screen loads them while scrolling. */
function pages(repo: ReturnType<typeof caseloadRepo>, input: Input, size: number) {
  const ids: number[] = []
  let na: CaseloadCursor | undefined
  let first: ReturnType<typeof repo.page> | undefined
  for (let p = 0; p < 3; p++) {
    const r = repo.page({ ...input, limit: size, ...(na ? { na } : {}) }, TODAY, ME)
    first ??= r
    ids.push(...r.rows.map((row) => row.id))
    if (!r.volgende) break
    na = r.volgende
  }
  return { ids, first: first! }
}

describe('caseload pages', () => {
  it.each([
    ['the limits of the app', {}],
    ['limits low enough that 1,500 clients take every way', { countCap: 30, countBudget: 120, nameNarrow: 15, sparseRange: 400 }],
  ])('equal one plain query for every timed shape, with %s', (_, limits) => {
    const seen = new Set<string>()
    const spy = new Proxy(db, {
      get: (t, p) =>
        p === 'prepare'
          ? (sql: string) => {
              seen.add(sql.includes(plan.MATCHES_MARK) ? 'matches' : /LIMIT @budget\) WHERE ok/.test(sql) ? 'walk' : sql.slice(0, 20))
              return t.prepare(sql)
            }
          : (Reflect.get(t, p) as unknown),
    })
    const repo = caseloadRepo(spy as Db, limits)
    const mismatches: string[] = []
    for (const shape of benchShapes(samples, 150)) {
      const input = CaseloadQuerySchema.parse(shape.input)
      const want = oracle(input)
      const { ids, first } = pages(repo, input, 25)
      const total = repo.count(input, TODAY, ME)
      const countOk = first.capped ? first.total < want.length && total === want.length : first.total === want.length
      if (JSON.stringify(ids) !== JSON.stringify(want.slice(0, 75)) || !countOk)
        mismatches.push(
          `${shape.family} / ${shape.name}: ${ids.length} rows, total ${first.total} (capped ${first.capped}), want ${want.length}`,
        )
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(seen.has('matches') && seen.has('walk')).toBe(true)
  })

  it('answers an offset like the pages before it', () => {
    const repo = caseloadRepo(db, { countCap: 30, countBudget: 120 })
    const input = CaseloadQuerySchema.parse({
      filter: { adviseur: 'alle', leveringsvormen: ['vpt'] },
      sort: { kolom: 'deadline', richting: 'desc' },
    })
    const r = repo.page({ ...input, offset: 40, limit: 20 }, TODAY, ME)
    expect(r.rows.map((x) => x.id)).toEqual(oracle(input).slice(40, 60))
  })
})

/** A repository whose statements report what they run: a walk of a sort order, a sorted read of matches, the trigram index. */
function tracedRepo(limits: Parameters<typeof caseloadRepo>[1]) {
  const ran: string[] = []
  const kind = (sql: string) =>
    sql.startsWith('WITH w AS')
      ? 'rang'
      : /LIMIT @budget\)/.test(sql)
        ? `walk ${/INDEXED BY (\w+)/.exec(sql)![1]}`
        : sql.includes(plan.MATCHES_MARK)
          ? 'matches'
          : /client_naam(_rang)?_fts/.test(sql)
            ? 'fts'
            : 'other'
  const traced = new Proxy(db, {
    get: (t, p) =>
      p === 'prepare'
        ? (sql: string) => {
            const st = t.prepare(sql)
            const proxy: unknown = new Proxy(st, {
              get(s, q) {
                const v = Reflect.get(s, q) as unknown
                if (typeof v !== 'function') return v
                if (q === 'all' || q === 'get') return (...a: unknown[]) => (ran.push(kind(sql)), v.apply(s, a))
                if (q === 'pluck') return (...a: unknown[]) => (v.apply(s, a), proxy)
                return v.bind(s)
              },
            })
            return proxy
          }
        : (Reflect.get(t, p) as unknown),
  })
  return { repo: caseloadRepo(traced as Db, limits), ran }
}

describe('caseload pages that were slow at 100k (issue 15), with limits in proportion to this register', () => {
  it("reads one adviser's caseload sorted on any column but the name as one sorted range, never a walk of the whole order", () => {
    const { adviseur, n } = db
      .prepare('SELECT adviseur_id AS adviseur, count(*) AS n FROM client WHERE adviseur_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1')
      .get() as { adviseur: number; n: number }
    // As at 100k: the adviser's ~1% of the register is more than the cap, within the budget.
    const { repo, ran } = tracedRepo({ countCap: n - 1, countBudget: 4 * n, nameNarrow: 5, sparseRange: 10 * n })
    for (const sort of SORTS) {
      ran.length = 0
      const input = CaseloadQuerySchema.parse({ filter: { adviseur }, sort })
      expect(pages(repo, input, 5).ids).toEqual(oracle(input).slice(0, 15))
      // In name order the adviser's index is the walk itself; any other order would meet the adviser's clients 1 in 100.
      expect([sort.kolom, ran.some((k) => k.startsWith('walk')), ran.includes('matches')]).toEqual([
        sort.kolom,
        sort.kolom === 'naam',
        sort.kolom !== 'naam',
      ])
    }
  })

  it("counts a bare name's trigram hits once; in name or leveringsvorm order reads a page of them in rang order, else walks", () => {
    // The most common surname (the name key starts with it): its hits sit together in the name order.
    const zoek = db
      .prepare(`SELECT substr(sort_naam, 1, instr(sort_naam, ' ') - 1) FROM client GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)
      .pluck()
      .get() as string
    const hits = db.prepare(`SELECT count(*) FROM client WHERE instr(zoeknaam, ?) > 0`).pluck().get(zoek) as number
    expect(hits).toBeGreaterThan(40)
    const byName: string[][] = []
    const byOther: string[][] = []
    // As at 100k: more hits than read by id at once, within the budget; a surname sits far into the name order.
    const narrow = Math.floor(hits / 2)
    const { repo, ran } = tracedRepo({ countCap: 30, countBudget: 4 * hits, nameNarrow: narrow, sparseRange: 10 * hits })
    for (const sort of SORTS) {
      ran.length = 0
      const input = CaseloadQuerySchema.parse({ zoek, filter: { adviseur: 'alle' }, sort })
      const want = oracle(input)
      // One row: few enough that walking the order is the cheaper guess.
      const r = repo.page({ ...input, limit: 1 }, TODAY, ME)
      // Read in rang order, the hits are counted only as far as reading them by id ("more than").
      const inRang = sort.kolom === 'naam' || sort.kolom === 'leveringsvorm'
      expect([r.rows.map((x) => x.id), r.total, r.capped]).toEqual([want.slice(0, 1), inRang ? narrow : want.length, inRang])
      expect(ran.filter((k) => k === 'fts').length).toBe(1)
      ;(inRang ? byName : byOther).push(ran.filter((k) => k !== 'other'))
    }
    // In name order the page is read from the hits in rang order (migration 13): counted, then one
    // page of them; sorted on leveringsvorm (migration 14) one such read per leveringsvorm until it is full.
    expect(byName.slice(0, 2)).toEqual([
      ['fts', 'rang'],
      ['fts', 'rang'],
    ])
    for (const k of byName.slice(2)) expect([k[0], new Set(k.slice(1))]).toEqual(['fts', new Set(['rang'])])
    // In every other order one row is met soon: a walk of that order's index (a surname's hits sat
    // together only within the few values of a leveringsvorm, where a walk found too few).
    expect(byOther).toHaveLength(8)
    for (const k of byOther) expect([k.length, k[0], k[1]!.startsWith('walk')]).toEqual([2, 'fts', true])
  })

  it('reads a surname prefix sorted on zorgprofiel or leveringsvorm value by value, to the clients without one, never a walk', () => {
    const { repo, ran } = tracedRepo({ countCap: 30, countBudget: 120, nameNarrow: 15, sparseRange: 400 })
    for (const kolom of ['zorgprofiel', 'leveringsvorm'] as const)
      for (const richting of ['asc', 'desc'] as const) {
        ran.length = 0
        const input = CaseloadQuerySchema.parse({ zoek: 'b', filter: { adviseur: 'alle' }, sort: { kolom, richting } })
        const want = oracle(input)
        const ids: number[] = []
        let na: CaseloadCursor | undefined
        for (let p = 0; p < 100; p++) {
          const r = repo.page({ ...input, limit: 7, ...(na ? { na } : {}) }, TODAY, ME)
          ids.push(...r.rows.map((x) => x.id))
          if (!r.volgende) break
          na = r.volgende
        }
        expect(ids).toEqual(want)
        // Some of them have no value (no indicatie): the last pages come from the segment without one.
        expect(db.prepare(`SELECT count(*) FROM client WHERE sort_naam LIKE 'b%' AND ${kolom} IS NULL`).pluck().get()).toBeGreaterThan(0)
        expect(ran.some((k) => k.startsWith('walk'))).toBe(false)
      }
  })

  it('walks one leveringsvorm in deadline order on its own index (migration 11), not the whole deadline order', () => {
    const { repo, ran } = tracedRepo({ countCap: 30, countBudget: 120, nameNarrow: 15, sparseRange: 400 })
    for (const richting of ['asc', 'desc'] as const) {
      ran.length = 0
      const input = CaseloadQuerySchema.parse({
        filter: { adviseur: 'alle', leveringsvormen: ['pgb'] },
        sort: { kolom: 'deadline', richting },
      })
      expect(pages(repo, input, 25).ids).toEqual(oracle(input).slice(0, 75))
      expect([...new Set(ran.filter((k) => k.startsWith('walk')))]).toEqual(['walk client_by_leveringsvorm_deadline'])
    }
  })
})
