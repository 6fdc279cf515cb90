import type { Db } from './types'

/**
 * After a worker's long write (the provider import): its WAL is copied into the database and the file
 * cut back to nothing by that worker, not by the main thread's next small COMMIT (2.8 s after a
 * 120,000-row import). TRUNCATE waits (busy timeout) for a reader of the main connection to finish;
 * should it still fail, SQLite's next automatic checkpoint does the rest and nothing is lost.
 */
export function checkpointWal(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)')
}
