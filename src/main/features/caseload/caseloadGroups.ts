import type { Statement } from '../../db/statements'
import type { CaseloadCursor } from '../../../shared/contracts/caseload.routes'
import { rangPageSql, SORT_COLUMNS, type QueryShape, type SortKolom } from './caseloadPlan'
import { LEVERINGSVORM_TOKENS, NO_LEVERINGSVORM_TOKEN } from '../../db/migrations/0014-naam-rang-leveringsvorm'
import { LEVERINGSVORMEN } from '../../../shared/domain/codes'

/**
 * Sorted on a column with few values (zorgprofiel, leveringsvorm), the name breaks the ties: the
 * index runs (value, name, id). A surname prefix ("ja") is then one short range within each value,
 * but a walk of the whole order met its clients all together, far into every value, and read
 * thousands of entries first (issue 15: "ja" sorted on leveringsvorm 2.3 ms at 100k against 0.3 ms
 * at 1k). Such a page is read value by value instead, each value's range found by one seek.
 */
const FEW_VALUES: ReadonlySet<SortKolom> = new Set(['zorgprofiel', 'leveringsvorm'])

export interface PageRow {
  id: number
  waarde: string | null
  sort_naam: string
}

/**
 * Whether a page could be read value by value: a surname prefix leads (or nothing narrower does)
 * and the sort has few values. The repository does so only when its clients are too many to sort.
 */
export function byValue(q: QueryShape, kolom: SortKolom): boolean {
  const prefix = q.c.conditions.findIndex((c) => c.lead === 'naam')
  if (!FEW_VALUES.has(kolom) || q.c.name || prefix < 0) return false
  return q.start === 'none' || (typeof q.start === 'object' && q.start.condition === prefix)
}

/** One value's clients (or those without a value) in name order, every condition tested within its range. */
export function valueSql(q: QueryShape, kolom: SortKolom, desc: boolean, empty: boolean, after: boolean): string {
  const { column, index } = SORT_COLUMNS[kolom]
  const dir = desc ? 'DESC' : 'ASC'
  const parts = [empty ? `c.${column} IS NULL` : `c.${column} = @waarde`, ...q.c.conditions.map((c) => c.sql)]
  if (after) parts.push(`(c.sort_naam, c.id) ${desc ? '<' : '>'} (@k_naam, @k_id)`)
  return (
    `SELECT c.id, c.${column} AS waarde, c.sort_naam FROM client c INDEXED BY ${index} ` +
    `WHERE ${parts.join(' AND ')} ORDER BY c.sort_naam ${dir}, c.id ${dir} LIMIT @limit`
  )
}

/** The first value in the sort's direction, or the one after @waarde: one seek of the index. */
export function nextValueSql(kolom: SortKolom, desc: boolean, first: boolean): string {
  const { column, index } = SORT_COLUMNS[kolom]
  const c = `c.${column}`
  // Values only (NULL sorts before '' in the index); ascending, "> @waarde" alone bounds the seek.
  const where = first ? `${c} >= ''` : desc ? `${c} >= '' AND ${c} < @waarde` : `${c} > @waarde`
  return `SELECT ${desc ? 'max' : 'min'}(${c}) FROM client c INDEXED BY ${index} WHERE ${where}`
}

/**
 * The page value by value, from the cursor's value on, then the clients without a value (last in
 * both directions, as everywhere in the caseload). One row more than the page when there is more.
 */
export function readByValue(
  prepared: (sql: string) => Statement,
  q: QueryShape,
  kolom: SortKolom,
  desc: boolean,
  cursor: CaseloadCursor | undefined,
  want: number,
): PageRow[] {
  const found: PageRow[] = []
  const args = { ...q.c.params, k_naam: cursor?.sortNaam, k_id: cursor?.id }
  const next = (waarde: string | null) =>
    prepared(nextValueSql(kolom, desc, waarde === null))
      .pluck()
      .get({ waarde }) as string | null
  const inEmpty = cursor !== undefined && cursor.waarde === null
  let waarde = inEmpty ? null : (cursor?.waarde ?? next(null))
  let after = cursor !== undefined
  while (waarde !== null) {
    found.push(...(prepared(valueSql(q, kolom, desc, false, after)).all({ ...args, waarde, limit: want + 1 - found.length }) as PageRow[]))
    if (found.length > want) return found
    waarde = next(waarde)
    after = false
  }
  found.push(...(prepared(valueSql(q, kolom, desc, true, inEmpty)).all({ ...args, limit: want + 1 - found.length }) as PageRow[]))
  return found
}

/**
 * Whether a name search sorted on leveringsvorm is read one leveringsvorm at a time from the rang
 * index (migration 14): its hits are too many to fetch by id, and nothing but a leveringsvorm filter
 * narrows it (matched in the index too). Any other condition would be tested on each hit's row: a sparse
 * one ("deze week" and a small sector) made the walks read every hit, 4.2 ms at 100k against 1.3 ms
 * the usual way.
 */
export function rangByValue(q: QueryShape, kolom: SortKolom): boolean {
  return (
    kolom === 'leveringsvorm' &&
    q.c.name !== null &&
    q.c.params.hits === undefined &&
    q.c.conditions.every((c) => c.lead === 'leveringsvorm')
  )
}

/** The leveringsvormen a page goes through from the cursor on, in the sort's order; none comes last (not when filtered). */
function leveringsvormen(desc: boolean, filter: readonly string[], cursor: CaseloadCursor | undefined): Array<string | null> {
  // ASCII codes: JavaScript's order is SQLite's BINARY order.
  const values: Array<string | null> = [...new Set(filter.length ? filter : LEVERINGSVORMEN)].sort()
  if (desc) values.reverse()
  if (!filter.length) values.push(null)
  if (!cursor) return values
  if (cursor.waarde === null) return values.includes(null) ? [null] : []
  const from = cursor.waarde
  return values.filter((v) => v === null || (desc ? v <= from : v >= from))
}

/**
 * A name search's page sorted on leveringsvorm: per leveringsvorm its hits walked in name order in
 * the rang index, the name and the leveringsvorm token matched together (a leveringsvorm filter
 * only chooses which are walked), each walk stopping once the page is full. Reads a page and at most
 * one bucket more per leveringsvorm, however many hits the name has (issue 15: 3–5 → 0.8 ms at 100k).
 */
export function readRangByValue(
  prepared: (sql: string) => Statement,
  q: QueryShape,
  desc: boolean,
  cursor: CaseloadCursor | undefined,
  want: number,
  filter: readonly string[],
): PageRow[] {
  const found: PageRow[] = []
  for (const waarde of leveringsvormen(desc, filter, cursor)) {
    const after = cursor !== undefined && cursor.waarde === waarde
    const token = waarde === null ? NO_LEVERINGSVORM_TOKEN : LEVERINGSVORM_TOKENS[waarde]
    const rows = prepared(rangPageSql(desc, after)).all({
      ...q.c.params,
      fts: `${q.c.name!.fts} AND lv : "${token}"`,
      limit: want + 1 - found.length,
      k_naam: cursor?.sortNaam,
      k_id: cursor?.id,
    }) as PageRow[]
    found.push(...rows.map((r) => ({ ...r, waarde })))
    if (found.length > want) break
  }
  return found
}
