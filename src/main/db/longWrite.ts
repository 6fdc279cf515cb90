import type { Db } from './types'

/**
 * After a worker's long write (the provider import): its WAL is copied into the database by that
 * worker, not by the main thread's next small COMMIT (2.8 s after a 120,000-row import). PASSIVE never
 * waits for readers; what it cannot copy now, SQLite's next automatic checkpoint does.
 */
export function checkpointWal(db: Db): void {
  db.pragma('wal_checkpoint(PASSIVE)')
}
