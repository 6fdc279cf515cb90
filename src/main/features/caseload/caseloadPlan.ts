import type { SORT_KOLOMMEN } from '../../../shared/contracts/caseload.routes'
import { SLOT_BITS } from '../../db/naamCode'
import { nameCondition, type CaseloadConditions, type Condition, type Lead, type NameVia } from './caseloadQuery'

/**
 * How a caseload page is read without the work growing with the register (issue 15). Every index
 * of migration 10 carries all caseload columns, so there are two ways to a page, each bounded:
 * - few matches: read them from the index of the most selective condition and sort them (`matches`):
 *   up to COUNT_CAP when the sort order's walk is bounded by that condition's range (one adviser's
 *   clients in name order), else up to COUNT_BUDGET as long as a walk, meeting them spread over
 *   the register, would read more entries than there are matches to sort;
 * - many matches: walk the sort order's index from where the previous page ended and stop when the
 *   page is full (`walk`); the matches are then dense enough (or bound the walk) for a short walk.
 * Each condition's range is counted on its own index up to COUNT_BUDGET + 1; the smallest leads.
 * When it holds at most COUNT_BUDGET clients, every condition is tested on it, which gives the
 * exact count, and decides the way as above. When
 * every range is larger, the sort order is walked and only the page says how many there are at
 * least (the screen asks for the exact number once typing settles). A name search counts its
 * trigram hits first: up to NAME_NARROW hits are fetched through the trigram index, more are
 * tested on each row's search key (in the index) like any other condition. A bare name (nothing
 * else asked) counts its hits up to COUNT_BUDGET: within it they are the matches and their number
 * the count, and the statement that reads the page from them joins the trigram index itself. A walk that finds too
 * few reads the page's later segments from the same range at once.
 */
export const COUNT_CAP = 1000
export const COUNT_BUDGET = 4000
export const NAME_NARROW = 300
/** A trigram hit read from the table costs about this many index entries of a range. */
export const HIT_COST = 3
/** A walk that finds too few matches in COUNT_BUDGET entries reads them from a range up to this size instead. */
export const SPARSE_RANGE = 10000

export type SortKolom = (typeof SORT_KOLOMMEN)[number]
export type Path = 'matches' | 'walk'
export type Segment = 'value' | 'empty'

interface SortColumn {
  column: string
  /** Clients without a value come last, in both directions: read as a second segment. */
  nullable: boolean
  index: string
}

export const SORT_COLUMNS: Record<SortKolom, SortColumn> = {
  naam: { column: 'sort_naam', nullable: false, index: 'client_by_sort_naam' },
  geboortedatum: { column: 'geboortedatum', nullable: false, index: 'client_by_geboortedatum' },
  postcode: { column: 'postcode', nullable: false, index: 'client_by_postcode' },
  deadline: { column: 'eerste_deadline', nullable: true, index: 'client_by_deadline' },
  zorgprofiel: { column: 'zorgprofiel', nullable: true, index: 'client_by_zorgprofiel' },
  leveringsvorm: { column: 'leveringsvorm', nullable: true, index: 'client_by_leveringsvorm' },
}

/** The index each kind of condition is read through (exact keys by id; '' lets SQLite read an OR of signals). */
const LEAD_INDEX: Record<Lead, string> = {
  exact: '',
  urgent: 'client_urgent',
  signalen: '',
  buiten_regio: 'client_buiten_regio',
  adviseur: 'client_by_adviseur_naam',
  postcode: 'client_by_postcode',
  indicatie_einde: 'client_by_indicatie_einde',
  naam: 'client_by_sort_naam',
  deadline: 'client_by_deadline',
  zorgprofiel: 'client_by_zorgprofiel',
  leveringsvorm: 'client_by_leveringsvorm',
}

/** Where a filtered read starts: one condition's index, the trigram hits of a narrow name search, or the name order. */
export type Start = { condition: number } | 'fts' | 'none'

export interface QueryShape {
  c: CaseloadConditions
  /** How the name terms are matched (when there are any). */
  nameVia: NameVia
  start: Start
  /** Matches of the leading condition on its own, counted up to COUNT_BUDGET + 1 (null: not counted, a narrow start). */
  startCount: number | null
  /** A bare name search's trigram hits, read up to COUNT_BUDGET + 1 (all of them, as @hits, when within the budget). */
  nameHits?: number | null
  /** A bare name with more hits than this, not counted further: its page is read in the rang index's order. */
  hitsOver?: number
}

const where = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '')
const indexedBy = (index: string) => (index ? ` INDEXED BY ${index}` : '')

function conditions(q: QueryShape): string[] {
  const parts = q.c.conditions.map((c) => c.sql)
  if (q.c.name) parts.unshift(nameCondition(q.c.name, q.nameVia))
  return parts
}

/** The index a filtered read starts from (its condition is among the query's); a few known ids are read by id. */
function start(q: QueryShape): { from: string } {
  if (q.start === 'none') return { from: 'client c' }
  // The hits matched in the statement itself, each client row read by id (~0.5 µs a hit at 100k).
  if (q.start === 'fts' && q.nameVia === 'match') return { from: 'client_naam_fts CROSS JOIN client c ON c.id = client_naam_fts.rowid' }
  if (q.start === 'fts') return { from: 'client c NOT INDEXED' }
  const lead = q.c.conditions[q.start.condition]!.lead
  return { from: lead === 'exact' ? 'client c NOT INDEXED' : `client c${indexedBy(LEAD_INDEX[lead])}` }
}

/** Name hits in name order (migration 13): the rang index's hits, each reaching its client by rowid twice. */
const RANG = 'client_naam_rang_fts.rowid'
const RANG_IDS = `client_naam_rang_fts CROSS JOIN client_naam_rang r ON r.rang = ${RANG}`
const RANG_HITS = `${RANG_IDS} CROSS JOIN client c ON c.id = r.client_id`
// FTS5 matches on the table's own name (an alias cannot be matched).
const RANG_MATCH = 'client_naam_rang_fts MATCH @fts'

/**
 * Trigram hits of the name terms, counted up to @cap. Counts and the few hits read by id use the
 * rang index (migration 13), as a page in name order does: a morning's searches then bring one
 * trigram index into the page cache, not two. Only many hits joined to their rows (`match`) use the
 * first index, whose rowids are the client ids: it visits the rows in table order (1.7 against 3.0
 * ms for ~3,000 hits at 100k).
 */
export const FTS_COUNT_SQL = `SELECT count(*) FROM (SELECT 1 FROM client_naam_rang_fts WHERE ${RANG_MATCH} LIMIT @cap)`
/** The hits themselves (up to @cap), read once per page instead of matching again in every statement. */
export const FTS_IDS_SQL = `SELECT r.client_id FROM ${RANG_IDS} WHERE ${RANG_MATCH} LIMIT @cap`

/** The register counted up to @cap. */
export const TABLE_COUNT_SQL = 'SELECT count(*) FROM (SELECT 1 FROM client LIMIT @cap)'

/** One condition's matches on its own index, counted up to @cap: the smallest range leads. */
export function singleCountSql(c: Condition): string {
  return `SELECT count(*) FROM (SELECT 1 FROM client c${indexedBy(LEAD_INDEX[c.lead])} WHERE ${c.sql} LIMIT @cap)`
}

/** Every condition tested on the leading range, counted up to @cap (the range holds at most COUNT_BUDGET). */
export function cappedCountSql(q: QueryShape): string {
  return `SELECT count(*) FROM (SELECT 1 FROM ${start(q).from} ${where(conditions(q))} LIMIT @cap)`
}

/** Every match counted: asked once typing settles, only when the page said "more than". */
export function exactCountSql(q: QueryShape): string {
  return `SELECT count(*) FROM ${start(q).from} ${where(conditions(q))}`
}

interface SegmentParts {
  /** The segment and the cursor, as conditions on the sort index. */
  parts: string[]
  order: string
  select: string
  /** The columns a segment needs from a materialised set of matches. */
  columns: string
}

/**
 * One segment of a page in the sort order: the clients with a value in the sort column, then those
 * without. `after`: the page continues after the cursor (@k_waarde, @k_naam, @k_id) in this segment.
 * Each statement returns id, the sort value and the name key of a row (the next cursor is the last).
 */
function segment(kolom: SortKolom, desc: boolean, seg: Segment, after: boolean, t = 'c'): SegmentParts {
  const sort = SORT_COLUMNS[kolom]
  const col = `${t}.${sort.column}`
  const dir = desc ? 'DESC' : 'ASC'
  const op = desc ? '<' : '>'
  const parts: string[] = []
  let order: string
  if (kolom === 'naam' || seg === 'empty') {
    if (seg === 'empty') parts.push(`${col} IS NULL`)
    if (after) parts.push(`(${t}.sort_naam, ${t}.id) ${op} (@k_naam, @k_id)`)
    order = `${t}.sort_naam ${dir}, ${t}.id ${dir}`
  } else {
    // Every stored value is TEXT (STRICT table), so `>= ''` is "not empty" as a range of the index.
    if (sort.nullable) parts.push(`${col} >= ''`)
    if (after) parts.push(`(${col}, ${t}.sort_naam, ${t}.id) ${op} (@k_waarde, @k_naam, @k_id)`)
    order = `${col} ${dir}, ${t}.sort_naam ${dir}, ${t}.id ${dir}`
  }
  const value = kolom === 'naam' ? `${t}.sort_naam` : col
  const columns = kolom === 'naam' ? 'c.id, c.sort_naam' : `c.id, c.sort_naam, c.${sort.column}`
  return { parts, order, select: `SELECT ${t}.id, ${value} AS waarde, ${t}.sort_naam`, columns }
}

/** One leveringsvorm in deadline order (migration 11): its matches do not spread evenly over the deadlines. */
const LEVERINGSVORM_DEADLINE = 'client_by_leveringsvorm_deadline'
const oneLeveringsvorm = (c: Condition) => c.lead === 'leveringsvorm' && c.single === true

/** The index walked in this sort order: one that serves the order and the adviser or leveringsvorm too, else the order's own. */
function walkIndex(q: QueryShape, kolom: SortKolom): string {
  if (kolom === 'naam' && q.c.conditions.some((c) => c.lead === 'adviseur')) return 'client_by_adviseur_naam'
  if (kolom === 'deadline' && q.c.conditions.some(oneLeveringsvorm)) return LEVERINGSVORM_DEADLINE
  return SORT_COLUMNS[kolom].index
}

/** Whether a condition is a range of this index (its leading columns). */
const isRange = (c: Condition, index: string) => LEAD_INDEX[c.lead] === index || (index === LEVERINGSVORM_DEADLINE && oneLeveringsvorm(c))

/** Whether the query's leading condition is a range of the index its walk reads (the adviser's clients in name order). */
export function walkIsBounded(q: QueryShape, kolom: SortKolom): boolean {
  return typeof q.start === 'object' && isRange(q.c.conditions[q.start.condition]!, walkIndex(q, kolom))
}

/** Conditions that are a range of the walked index itself (a sector when sorting on zorgprofiel): they bound the walk. */
function ranges(q: QueryShape, index: string): string[] {
  return q.c.conditions.filter((c) => isRange(c, index)).map((c) => c.sql)
}

/**
 * A page walked in the sort order, reading at most @budget index entries: each is tested against
 * every condition and the first @limit that pass are the page. Fewer means the range ended, or the
 * matches are too sparse here (then walkedSql tells which).
 */
export function walkSql(q: QueryShape, kolom: SortKolom, desc: boolean, seg: Segment, after: boolean): string {
  const s = segment(kolom, desc, seg, after)
  const index = walkIndex(q, kolom)
  const all = conditions(q)
  const ok = all.length ? all.join(' AND ') : '1'
  return (
    `SELECT id, waarde, sort_naam FROM (${s.select}, (${ok}) AS ok FROM client c INDEXED BY ${index} ` +
    `${where([...ranges(q, index), ...s.parts])} ORDER BY ${s.order} LIMIT @budget) WHERE ok LIMIT @limit`
  )
}

/** How many entries the walk above could read (up to @budget): below the budget, it read them all. */
export function walkedSql(q: QueryShape, kolom: SortKolom, desc: boolean, seg: Segment, after: boolean): string {
  const s = segment(kolom, desc, seg, after)
  const index = walkIndex(q, kolom)
  return `SELECT count(*) FROM (SELECT 1 FROM client c INDEXED BY ${index} ${where([...ranges(q, index), ...s.parts])} LIMIT @budget)`
}

/** The same walk without a budget: for matches spread thinly over every range (several broad conditions). */
export function longWalkSql(q: QueryShape, kolom: SortKolom, desc: boolean, seg: Segment, after: boolean): string {
  const s = segment(kolom, desc, seg, after)
  return `${s.select} FROM client c INDEXED BY ${walkIndex(q, kolom)} ${where([...conditions(q), ...s.parts])} ORDER BY ${s.order} LIMIT @limit`
}

/**
 * The matches read from the leading range (at most @cap, counted before), then sorted. The capped
 * read is a co-routine feeding the sort, not a materialised table: ~0.35 ms less for 3,000 matches.
 * MATCHES_MARK names such a statement for the plan test.
 */
export function matchesSql(q: QueryShape, kolom: SortKolom, desc: boolean, seg: Segment, after: boolean): string {
  const s = segment(kolom, desc, seg, after, 'm')
  return (
    `${s.select} FROM (SELECT ${s.columns} FROM ${start(q).from} ${where(conditions(q))}${MATCHES_MARK}` +
    `${where(s.parts)} ORDER BY ${s.order} LIMIT @limit`
  )
}
export const MATCHES_MARK = ' LIMIT @cap) m '

/** The segments a page reads, in order, given where the previous page ended. */
export function segments(kolom: SortKolom, cursorInEmpty: boolean): Segment[] {
  if (!SORT_COLUMNS[kolom].nullable) return ['value']
  return cursorInEmpty ? ['empty'] : ['value', 'empty']
}

/** Where a page after the cursor starts in the rang index: the cursor's bucket (naamCode.ts). */
function rangFrom(desc: boolean, after: boolean): string[] {
  if (!after) return []
  const bucket = `wlz_naam_code(@k_naam)`
  return [desc ? `${RANG} < ((${bucket} + 1) << ${SLOT_BITS})` : `${RANG} >= (${bucket} << ${SLOT_BITS})`]
}

/**
 * A page sorted on name for a bare name search (issue 15): the hits walked in rang order up to
 * @limit, then the rest of the last one's bucket (names alike up to the code's cut), all of them
 * sorted. Every hit not read has a larger code, so a larger name: the page is exact. A bare name's
 * hits all pass (but those up to the cursor), so the walk reads a page and at most one bucket more.
 * A page of one leveringsvorm (caseloadGroups.ts) matches that leveringsvorm's token with the name.
 */
export function rangPageSql(desc: boolean, after: boolean): string {
  const dir = desc ? 'DESC' : 'ASC'
  const cursor = after ? [`(c.sort_naam, c.id) ${desc ? '<' : '>'} (@k_naam, @k_id)`] : []
  const walk =
    `SELECT ${RANG} AS rang, c.id, c.sort_naam FROM ${RANG_HITS} ` +
    `WHERE ${[RANG_MATCH, ...rangFrom(desc, after), ...cursor].join(' AND ')} ORDER BY ${RANG} ${dir} LIMIT @limit`
  const edge = desc ? '(SELECT min(rang) FROM w)' : '(SELECT max(rang) FROM w)'
  const rest = desc
    ? `${RANG} < ${edge} AND ${RANG} >= ((${edge} >> ${SLOT_BITS}) << ${SLOT_BITS})`
    : `${RANG} > ${edge} AND ${RANG} < (((${edge} >> ${SLOT_BITS}) + 1) << ${SLOT_BITS})`
  return (
    `WITH w AS MATERIALIZED (${walk}) SELECT id, sort_naam AS waarde, sort_naam FROM (SELECT id, sort_naam FROM w UNION ALL ` +
    `SELECT c.id, c.sort_naam FROM ${RANG_HITS} WHERE ${[RANG_MATCH, rest, ...cursor].join(' AND ')}) ` +
    `ORDER BY sort_naam ${dir}, id ${dir} LIMIT @limit`
  )
}
