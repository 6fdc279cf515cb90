import type { Db } from './types'

/**
 * After a worker's long write (the provider import) has been answered: its WAL copied into the
 * database by that worker, not by the main thread's next small COMMIT (2.8 s after a 120,000-row
 * import), and the connection closed. PASSIVE takes no write lock, so the main thread's writes go on
 * meanwhile: a TRUNCATE here held it, and a main-thread transaction that had begun by reading then
 * failed with "database is locked". Once every frame is copied, the next write starts the WAL from its
 * beginning; the file is cut back at close. Should the copy not finish, SQLite's next checkpoint does
 * the rest: nothing is lost, the data was durable at COMMIT.
 */
export function copyWalAndClose(db: Db): void {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch {
    // See above: only the copy waits, not the data.
  } finally {
    db.close()
  }
}
