import type { Db } from '../db/types'
import { statementCache } from '../db/statements'
import { optimiseNameIndexes } from '../db/nameIndexes'
import type { PullRow } from '../../shared/contracts/sync/protocol'
import type { OutboxRepo } from './outbox.repo'
import { fieldName, isLocalOnly, MAP_BY_ENTITY, type TableMap } from './tables'
import { BRIEFPAPIER_GID } from './capture'
import { searchKey, sortKey } from '../../shared/domain/names'
import { purgeRepo } from './purge.repo'

/** Parents before children, so a page can be applied in one pass as far as it goes (and an upload sends them so). */
export const APPLY_ORDER = [
  'adviseur',
  'ref_regio',
  'ref_gemeente',
  'ref_postcode',
  'referentiebedrag',
  'briefpapier',
  'gelijkgestelde_dag',
  'aanbieder',
  'locatie',
  'wachttijd',
  'locatie_historie',
  'client',
  'vertegenwoordiger',
  'indicatie',
  'leveringsvorm',
  'contactmoment',
  'aanvraag',
  'bezwaar',
  'taak',
  'toewijzing',
  'plan',
  'plan_versie',
  'brief',
  'brief_archief',
  'brief_verzending',
  'wachtlijst',
  'wachtlijst_gebeurtenis',
  'huisbezoek',
  'controle_overschrijving',
]
const rank = (entity: string) => {
  const i = APPLY_ORDER.indexOf(entity)
  return i === -1 ? APPLY_ORDER.length : i
}

export interface ApplyResult {
  /** Rows this database refused (a local rule such as a unique besluitnummer): kept with the reason. */
  refused: Array<{ row: PullRow; reason: string }>
  applied: number
  /** Dossiers removed because this device may no longer hold them. */
  purged: number
  /** Rows whose parent has not arrived yet: kept and tried again after the next page. */
  parked: PullRow[]
  /** Clients whose dossier changed: their task rules run again. */
  clients: Set<number>
}

/**
 * Writes the server's rows into the local tables (capture is off: these are not this workstation's
 * changes). Fields this workstation changed and has not had accepted yet are left alone: its own
 * change is on its way and the server merges it. The search keys of a client are derived here as they
 * are when an adviser saves one.
 */
export function createApplier(db: Db, repo: OutboxRepo, now: () => string, regioOf: (postcode: string) => string | null) {
  const prepared = statementCache(db)
  const purger = purgeRepo(db)
  const columnsOf = new Map<string, Array<{ name: string; notnull: number; dflt: unknown }>>()
  const columns = (table: string) => {
    let c = columnsOf.get(table)
    if (!c)
      columnsOf.set(table, (c = db.prepare('SELECT name, "notnull", dflt_value AS dflt FROM pragma_table_info(?)').all(table) as never))
    return c
  }

  /** Field values → column values; null when a referenced row is not here (yet). */
  function toColumns(map: TableMap, fields: Record<string, unknown>): Record<string, unknown> | null {
    const out: Record<string, unknown> = {}
    for (const { name } of columns(map.table)) {
      if (isLocalOnly(map, name)) continue
      const field = fieldName(map, name)
      if (!(field in fields)) continue
      const value = fields[field]
      const ref = map.refs?.[name]
      if (ref && value !== null) {
        const id = repo.idOf(ref[1], String(value))
        // An unknown colleague leaves the field empty; a missing parent row waits for its arrival.
        if (id === null && ref[1] !== 'adviseur') return null
        out[name] = id
      } else if (map.bools?.includes(name)) out[name] = value ? 1 : 0
      else if (map.blobs?.includes(name)) out[name] = value === null ? null : Buffer.from(String(value), 'base64')
      else out[name] = value
    }
    return out
  }

  function applyTableRow(map: TableMap, row: PullRow, result: ApplyResult): boolean {
    const existing = prepared(`SELECT * FROM ${map.table} WHERE gid = ?`).get(row.gid) as Record<string, unknown> | undefined
    if (row.deleted) {
      if (existing && !repo.hasUnsent(map.entity, row.gid)) prepared(`DELETE FROM ${map.table} WHERE gid = ?`).run(row.gid)
      return true
    }
    const values = toColumns(map, row.fields ?? {})
    if (!values) return false
    if (map.table === 'client') Object.assign(values, clientKeys(values, existing))
    const mine = repo.unsentFieldNames(map.entity, row.gid)
    const names = Object.keys(values).filter((c) => !mine.has(fieldName(map, c)))
    if (existing) {
      // Only what differs: an unchanged frozen row (an archived letter) must not even be touched.
      const changed = names.filter(
        (c) => JSON.stringify(existing[c] ?? null) !== JSON.stringify(values[c] ?? null) && !Buffer.isBuffer(values[c]),
      )
      if (changed.length) {
        const set = changed.map((c) => `${c} = @${c}`).join(', ')
        prepared(`UPDATE ${map.table} SET ${set} WHERE gid = @gid`).run({ ...pickCols(values, changed), gid: row.gid })
      }
    } else {
      const all = { ...values, ...localDefaults(map.table, values) }
      const cols = Object.keys(all)
      prepared(`INSERT INTO ${map.table} (gid, ${cols.join(', ')}) VALUES (@gid, ${cols.map((c) => `@${c}`).join(', ')})`).run({
        ...all,
        gid: row.gid,
      })
    }
    const clientId = map.table === 'client' ? repo.idOf('client', row.gid) : clientIdOf(map, row)
    if (map.table === 'client' && clientId !== null) {
      prepared('DELETE FROM client_naam_fts WHERE rowid = ?').run(clientId)
      prepared('INSERT INTO client_naam_fts (rowid, tekst) VALUES (?, ?)').run([clientId, values.zoeknaam])
    }
    if (clientId !== null) result.clients.add(clientId)
    return true
  }

  function localDefaults(table: string, values: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const { name, notnull, dflt } of columns(table)) {
      if (name in values || !notnull || dflt !== null || name === 'id' || name === 'gid') continue
      if (name === 'created_at' || name === 'updated_at') out[name] = now()
    }
    return out
  }

  /** A client's search keys and region follow from its name and postcode, as on a local save. */
  function clientKeys(values: Record<string, unknown>, existing: Record<string, unknown> | undefined) {
    const v = { ...existing, ...values } as Record<string, string>
    const zoeknaam = searchKey(
      [v.voornamen, v.voorvoegsel, v.achternaam, v.partner_voorvoegsel ?? '', v.partner_achternaam ?? ''].join(' '),
    )
    return {
      zoeknaam,
      sort_naam: sortKey({ voornamen: v.voornamen ?? '', achternaam: v.achternaam ?? '' }),
      regio_code: v.postcode ? regioOf(v.postcode) : null,
    }
  }

  function clientIdOf(map: TableMap, row: PullRow): number | null {
    if (!map.client) return null
    return row.clientGid ? repo.idOf('client', row.clientGid) : null
  }

  function applyAdviseur(row: PullRow): void {
    const f = row.fields as { naam: string; functie: string; afdeling: string; regioCode: string; actief: boolean }
    const id = repo.idOf('adviseur', row.gid)
    const values = { naam: f.naam, functie: f.functie || '—', afdeling: f.afdeling, regio_code: f.regioCode, actief: f.actief ? 1 : 0 }
    if (id !== null)
      prepared(
        'UPDATE adviseur SET naam = @naam, functie = @functie, afdeling = @afdeling, regio_code = @regio_code, actief = @actief WHERE id = @id',
      ).run({ ...values, id })
    else
      prepared(
        'INSERT INTO adviseur (gid, naam, functie, afdeling, regio_code, actief, created_at) VALUES (@gid, @naam, @functie, @afdeling, @regio_code, @actief, @at)',
      ).run({
        ...values,
        gid: row.gid,
        at: now(),
      })
  }

  /**
   * One row in its own savepoint: a row this database refuses (e.g. a besluitnummer another workstation
   * also used) must not stop the rest of the team's changes. Returns the reason when refused.
   */
  function guarded(fn: () => void): string | null {
    prepared('SAVEPOINT apply_row').run([])
    try {
      fn()
      prepared('RELEASE apply_row').run([])
      return null
    } catch (e) {
      prepared('ROLLBACK TO apply_row').run([])
      prepared('RELEASE apply_row').run([])
      if (String((e as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) return (e as Error).message
      throw e
    }
  }

  /** One page of pulled rows (and any parked ones), in dependency order. Caller owns the transaction. */
  function apply(rows: PullRow[]): ApplyResult {
    const result: ApplyResult = { applied: 0, purged: 0, parked: [], refused: [], clients: new Set() }
    for (const row of [...rows].sort((a, b) => rank(a.entity) - rank(b.entity) || a.seq - b.seq)) {
      let ok = true
      if (row.entity === 'adviseur') applyAdviseur(row)
      else if (row.entity === 'briefpapier') {
        if (row.gid === BRIEFPAPIER_GID && row.fields && !repo.hasUnsent('briefpapier', row.gid))
          repo.setSetting('briefpapier', JSON.stringify(row.fields))
      } else if (row.hidden) {
        // This device may no longer hold the dossier: it goes, and so does its row version.
        purger.purge(row.gid)
        result.purged++
        continue
      } else {
        const map = MAP_BY_ENTITY.get(row.entity)
        const reason = map ? guarded(() => (ok = applyTableRow(map, row, result))) : null
        if (reason) {
          result.refused.push({ row, reason })
          continue
        }
      }
      if (!ok) {
        result.parked.push(row)
        continue
      }
      repo.setVersion(row.entity, row.gid, row.version)
      result.applied++
    }
    return result
  }

  return {
    apply,
    /** After a large pull: the name indexes merged (db/nameIndexes.ts). Caller owns the transaction. */
    tidyNameIndexes: () => optimiseNameIndexes(db),
  }
}

const pickCols = (values: Record<string, unknown>, cols: string[]) => Object.fromEntries(cols.map((c) => [c, values[c]]))
