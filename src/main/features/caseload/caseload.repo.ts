import type { Db } from '../../db/types'
import { statementCache } from '../../db/statements'
import { buildCaseloadWhere, SIGNAL_SQL, SORT_SQL, walkNameIndex } from './caseloadQuery'
import { SIGNALEN, type CaseloadView } from '../../../shared/contracts/caseload.routes'
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

/** Name searches count up to this many hits; above it the screen says "meer dan 1.000". */
export const COUNT_CAP = 1000
/** From this many hits (measured: "anna", 8,350 of 100k) walking the name index beats sorting the hits. */
const BROAD_SEARCH = 5000

/** Sort columns that can be empty; the others sort straight on their index. */
const NULLABLE_SORT: ReadonlySet<string> = new Set(['deadline', 'zorgprofiel', 'leveringsvorm'])

// Each signal is computed in SQL next to the row, so a page of 100 costs one indexed query.
const SIGNAL_COLUMNS = SIGNALEN.map((s) => `(${SIGNAL_SQL[s]}) AS s_${s}`).join(', ')

/** The caseload query (one page of rows with their signals, and the count) and the saved views. */
export function caseloadRepo(db: Db) {
  // The SQL text depends only on the shape of the query (which filters, which sort): cached per shape.
  const prepared = statementCache(db)
  const views = db.prepare('SELECT id, naam, config FROM caseload_view WHERE adviseur_id = ? ORDER BY naam')
  const saveView = db.prepare(
    `INSERT INTO caseload_view (adviseur_id, naam, config, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (adviseur_id, naam) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at
     RETURNING id, naam, config`,
  )
  const deleteView = db.prepare('DELETE FROM caseload_view WHERE id = ? AND adviseur_id = ?')
  const viewRow = (r: { id: number; naam: string; config: string }): CaseloadView => ({
    id: r.id,
    naam: r.naam,
    config: JSON.parse(r.config) as CaseloadView['config'],
  })

  function page(input: RouteArgs<'caseload.query'>, today: string, userId: number | null) {
    const { where, params, nameSearch, onlyNameSearch } = buildCaseloadWhere(input.zoek, input.filter, today, userId)
    const col = SORT_SQL[input.sort.kolom]
    const dir = input.sort.richting === 'desc' ? 'DESC' : 'ASC'
    // Empty values sort last in both directions: `(col IS NULL)` first matches the expression indexes.
    // The name order must not repeat sort_naam: a duplicated term makes SQLite sort in a temp B-tree.
    const order =
      input.sort.kolom === 'naam'
        ? `c.sort_naam ${dir}, c.id ${dir}`
        : `${NULLABLE_SORT.has(input.sort.kolom) ? `(${col} IS NULL), ` : ''}${col} ${dir}, c.sort_naam, c.id`
    // The adviser is only joined when a condition looks at the adviser's region.
    const from = where.includes('a.') ? 'FROM client c LEFT JOIN adviseur a ON a.id = c.adviseur_id' : 'FROM client c'
    // A name search is counted up to a cap ("meer dan 1.000"): counting every hit of "anna" in a
    // large register costs more than the page itself, and nobody scrolls through thousands.
    const total = onlyNameSearch
      ? (prepared('SELECT count(*) FROM client_naam_fts WHERE client_naam_fts MATCH @fts').pluck().get(params) as number)
      : nameSearch
        ? (prepared(`SELECT count(*) FROM (SELECT 1 ${from} ${where} LIMIT ${COUNT_CAP + 1})`)
            .pluck()
            .get(params) as number)
        : (prepared(`SELECT count(*) ${from} ${where}`).pluck().get(params) as number)
    const broad = nameSearch && total > BROAD_SEARCH
    // Two steps: the page's ids through (covering) indexes, then only those rows in full.
    const ids = prepared(`SELECT c.id ${from} ${broad ? walkNameIndex(where) : where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
      .pluck()
      .all({ ...params, limit: input.limit, offset: input.offset }) as number[]
    const byId = new Map(
      (ids.length
        ? (prepared(
            `SELECT c.id, c.bsn, c.voornamen, c.voorvoegsel, c.achternaam, c.geboortedatum, c.postcode, c.woonplaats, c.zorgprofiel,
               c.leveringsvorm, c.adviseur_id, a.naam AS adviseur_naam, c.eerste_deadline, c.open_taken, c.geheim, ${SIGNAL_COLUMNS}
             FROM client c LEFT JOIN adviseur a ON a.id = c.adviseur_id WHERE c.id IN (SELECT value FROM json_each(@ids))`,
          ).all({ ...params, ids: JSON.stringify(ids) }) as CaseloadDbRow[])
        : []
      ).map((r) => [r.id, r]),
    )
    return { rows: ids.map((id) => byId.get(id)!), total, nameSearch, onlyNameSearch }
  }

  return {
    page,
    views: (adviseurId: number) => (views.all(adviseurId) as Array<{ id: number; naam: string; config: string }>).map(viewRow),
    saveView: (adviseurId: number, naam: string, config: string, now: string) =>
      viewRow(saveView.get(adviseurId, naam, config, now, now) as { id: number; naam: string; config: string }),
    deleteView: (id: number, adviseurId: number) => deleteView.run(id, adviseurId).changes === 1,
  }
}
export type CaseloadRepo = ReturnType<typeof caseloadRepo>
