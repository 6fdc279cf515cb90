import type { Db } from './types'

/**
 * Where each synced table gets its global id (`gid`) and how a change to it is noticed. Ids of rows
 * every workstation makes for itself from the same data (seeded tariffs, reference sets, generated
 * tasks, providers from the same file) are derived from their natural key, so they meet as one row on
 * the server; the rest are UUIDv7, made offline. `$` stands for the row (NEW. in a trigger).
 */
export interface CaptureSpec {
  table: string
  entity: string
  /** SQL for a new row's gid, or 'explicit' when every INSERT names it (frozen-at-insert tables). */
  gid: string
  /**
   * The primary key's columns, for a table without rowid: its key in sync_pending is them joined by
   * '|', and the gid trigger finds the new row by them (through the primary key). Rowid otherwise.
   */
  keyColumns?: readonly string[]
  /** Only rows matching this (e.g. one setting) are captured. */
  when?: string
}

const uuid = 'wlz_uuid7()'
const derived = (entity: string, expr: string) => `wlz_derived_gid('${entity}', ${expr})`

/** The synced tables as migration 7 found them (later migrations add their own; see ALL_CAPTURED). */
export const CAPTURED_V7: readonly CaptureSpec[] = [
  { table: 'client', entity: 'client', gid: uuid },
  { table: 'vertegenwoordiger', entity: 'vertegenwoordiger', gid: uuid },
  { table: 'indicatie', entity: 'indicatie', gid: uuid },
  { table: 'leveringsvorm', entity: 'leveringsvorm', gid: uuid },
  { table: 'contactmoment', entity: 'contactmoment', gid: uuid },
  { table: 'aanvraag', entity: 'aanvraag', gid: uuid },
  { table: 'bezwaar', entity: 'bezwaar', gid: uuid },
  {
    table: 'taak',
    entity: 'taak',
    // A generated task has the same gid on every workstation: client gid + sleutel (ids.ts taakGid).
    gid: `CASE WHEN $.regel = 'handmatig' THEN ${uuid} ELSE wlz_derived_gid('taak:' || (SELECT gid FROM client WHERE id = $.client_id), $.sleutel) END`,
  },
  { table: 'toewijzing', entity: 'toewijzing', gid: uuid },
  { table: 'plan', entity: 'plan', gid: uuid },
  { table: 'plan_versie', entity: 'plan_versie', gid: uuid },
  { table: 'brief', entity: 'brief', gid: uuid },
  { table: 'brief_archief', entity: 'brief_archief', gid: 'explicit' },
  { table: 'brief_verzending', entity: 'brief_verzending', gid: 'explicit' },
  { table: 'wachtlijst', entity: 'wachtlijst', gid: uuid },
  { table: 'wachtlijst_gebeurtenis', entity: 'wachtlijst_gebeurtenis', gid: uuid },
  { table: 'huisbezoek', entity: 'huisbezoek', gid: uuid },
  { table: 'ref_regio', entity: 'ref_regio', gid: derived('ref_regio', `$.zk_code || '|' || $.geldig_vanaf`) },
  { table: 'ref_gemeente', entity: 'ref_gemeente', gid: derived('ref_gemeente', `$.gemeentecode || '|' || $.geldig_vanaf`) },
  { table: 'ref_postcode', entity: 'ref_postcode', gid: derived('ref_postcode', `$.pc4 || '|' || $.geldig_vanaf`) },
  {
    table: 'referentiebedrag',
    entity: 'referentiebedrag',
    gid: derived('referentiebedrag', `$.soort || '|' || $.sleutel || '|' || $.geldig_vanaf`),
  },
  { table: 'aanbieder', entity: 'aanbieder', gid: derived('aanbieder', '$.kvk') },
  { table: 'locatie', entity: 'locatie', gid: derived('locatie', '$.vestigingsnummer') },
  {
    table: 'wachttijd',
    entity: 'wachttijd',
    gid: derived('wachttijd', `(SELECT gid FROM locatie WHERE id = $.locatie_id) || '|' || $.zorgprofiel`),
    keyColumns: ['locatie_id', 'zorgprofiel'],
  },
  { table: 'locatie_historie', entity: 'locatie_historie', gid: uuid },
  { table: 'audit_log', entity: 'audit', gid: 'explicit' },
  { table: 'adviseur', entity: 'adviseur', gid: uuid },
]

/** Tables added by migration 8 (issue 12): the decreed days and the recorded check overrides. */
export const CAPTURED_V8: readonly CaptureSpec[] = [
  { table: 'gelijkgestelde_dag', entity: 'gelijkgestelde_dag', gid: derived('gelijkgestelde_dag', '$.datum') },
  { table: 'controle_overschrijving', entity: 'controle_overschrijving', gid: uuid },
]

export const ALL_CAPTURED: readonly CaptureSpec[] = [...CAPTURED_V7, ...CAPTURED_V8]

const at = (expr: string, row: 'NEW' | 'OLD' | '') => expr.replaceAll('$.', row ? `${row}.` : '')

/** Columns of a table that fit in JSON (BLOBs such as an archived PDF never change and are left out). */
function jsonColumns(db: Db, table: string): string[] {
  const cols = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as Array<{ name: string; type: string }>
  return cols.filter((c) => c.type.toUpperCase() !== 'BLOB').map((c) => c.name)
}

/**
 * The triggers that give new rows their gid and note each change while capture is on: one row per
 * touched record in sync_pending, holding the record as it was before this transaction touched it
 * (INSERT OR IGNORE keeps the first). The unit of work turns those into outbox changes.
 * A migration that adds columns to a synced table must call this again for it.
 */
export function captureTriggers(db: Db, spec: CaptureSpec): string {
  const { table, entity } = spec
  const key = spec.keyColumns ? spec.keyColumns.map((c) => `$.${c}`).join(` || '|' || `) : '$.rowid'
  const when = spec.when ? ` AND ${at(spec.when, 'NEW')}` : ''
  const whenOld = spec.when ? ` AND ${at(spec.when, 'OLD')}` : ''
  const old = `json_object(${jsonColumns(db, table)
    .map((c) => `'${c}', OLD.${c}`)
    .join(', ')})`
  const pending = (row: 'NEW' | 'OLD', value: string) =>
    `INSERT OR IGNORE INTO sync_pending (entity, row_key, old) VALUES ('${entity}', CAST(${at(key, row)} AS TEXT), ${value});`
  // By the key's own columns, not by the key's expression: `a || '|' || b = …` can use no index, and
  // the gid trigger then scanned the whole table for every inserted row (a 10,000-location import 16 s).
  const where = spec.keyColumns ? spec.keyColumns.map((c) => `${c} = NEW.${c}`).join(' AND ') : 'rowid = NEW.rowid'
  const gidTrigger =
    spec.gid === 'explicit'
      ? `CREATE TRIGGER ${table}_gid_required BEFORE INSERT ON ${table} WHEN NEW.gid IS NULL
           BEGIN SELECT RAISE(ABORT, '${table}: gid ontbreekt'); END;`
      : `CREATE TRIGGER ${table}_gid AFTER INSERT ON ${table} WHEN NEW.gid IS NULL
           BEGIN UPDATE ${table} SET gid = ${at(spec.gid, 'NEW')} WHERE ${where}; END;`
  return /* sql */ `
    DROP TRIGGER IF EXISTS ${table}_gid;
    DROP TRIGGER IF EXISTS ${table}_gid_required;
    DROP TRIGGER IF EXISTS ${table}_capture_insert;
    DROP TRIGGER IF EXISTS ${table}_capture_update;
    DROP TRIGGER IF EXISTS ${table}_capture_delete;
    ${gidTrigger}
    CREATE TRIGGER ${table}_capture_insert AFTER INSERT ON ${table} WHEN wlz_capture()${when}
      BEGIN ${pending('NEW', 'NULL')} END;
    -- The gid trigger's own update (OLD.gid still empty) is part of the insert, not a change.
    CREATE TRIGGER ${table}_capture_update AFTER UPDATE ON ${table} WHEN wlz_capture() AND OLD.gid IS NOT NULL${whenOld}
      BEGIN ${pending('OLD', old)} END;
    CREATE TRIGGER ${table}_capture_delete AFTER DELETE ON ${table} WHEN wlz_capture()${whenOld}
      BEGIN ${pending('OLD', old)} END;`
}

/** Gives every existing row its gid, the way the trigger would have (used once, by migration 7). */
export function backfillGids(db: Db, spec: CaptureSpec): void {
  const expr = spec.gid === 'explicit' ? 'wlz_uuid7()' : spec.gid.replaceAll('$.', `${spec.table}.`)
  // A derived gid may read another table's gid (a task reads its client's): those are filled first.
  db.exec(`UPDATE ${spec.table} SET gid = ${expr} WHERE gid IS NULL`)
}
