import type { Db } from '../../db/types'

// Rows in rowid order: every leaf page of the table is read once (NOT INDEXED: the table itself, not a covering index).
export const TABLE_SLICE = `SELECT max(id) AS last, count(*) AS n FROM (SELECT id FROM client NOT INDEXED WHERE id > @from ORDER BY id LIMIT @n)`
// The name order from where the previous slice ended (the index leads with sort_naam, id).
export const NAME_SLICE = `SELECT sort_naam AS naam, id FROM client INDEXED BY client_by_sort_naam
  WHERE (sort_naam, id) > (@naam, @id) ORDER BY sort_naam, id LIMIT 1 OFFSET @n - 1`

/** The reads of the caseload cache warmer (cacheWarmer.ts), prepared on first use. */
export function cacheWarmRepo(db: Db) {
  let table: ReturnType<Db['prepare']> | null = null
  let names: ReturnType<Db['prepare']> | null = null
  return {
    open: () => db.open,
    /** `n` rows after `from` in rowid order: the last id read and how many there were. */
    tableSlice: (from: number, n: number) => (table ??= db.prepare(TABLE_SLICE)).get({ from, n }) as { last: number | null; n: number },
    /** The name-order entry `n` entries after (naam, id); undefined when fewer are left. */
    nameSlice: (naam: string, id: number, n: number) =>
      (names ??= db.prepare(NAME_SLICE)).get({ naam, id, n }) as { naam: string; id: number } | undefined,
  }
}
export type CacheWarmRepo = ReturnType<typeof cacheWarmRepo>
