import type { Db } from '../../db/types'
import { statementCache } from '../../db/statements'
import { caseloadConditions, LEADS, SIGNAL_SQL, signalDates, type CaseloadConditions } from './caseloadQuery'
import type { CaseloadMemory } from './memory/caseloadMemory'
import { matches, memoryPage } from './memory/memoryQuery'
import { byValue, rangByValue, readByValue, readRangByValue, type PageRow } from './caseloadGroups'
import {
  cappedCountSql,
  COUNT_BUDGET,
  COUNT_CAP,
  exactCountSql,
  FTS_COUNT_SQL,
  HIT_COST,
  FTS_IDS_SQL,
  NAME_NARROW,
  SORT_COLUMNS,
  SPARSE_RANGE,
  TABLE_COUNT_SQL,
  longWalkSql,
  matchesSql,
  rangPageSql,
  segments,
  singleCountSql,
  walkedSql,
  walkIsBounded,
  walkSql,
  type Path,
  type QueryShape,
  type Segment,
  type SortKolom,
} from './caseloadPlan'
import { SIGNALEN, type CaseloadCursor, type CaseloadView } from '../../../shared/contracts/caseload.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'

export interface CaseloadDbRow {
  id: number
  bsn: string
  voornamen: string
  voorvoegsel: string
  achternaam: string
  geboortedatum: string
  postcode: string
  woonplaats: string
  zorgprofiel: string | null
  leveringsvorm: string | null
  adviseur_id: number | null
  adviseur_naam: string | null
  eerste_deadline: string | null
  open_taken: number
  geheim: number
  [signal: `s_${string}`]: number
}

/** Sort column, descending, segment, after the cursor. */
type At = [SortKolom, boolean, Segment, boolean]

// Each signal is computed in SQL next to the row, so a page of 100 costs one indexed query.
const SIGNAL_COLUMNS = SIGNALEN.map((s) => `(${SIGNAL_SQL[s]}) AS s_${s}`).join(', ')

/**
 * The caseload query (one page of rows with their signals, a capped count, the exact count on
 * request) and the saved views. `countCap` and `nameNarrow` are lowered by tests to reach both
 * ways of reading a page on a small database.
 */
export function caseloadRepo(
  db: Db,
  limits: { countCap?: number; countBudget?: number; nameNarrow?: number; sparseRange?: number } = {},
  memory?: CaseloadMemory,
) {
  const cap = limits.countCap ?? COUNT_CAP
  const narrow = limits.nameNarrow ?? NAME_NARROW
  const budget = limits.countBudget ?? COUNT_BUDGET
  const fallback = limits.sparseRange ?? SPARSE_RANGE
  // The SQL text depends only on the shape of the query (which filters, which sort): cached per shape.
  const prepared = statementCache(db)
  const views = db.prepare('SELECT id, naam, config FROM caseload_view WHERE adviseur_id = ? ORDER BY naam')
  const saveView = db.prepare(
    `INSERT INTO caseload_view (adviseur_id, naam, config, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (adviseur_id, naam) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at
     RETURNING id, naam, config`,
  )
  const deleteView = db.prepare('DELETE FROM caseload_view WHERE id = ? AND adviseur_id = ?')
  const ftsAll = db.prepare('SELECT count(*) FROM client_naam_rang_fts WHERE client_naam_rang_fts MATCH @fts').pluck()
  // The largest id: the register's size within a few deleted rows, read from the end of the table in one step.
  const maxId = db.prepare('SELECT coalesce(max(id), 0) FROM client').pluck()
  const registerSize = () => maxId.get() as number
  const fullRows = db.prepare(
    `SELECT c.id, c.bsn, c.voornamen, c.voorvoegsel, c.achternaam, c.geboortedatum, c.postcode, c.woonplaats, c.zorgprofiel,
       c.leveringsvorm, c.adviseur_id, a.naam AS adviseur_naam, c.eerste_deadline, c.open_taken, c.geheim, ${SIGNAL_COLUMNS}
     FROM client c LEFT JOIN adviseur a ON a.id = c.adviseur_id WHERE c.id IN (SELECT value FROM json_each(@ids))`,
  )
  const viewRow = (r: { id: number; naam: string; config: string }): CaseloadView => ({
    id: r.id,
    naam: r.naam,
    config: JSON.parse(r.config) as CaseloadView['config'],
  })

  /** The name's trigram hits, read up to `limit` + 1: their number, and the conditions with them as @hits when within `limit`. */
  function hits(c: CaseloadConditions, limit: number): { n: number; c: CaseloadConditions } {
    const ids = prepared(FTS_IDS_SQL)
      .pluck()
      .all({ fts: c.name!.fts, cap: limit + 1 }) as number[]
    return { n: ids.length, c: ids.length <= limit ? { ...c, params: { ...c.params, hits: JSON.stringify(ids) } } : c }
  }

  /**
   * The shape that reads its trigram hits in the statement when it starts from them and they were
   * only counted: a surname's ~3,000 hits cost 1.5 ms to read into JSON and as much to parse again.
   */
  function matched(q: QueryShape | null): QueryShape | null {
    return q?.start === 'fts' && q.c.params.hits === undefined ? { ...q, nameVia: 'match' } : q
  }

  /**
   * The conditions; whether name terms go through the trigram index (few hits) or each row's key;
   * and where a filtered read starts: the condition with the fewest matches on its own index. A
   * bare name (no other condition) counts its hits up to COUNT_BUDGET: within it they lead and
   * their number is the count (the page's statement matches them again when read from them: matched).
   */
  function shape(
    input: Pick<RouteArgs<'caseload.query'>, 'zoek' | 'filter'>,
    today: string,
    userId: number | null,
    kolom?: SortKolom,
    // count() has read the search box already; everyone else lets shape read it.
    c = caseloadConditions(input.zoek, input.filter, today, userId),
  ): QueryShape {
    const bare = c.name !== null && !c.conditions.length
    // A bare name sorted on name or leveringsvorm is read in the rang index's order, whatever its
    // number of hits: they are only read as far as fetching a few by id (the screen asks for the
    // exact number once typing settles; counting ~3,000 hits cost 0.5–1.5 ms a keystroke at 100k).
    if (bare && (kolom === 'naam' || kolom === 'leveringsvorm')) {
      const h = hits(c, narrow)
      if (h.n <= narrow) return { c: h.c, nameVia: 'fts', start: 'fts', startCount: null }
      return { c, nameVia: 'key', start: 'none', startCount: null, hitsOver: narrow }
    }
    // A bare name's hits are counted in the index first: a first name's page is often walked without them.
    const n = bare
      ? (prepared(FTS_COUNT_SQL)
          .pluck()
          .get({ fts: c.name!.fts, cap: budget + 1 }) as number)
      : null
    const h = c.name && (n === null || n <= narrow) ? hits(c, narrow) : null
    if (h && h.n <= narrow) return { c: h.c, nameVia: 'fts', start: 'fts', startCount: null }
    if (n !== null && n <= budget) return { c, nameVia: 'fts', start: 'fts', startCount: n, nameHits: n }
    const nameVia = 'key'
    const ranked = c.conditions.map((cond, i) => ({ cond, i })).sort((a, b) => LEADS.indexOf(a.cond.lead) - LEADS.indexOf(b.cond.lead))
    if (ranked[0]?.cond.lead === 'exact') return { c, nameVia, start: { condition: ranked[0].i }, startCount: null }
    // Without conditions the whole register is the range (a broad name is tested on each row's key).
    // Each next condition is only counted as far as it could still be the smallest.
    let best: QueryShape = { c, nameVia, start: 'none', startCount: budget + 1, nameHits: n }
    if (!ranked.length && !bare)
      best.startCount = prepared(TABLE_COUNT_SQL)
        .pluck()
        .get({ cap: budget + 1 }) as number
    for (const { cond, i } of ranked) {
      const n = prepared(singleCountSql(cond))
        .pluck()
        .get({ ...c.params, cap: best.startCount! }) as number
      if (n < best.startCount!) best = { c, nameVia, start: { condition: i }, startCount: n }
    }
    return best
  }

  /**
   * How many match, and which way the page is read: exact when the leading range is small (then at
   * most COUNT_CAP matches are read and sorted, more are walked); else at least COUNT_BUDGET for one
   * broad condition or a broad name, and for several broad conditions together only what the page
   * finds (the screen asks for the exact number once typing settles).
   */
  function counted(q: QueryShape, kolom: SortKolom, want: number): { total: number; capped: boolean; path: Path } {
    if (q.hitsOver !== undefined) return { total: q.hitsOver, capped: true, path: 'walk' }
    if (q.startCount === null || q.startCount <= budget) {
      // The trigram hits alone (no other condition): their number is the count.
      const n =
        q.start === 'fts' && q.startCount !== null && !q.c.conditions.length
          ? q.startCount
          : (prepared(cappedCountSql(q))
              .pluck()
              .get({ ...q.c.params, cap: budget + 1 }) as number)
      // A walk that its leading range bounds meets matches at once; any other walk meets them
      // spread over the register: about (want + 1) × register / n entries, against n matches to
      // read and sort (each about twice an entry's cost). One adviser's clients sorted on another
      // column than the name were walked 1 in 100 at 100k. (A surname's hits sit together in the name
      // order, a first name's are spread: a walk finds the latter soon, the former after its budget.)
      const sorted = walkIsBounded(q, kolom) ? n <= cap : n <= budget && (want + 1) * registerSize() > 2 * n * n
      return { total: n, capped: false, path: sorted ? 'matches' : 'walk' }
    }
    if (q.start === 'none' && q.nameHits && !q.c.conditions.length)
      // Only a broad name: its trigram hits are the matches (read as far as the budget).
      return { total: Math.min(q.nameHits, budget), capped: q.nameHits > budget, path: 'walk' }
    const alone = !q.c.name && q.c.conditions.length <= 1
    return { total: alone ? budget : 0, capped: true, path: 'walk' }
  }

  /**
   * Where to read sparse matches from when walking the sort order finds too few (the matches sit
   * elsewhere in this order): the cheapest range up to `limit` entries (a trigram hit costs a table
   * read, about HIT_COST index entries); null when every range is larger (several broad conditions
   * whose combination is rare: then the walk goes on).
   */
  function smallest(q: QueryShape, limit: number): QueryShape | null {
    if (q.startCount === null || q.startCount <= budget) return q
    let best: QueryShape | null = null
    let cost = limit + 1
    // The hits only counted: the page's statement matches them itself (as `matched` does).
    const n = q.c.name
      ? (prepared(FTS_COUNT_SQL)
          .pluck()
          .get({ fts: q.c.name.fts, cap: budget + 1 }) as number)
      : null
    if (n !== null && n <= budget) [best, cost] = [{ ...q, nameVia: 'match', start: 'fts', startCount: null }, n * HIT_COST]
    q.c.conditions.forEach((cond, i) => {
      const count = prepared(singleCountSql(cond))
        .pluck()
        .get({ ...q.c.params, cap: cost }) as number
      if (count < cost) [best, cost] = [{ ...q, start: { condition: i }, startCount: count }, count]
    })
    return best
  }

  /**
   * One segment of the page: the matches sorted, or a walk of the sort order (see caseloadPlan.ts).
   * `sparse` holds where a failed walk of this page read its matches from: a later segment reads
   * them from there at once (the matches are as sparse in this order's other segment).
   */
  function readSegment(q: QueryShape, path: Path, at: At, args: Record<string, unknown>, sparse: { from?: QueryShape | null }): PageRow[] {
    const rows = (sql: string, extra: Record<string, unknown> = {}) => prepared(sql).all({ ...args, ...extra }) as PageRow[]
    const fromRange = (from: QueryShape | null) =>
      from ? rows(matchesSql(from, ...at), { ...from.c.params, cap: fallback + 1 }) : rows(longWalkSql(w, ...at))
    if (path === 'matches') return rows(matchesSql(q, ...at), { cap: budget + 1 })
    // A walk tests name terms on each entry's key: cheaper than a set of hits, and the same matches.
    const w: QueryShape = { ...q, nameVia: 'key' }
    if (sparse.from !== undefined) return fromRange(sparse.from)
    const walked = rows(walkSql(w, ...at), { budget })
    if (walked.length >= (args.limit as number)) return walked
    if (
      (prepared(walkedSql(w, ...at))
        .pluck()
        .get({ ...args, budget }) as number) < budget
    )
      return walked
    sparse.from = matched(smallest(q, fallback))
    return fromRange(sparse.from)
  }

  /**
   * A page in name order for a bare name search with more hits than are read by id: from the rang
   * index, in name order (caseloadPlan rangPageSql). With other conditions the usual ways read it:
   * in the name order's index a walk tests them on every entry, not only on each hit.
   */
  function rangPage(q: QueryShape, desc: boolean, cursor: CaseloadCursor | undefined, want: number): PageRow[] | null {
    if (!q.c.name || q.c.conditions.length || q.c.params.hits !== undefined) return null
    const args = { ...q.c.params, limit: want + 1, k_naam: cursor?.sortNaam, k_id: cursor?.id }
    return prepared(rangPageSql(desc, cursor !== undefined)).all(args) as PageRow[]
  }

  /** The page's rows by id, in this order. */
  function rowsOf(ids: number[], params: Record<string, unknown>): CaseloadDbRow[] {
    const byId = new Map(
      (ids.length ? (fullRows.all({ ids: JSON.stringify(ids), ...params }) as CaseloadDbRow[]) : []).map((r) => [r.id, r]),
    )
    return ids.map((id) => byId.get(id)!)
  }

  function page(input: RouteArgs<'caseload.query'>, today: string, userId: number | null) {
    // The in-memory columns answer when they are current (memory/caseloadMemory.ts), with the exact count.
    const cols = memory?.current()
    const m = cols ? memoryPage(cols, input, today, userId) : null
    if (m) return { rows: rowsOf(m.ids, signalDates(today)), total: m.total, capped: false, volgende: m.volgende }
    const { kolom, richting } = input.sort
    const shaped = shape(input, today, userId, kolom)
    const cursor = input.na
    const want = input.offset + input.limit
    const counts = counted(shaped, kolom, want)
    const q = counts.path === 'matches' ? matched(shaped)! : shaped
    // One row more than the page: it tells whether there is a next page.
    // Read in an order of its own: a bare name in name order (rang index); a surname prefix with too
    // many clients to sort, value by value.
    const desc = richting === 'desc'
    const ranged =
      kolom === 'naam'
        ? rangPage(shaped, desc, cursor, want)
        : rangByValue(shaped, kolom)
          ? readRangByValue(prepared, shaped, desc, cursor, want, input.filter.leveringsvormen)
          : counts.path === 'walk' && byValue(shaped, kolom)
            ? readByValue(prepared, shaped, kolom, desc, cursor, want)
            : null
    const found: PageRow[] = ranged ?? []
    const sparse = {}
    const inEmpty = cursor !== undefined && cursor.waarde === null && SORT_COLUMNS[kolom].nullable
    if (!ranged)
      segments(kolom, inEmpty).forEach((segment, i) => {
        if (found.length > want) return
        const after = cursor !== undefined && i === 0
        const args = { ...q.c.params, limit: want + 1 - found.length, k_waarde: cursor?.waarde, k_naam: cursor?.sortNaam, k_id: cursor?.id }
        found.push(...readSegment(q, counts.path, [kolom, desc, segment, after], args, sparse))
      })
    const more = found.length > want
    const ids = found.slice(input.offset, want).map((r) => r.id)
    const last = found[want - 1]
    const volgende: CaseloadCursor | null =
      more && last ? { waarde: kolom === 'naam' ? last.sort_naam : last.waarde, sortNaam: last.sort_naam, id: last.id } : null
    // Not counted (several broad conditions): the first page tells when it holds them all, else "more than" it.
    const firstPage = !cursor && !input.offset
    const { total, capped } =
      counts.capped && counts.total === 0 ? { total: Math.min(found.length, want), capped: more || !firstPage } : counts
    return { rows: rowsOf(ids, q.c.params), total, capped, volgende }
  }

  /** Every match counted (only after a capped page): the trigram index alone for a bare name search. */
  function count(input: Pick<RouteArgs<'caseload.query'>, 'zoek' | 'filter'>, today: string, userId: number | null): number {
    const cols = memory?.current()
    const m = cols ? matches(cols, input, today, userId) : null
    if (m) return m.length
    // A bare name needs no plan (shape() would count and read its hits first, ~0.3 ms of 0.9 at 100k).
    const c = caseloadConditions(input.zoek, input.filter, today, userId)
    if (c.name && !c.conditions.length) return ftsAll.get({ fts: c.name.fts }) as number
    const q = shape(input, today, userId, undefined, c)
    return prepared(exactCountSql(q)).pluck().get(q.c.params) as number
  }

  return {
    page,
    count,
    views: (adviseurId: number) => (views.all(adviseurId) as Array<{ id: number; naam: string; config: string }>).map(viewRow),
    saveView: (adviseurId: number, naam: string, config: string, now: string) =>
      viewRow(saveView.get(adviseurId, naam, config, now, now) as { id: number; naam: string; config: string }),
    deleteView: (id: number, adviseurId: number) => deleteView.run(id, adviseurId).changes === 1,
  }
}
export type CaseloadRepo = ReturnType<typeof caseloadRepo>
