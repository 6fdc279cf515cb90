import { open } from 'node:fs/promises'
import type { Db } from './types'

/**
 * Settings for one transaction that spans many turns of the event loop (unit of work, runChunked).
 * With the normal 64 MB page cache every changed page of a 120,000-row import waits for COMMIT, which
 * then encrypts, writes and fsyncs them all at once: a stall of the main thread. A smaller cache makes
 * SQLite spill changed pages into the WAL while the chunks run. Not too small: at 4 MB the random
 * inserts into the gid and pc4 indexes kept reading (and decrypting) evicted pages back from the WAL,
 * 8.2 s of main-thread CPU for 120,000 rows against 4.9 s at 16 MB. The automatic checkpoint is held off
 * so COMMIT does not then copy the whole WAL into the database on the main thread either (the
 * caller checkpoints off the main thread afterwards). Returns the functions that restore each.
 */
export function longWritePragmas(db: Db): { restoreCache(): void; restoreCheckpoint(): void } {
  const cache = db.pragma('cache_size', { simple: true }) as number
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number
  db.pragma('cache_size = -16384')
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

/**
 * Flushes the WAL file to disk on libuv's thread pool (fdatasync), so the main thread's COMMIT that
 * follows only has to sync the pages written since. An in-memory database has no WAL: nothing to do.
 */
export async function flushWal(db: Db): Promise<void> {
  if (db.memory) return
  const file = await open(`${db.name}-wal`, 'r+').catch(() => null)
  if (!file) return
  try {
    await file.datasync()
  } finally {
    await file.close()
  }
}
