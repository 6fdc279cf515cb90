import type { Db } from './types'

/**
 * Settings for one transaction that spans many turns of the event loop (unit of work, runChunked).
 * With the normal 64 MB page cache every changed page of a 120,000-row import waits for COMMIT, which
 * then encrypts, writes and fsyncs them all at once: a stall of the main thread. A small cache makes
 * SQLite spill changed pages into the WAL while the chunks run; the automatic checkpoint is held off
 * so COMMIT does not then copy the whole WAL into the database on the main thread either (the
 * caller checkpoints off the main thread afterwards). Returns the functions that restore each.
 */
export function longWritePragmas(db: Db): { restoreCache(): void; restoreCheckpoint(): void } {
  const cache = db.pragma('cache_size', { simple: true }) as number
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number
  db.pragma('cache_size = -4096')
  db.pragma('wal_autocheckpoint = 0')
  return {
    restoreCache: () => void db.pragma(`cache_size = ${cache}`),
    // Only once the worker's checkpoint is done: the next small COMMIT would otherwise copy the whole
    // WAL into the database itself, on the main thread (2.8 s after a 120,000-row import).
    restoreCheckpoint: () => void (db.open && db.pragma(`wal_autocheckpoint = ${autocheckpoint}`)),
  }
}

/** The checkpoint a long write held off, run on a connection of its own in a worker (PASSIVE: never waits). */
export function checkpointWal(db: Db): void {
  db.pragma('wal_checkpoint(PASSIVE)')
}
