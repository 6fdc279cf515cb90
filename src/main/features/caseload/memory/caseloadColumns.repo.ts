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

/**
 * The reads of the in-memory caseload columns, and where they learn what changed. Temporary
 * triggers (this connection only, gone when it closes) note every client this connection inserts,
 * deletes or changes in a watched column, whichever service or sync step writes it; a rolled-back
 * write takes its note with it. Writes of another connection are seen by PRAGMA data_version.
 */
export function caseloadColumnsRepo(db: Db) {
  const note = (row: 'new' | 'old') => `INSERT OR IGNORE INTO temp.caseload_dirty (id) VALUES (${row}.id);`
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS caseload_dirty (id INTEGER PRIMARY KEY);
    CREATE TEMP TRIGGER IF NOT EXISTS caseload_dirty_insert AFTER INSERT ON main.client BEGIN ${note('new')} END;
    CREATE TEMP TRIGGER IF NOT EXISTS caseload_dirty_delete AFTER DELETE ON main.client BEGIN ${note('old')} END;
    CREATE TEMP TRIGGER IF NOT EXISTS caseload_dirty_update AFTER UPDATE OF ${WATCHED.join(', ')} ON main.client
      BEGIN ${note('old')} ${note('new')} END;
  `)
  const slice = db.prepare(`SELECT ${COLUMNS} FROM client WHERE id > ? ORDER BY id LIMIT ?`)
  const byIds = db.prepare(`SELECT ${COLUMNS} FROM client WHERE id IN (SELECT value FROM json_each(?))`)
  const dirty = db.prepare('SELECT id FROM temp.caseload_dirty WHERE id > ? ORDER BY id LIMIT ?').pluck()
  const forget = db.prepare('DELETE FROM temp.caseload_dirty WHERE id IN (SELECT value FROM json_each(?))')
  const forgetRange = db.prepare('DELETE FROM temp.caseload_dirty WHERE id > ? AND id <= ?')
  const forgetAll = db.prepare('DELETE FROM temp.caseload_dirty')
  const version = db.prepare('PRAGMA data_version').pluck()
  const maxId = db.prepare('SELECT coalesce(max(id), 0) FROM client').pluck()
  return {
    open: () => db.open,
    inTransaction: () => db.inTransaction,
    /** Changes by other connections since the last call show as a new number. */
    dataVersion: () => version.get() as number,
    /** Up to `n` clients after `after` (by id) this connection changed since they were last taken. */
    dirty: (after: number, n: number) => dirty.all(after, n) as number[],
    /** Forgets the noted changes of these clients (their rows are read next). */
    forget: (ids: number[]) => void forget.run(JSON.stringify(ids)),
    /** Forgets the noted changes of the clients after `after` up to `last`. */
    forgetRange: (after: number, last: number) => void forgetRange.run(after, last),
    forgetAll: () => void forgetAll.run(),
    /** The largest client id (read from the end of the table). */
    maxId: () => maxId.get() as number,
    /** `n` clients after `from` in id order. */
    slice: (from: number, n: number) => slice.all(from, n) as ColumnRow[],
    /** These clients' rows (a deleted one is missing). */
    rows: (ids: number[]) => byIds.all(JSON.stringify(ids)) as ColumnRow[],
  }
}
export type CaseloadColumnsRepo = ReturnType<typeof caseloadColumnsRepo>
