import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { SettledAudit } from '../audit/searchAudit'
import type { TaskSync } from '../taken/taken.sync'
import { buildCaseloadWhere, SIGNAL_SQL, SORT_SQL, walkNameIndex } from './caseloadQuery'
import { SIGNALEN, type CaseloadRow, type CaseloadView, type Signaal } from '../../../shared/contracts/caseload.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { maskBsn } from '../../../shared/domain/bsn'
import { sortName } from '../../../shared/domain/names'

interface Row {
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
const COUNT_CAP = 1000
/** From this many hits (measured: "anna", 8,350 of 100k) walking the name index beats sorting the hits. */
const BROAD_SEARCH = 5000

/** Sort columns that can be empty; the others sort straight on their index. */
const NULLABLE_SORT: ReadonlySet<string> = new Set(['deadline', 'zorgprofiel', 'leveringsvorm'])

// Each signal is computed in SQL next to the row, so a page of 100 costs one indexed query.
const SIGNAL_COLUMNS = SIGNALEN.map((s) => `(${SIGNAL_SQL[s]}) AS s_${s}`).join(', ')

export function createCaseloadService(deps: {
  db: Db
  clock: Clock
  audit: Audit
  settledAudit: SettledAudit
  sync: TaskSync
  currentUserId: () => number | null
}) {
  const { db, clock, audit } = deps
  const statements = new Map<string, ReturnType<Db['prepare']>>()
  // The SQL text depends only on the shape of the query (which filters, which sort): cache per shape.
  const prepared = (sql: string) => {
    let s = statements.get(sql)
    if (!s) {
      s = db.prepare(sql)
      statements.set(sql, s)
    }
    return s
  }

  function query(input: RouteArgs<'caseload.query'>): { rows: CaseloadRow[]; total: number; totalCapped: boolean } {
    const today = clock.today()
    const { where, params, nameSearch, onlyNameSearch } = buildCaseloadWhere(input.zoek, input.filter, today, deps.currentUserId())
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
          ).all({ ...params, ids: JSON.stringify(ids) }) as Row[])
        : []
      ).map((r) => [r.id, r]),
    )
    // NEN 7513: a search over client data is logged once it settles (never the search text: it may be a BSN).
    if (input.zoek.trim()) deps.settledAudit.note({ event: 'client.search', action: 'R', details: { results: total } })
    return {
      total: nameSearch && !onlyNameSearch ? Math.min(total, COUNT_CAP) : total,
      totalCapped: nameSearch && !onlyNameSearch && total > COUNT_CAP,
      rows: ids
        .map((id) => byId.get(id)!)
        .map((r) => ({
          id: r.id,
          naam: sortName(r),
          geboortedatum: r.geboortedatum,
          bsnMasked: maskBsn(r.bsn),
          postcode: r.postcode,
          woonplaats: r.woonplaats,
          zorgprofiel: r.zorgprofiel,
          leveringsvorm: r.leveringsvorm,
          adviseurId: r.adviseur_id,
          adviseurNaam: r.adviseur_naam,
          eersteDeadline: r.eerste_deadline,
          openTaken: r.open_taken,
          geheim: r.geheim === 1,
          signalen: SIGNALEN.filter((s: Signaal) => r[`s_${s}`] === 1),
        })),
    }
  }

  function reassign(input: RouteArgs<'caseload.reassign'>): { aantal: number } {
    return db.transaction(() => {
      const target = db.prepare('SELECT id FROM adviseur WHERE id = ? AND actief = 1').get(input.naarAdviseurId)
      if (!target) throw new AppError('NOT_FOUND', 'Deze adviseur bestaat niet of is niet meer actief.')
      const current = db.prepare('SELECT adviseur_id FROM client WHERE id = ?').pluck()
      const move = db.prepare('UPDATE client SET adviseur_id = ?, version = version + 1, updated_at = ? WHERE id = ?')
      const log = db.prepare(
        'INSERT INTO toewijzing (client_id, van_adviseur_id, naar_adviseur_id, reden, door_adviseur_id, at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      const now = clock.now().toISOString()
      let aantal = 0
      for (const id of new Set(input.clientIds)) {
        const from = current.get(id) as number | null | undefined
        if (from === undefined) throw new AppError('NOT_FOUND', 'Een van de gekozen cliënten bestaat niet (meer). Er is niets gewijzigd.')
        if (from === input.naarAdviseurId) continue
        move.run(input.naarAdviseurId, now, id)
        log.run(id, from, input.naarAdviseurId, input.reden, deps.currentUserId(), now)
        // The adviser's region decides the verhuizing task and the outside-region signal.
        deps.sync.sync(id)
        audit.record({ event: 'client.reassign', action: 'U', clientId: id, details: { naar: input.naarAdviseurId } })
        aantal++
      }
      return { aantal }
    })()
  }

  const viewRow = (r: { id: number; naam: string; config: string }): CaseloadView => ({
    id: r.id,
    naam: r.naam,
    config: JSON.parse(r.config) as CaseloadView['config'],
  })

  function me(): number {
    const id = deps.currentUserId()
    if (id === null) throw new AppError('NOT_READY', 'Maak eerst uw profiel aan.')
    return id
  }

  return {
    query,
    reassign,
    views: () =>
      (
        db.prepare('SELECT id, naam, config FROM caseload_view WHERE adviseur_id = ? ORDER BY naam').all(me()) as Array<{
          id: number
          naam: string
          config: string
        }>
      ).map(viewRow),
    saveView(input: RouteArgs<'caseload.views.save'>): CaseloadView {
      const now = clock.now().toISOString()
      const row = db
        .prepare(
          `INSERT INTO caseload_view (adviseur_id, naam, config, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (adviseur_id, naam) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at
           RETURNING id, naam, config`,
        )
        .get(me(), input.naam, JSON.stringify(input.config), now, now) as { id: number; naam: string; config: string }
      return viewRow(row)
    },
    deleteView(id: number): { ok: true } {
      const changes = db.prepare('DELETE FROM caseload_view WHERE id = ? AND adviseur_id = ?').run(id, me()).changes
      if (!changes) throw new AppError('NOT_FOUND', 'Deze weergave bestaat niet (meer).')
      return { ok: true }
    },
  }
}
export type CaseloadService = ReturnType<typeof createCaseloadService>
