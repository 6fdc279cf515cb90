import { closeSync, openSync, readSync } from 'node:fs'
import { endianness } from 'node:os'

// The wal-index header at the start of the `-shm` file (https://www.sqlite.org/walformat.html §2.2):
// two copies of a 48-byte header (iVersion at 0, isInit at 12, mxFrame at 16: the last valid frame)
// and then the checkpoint info (nBackfill at 96: frames already copied into the database file), in
// the machine's byte order. Processes of different SQLite versions share this file, so its layout is
// fixed. Only the app's own heuristics read it; SQLite keeps using its own mapping.
const HEADER_BYTES = 136
const WAL_INDEX_VERSION = 3007000
const LITTLE_ENDIAN = endianness() === 'LE'

export interface WalIndexReader {
  /**
   * How many committed frames in the WAL are not yet in the database file, read without touching
   * the connection (no lock, no checkpoint): null when there is no wal-index (yet), or a writer was
   * changing its header at that moment.
   */
  framesToCheckpoint(): number | null
  /** Only after the database connection of this process is closed (see below). */
  close(): void
}

/**
 * Reads the wal-index of `dbFile` through one file descriptor, opened once and kept until `close`.
 * It must never be closed while the process's own connection is open: on POSIX, closing any
 * descriptor of a file drops every fcntl lock the process holds on that file, SQLite's locks on the
 * `-shm` included. A reader that opened and closed the file at each look let a checkpoint process
 * believe no one else had the database open: it reset the wal-index under the app, which died of a
 * SIGBUS (seen in the bench's refresh probe; test/checkpointer.test.ts checks the locks stay).
 * Windows locks are per handle, so there it is merely tidy.
 */
export function openWalIndex(dbFile: string): WalIndexReader {
  const header = Buffer.alloc(HEADER_BYTES)
  let fd: number | null = null
  const u32 = (at: number) => (LITTLE_ENDIAN ? header.readUInt32LE(at) : header.readUInt32BE(at))
  return {
    framesToCheckpoint() {
      if (fd === null) {
        try {
          fd = openSync(`${dbFile}-shm`, 'r')
        } catch {
          return null
        }
      }
      if (readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES) return null
      if (u32(0) !== WAL_INDEX_VERSION || header[12] !== 1) return null
      // The two copies differ only while a writer changes them (SQLite's readers then retry).
      if (!header.subarray(0, 48).equals(header.subarray(48, 96))) return null
      return Math.max(0, u32(16) - u32(96))
    },
    close() {
      if (fd !== null) closeSync(fd)
      fd = null
    },
  }
}
