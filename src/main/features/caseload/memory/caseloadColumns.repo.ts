import type { Db } from '../../../db/types'
import type { ColumnRow } from './caseloadColumns'

/** The columns the caseload filters and sorts on: a write to any other column leaves the overview as it is. */
const WATCHED = [
  'sort_naam',
  'zoeknaam',
  'adviseur_id',
  'leveringsvorm',
  'zorgprofiel',
  'postcode',
  'geboortedatum',
  'eerste_deadline',
  'indicatie_einde',
  'buiten_regio',
  'urgent_wachtend',
]
const COLUMNS = ['id', ...WATCHED].join(', ')

/** The triggers and the statements, made at the first use: the cold start does not wait for them (~4 ms). */
function prepare(db: Db) {
  const note = (row: 'new' | 'old') => `INSERT OR IGNORE INTO temp.caseload_dirty (id) VALUES (${row}.id);`
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS caseload_dirty (id INTEGER PRIMARY KEY);
    CREATE TEMP TRIGGER IF NOT EXISTS caseload_dirty_insert AFTER INSERT ON main.client BEGIN ${note('new')} END;
    CREATE TEMP TRIGGER IF NOT EXISTS caseload_dirty_delete AFTER DELETE ON main.client BEGIN ${note('old')} END;
    CREATE TEMP TRIGGER IF NOT EXISTS caseload_dirty_update AFTER UPDATE OF ${WATCHED.join(', ')} ON main.client
      BEGIN ${note('old')} ${note('new')} END;
  `)
  return {
    slice: db.prepare(`SELECT ${COLUMNS} FROM client WHERE id > ? ORDER BY id LIMIT ?`),
    byIds: db.prepare(`SELECT ${COLUMNS} FROM client WHERE id IN (SELECT value FROM json_each(?))`),
    dirty: db.prepare('SELECT id FROM temp.caseload_dirty WHERE id > ? ORDER BY id LIMIT ?').pluck(),
    forget: db.prepare('DELETE FROM temp.caseload_dirty WHERE id IN (SELECT value FROM json_each(?))'),
    forgetRange: db.prepare('DELETE FROM temp.caseload_dirty WHERE id > ? AND id <= ?'),
    forgetAll: db.prepare('DELETE FROM temp.caseload_dirty'),
    version: db.prepare('PRAGMA data_version').pluck(),
    maxId: db.prepare('SELECT coalesce(max(id), 0) FROM client').pluck(),
  }
}

/**
 * The reads of the in-memory caseload columns, and where they learn what changed. Temporary
 * triggers (this connection only, gone when it closes) note every client this connection inserts,
 * deletes or changes in a watched column, whichever service or sync step writes it; a rolled-back
 * write takes its note with it. Writes of another connection are seen by PRAGMA data_version.
 * The triggers exist from the first call on, which is the build's (it reads every client after).
 */
export function caseloadColumnsRepo(db: Db) {
  let prepared: ReturnType<typeof prepare> | null = null
  const s = () => (prepared ??= prepare(db))
  return {
    open: () => db.open,
    inTransaction: () => db.inTransaction,
    /** Changes by other connections since the last call show as a new number. */
    dataVersion: () => s().version.get() as number,
    /** Up to `n` clients after `after` (by id) this connection changed since they were last taken. */
    dirty: (after: number, n: number) => s().dirty.all(after, n) as number[],
    /** Forgets the noted changes of these clients (their rows are read next). */
    forget: (ids: number[]) => void s().forget.run(JSON.stringify(ids)),
    /** Forgets the noted changes of the clients after `after` up to `last`. */
    forgetRange: (after: number, last: number) => void s().forgetRange.run(after, last),
    forgetAll: () => void s().forgetAll.run(),
    /** The largest client id (read from the end of the table). */
    maxId: () => s().maxId.get() as number,
    /** `n` clients after `from` in id order. */
    slice: (from: number, n: number) => s().slice.all(from, n) as ColumnRow[],
    /** These clients' rows (a deleted one is missing). */
    rows: (ids: number[]) => s().byIds.all(JSON.stringify(ids)) as ColumnRow[],
  }
}
export type CaseloadColumnsRepo = ReturnType<typeof caseloadColumnsRepo>
