import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/main/db/connection'
import {
  BACKGROUND_FRAMES,
  IDLE_MS,
  MAIN_THREAD_FRAMES,
  SQLITE_DEFAULT_FRAMES,
  createCheckpointer,
  type CheckpointerDeps,
} from '../src/main/db/checkpointer'
import { checkpointProcess, startCheckpointProcess, type CheckpointProcess } from '../src/main/db/checkpointProcess'
import { forkNode, runIntegrityCheck, trackProcesses, type JobProcess } from '../src/main/db/integrity'
import type { Db } from '../src/main/db/types'
import { openWalIndex, type WalIndexReader } from '../src/main/db/walIndex'
import { memoryLogger } from '../src/main/lib/log'
import { INTEGRITY_WORKER, tempDir } from './helpers/backend'

const KEY = Buffer.alloc(32, 9)
const ROW = 'x'.repeat(3000)
const cleanup: Array<() => void> = []
afterEach(() =>
  cleanup
    .splice(0)
    .reverse()
    .forEach((f) => f()),
)

/** An encrypted database in WAL mode, as the app opens it, with its wal-index reader and process tracker. */
function database(): {
  db: Db
  file: string
  wal: WalIndexReader
  jobs: { workerUrl: URL; launch: ReturnType<typeof trackProcesses>['launch'] }
} {
  const file = join(tempDir('wlz-ckpt-'), 'werkplek.db')
  const db = openDatabase(file, KEY)
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)')
  // The table itself in the file, so the file alone can be read (rowsInFileAlone).
  db.pragma('wal_checkpoint(TRUNCATE)')
  const wal = openWalIndex(file)
  const processes = trackProcesses(forkNode)
  cleanup.push(() => {
    processes.killAll()
    db.close()
    wal.close()
  })
  return { db, file, wal, jobs: { workerUrl: INTEGRITY_WORKER, launch: processes.launch } }
}

/** Rows of ~3 KB, one transaction each, as an adviser's saves are: a frame or more each. */
function write(db: Db, n: number): void {
  const insert = db.prepare('INSERT INTO t (x) VALUES (?)')
  for (let i = 0; i < n; i++) insert.run(ROW)
}

function checkpointer(over: Partial<CheckpointerDeps> & Pick<CheckpointerDeps, 'db'>) {
  const log = memoryLogger()
  const c = createCheckpointer({ pending: () => null, start: () => fail(), readOnly: () => false, log, ...over })
  cleanup.push(() => c.stop())
  return { c, log }
}

function fail(): never {
  throw new Error('geen proces in deze test')
}

/** The rows the database file holds without its WAL: what a checkpoint copied there. */
function rowsInFileAlone(file: string): number {
  const copy = join(tempDir('wlz-ckpt-copy-'), 'alleen.db')
  copyFileSync(file, copy)
  const db = openDatabase(copy, KEY, { readonly: true })
  try {
    return db.prepare('SELECT count(*) FROM t').pluck().get() as number
  } finally {
    db.close()
  }
}

describe('the WAL copied into the database file by a process of its own (issue 15: the morning refresh)', () => {
  it('reads how many frames wait for a checkpoint from the wal-index, as SQLite counts them', () => {
    const { db, file, wal } = database()
    write(db, 40)
    const waiting = wal.framesToCheckpoint()
    expect(waiting).toBeGreaterThanOrEqual(40)
    // A second connection's checkpoint reports the same number of frames in the log.
    const other = openDatabase(file, KEY)
    const [r] = other.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>
    other.close()
    expect(r!.log).toBe(waiting)
    expect(wal.framesToCheckpoint()).toBe(0)
    expect(openWalIndex(join(tempDir(), 'nergens.db')).framesToCheckpoint()).toBeNull()
  })

  it("never drops this process's SQLite locks on the wal-index by reading it", () => {
    const { db, file, wal } = database()
    write(db, 5)
    // POSIX fcntl locks of this process on the -shm file (Linux: /proc/locks; 'POSIX' lines name pid and inode).
    const locks = () => {
      const inode = statSync(`${file}-shm`).ino
      return readFileSync('/proc/locks', 'utf8')
        .split('\n')
        .filter((l) => l.includes('POSIX') && l.split(/\s+/)[4] === String(process.pid) && l.split(/\s+/)[5]?.endsWith(`:${inode}`)).length
    }
    const held = locks()
    // SQLite holds at least its "dead man switch" lock, which tells other processes the index is live.
    expect(held).toBeGreaterThan(0)
    for (let i = 0; i < 3; i++) expect(wal.framesToCheckpoint()).toBeGreaterThan(0)
    // Closing a descriptor of the file would have dropped them all (walIndex.ts).
    expect(locks()).toBe(held)
  })

  it('keeps the main connection from checkpointing and copies the WAL in the background', async () => {
    const { db, file, wal, jobs } = database()
    const started: CheckpointProcess[] = []
    const { c } = checkpointer({
      db,
      pending: () => wal.framesToCheckpoint(),
      start: () => (started.push(startCheckpointProcess(jobs, file, KEY)), started.at(-1)!),
    })
    c.start()
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(MAIN_THREAD_FRAMES)
    write(db, 10)
    // Too little to be worth a copy: no process.
    await c.tick()
    expect(started).toHaveLength(0)
    write(db, 1200)
    // Past SQLite's default 1,000 frames, and still nothing copied by the main connection.
    expect(wal.framesToCheckpoint()).toBeGreaterThan(SQLITE_DEFAULT_FRAMES)
    expect(rowsInFileAlone(file)).toBe(0)
    await c.tick()
    expect(started).toHaveLength(1)
    expect(wal.framesToCheckpoint()).toBe(0)
    expect(rowsInFileAlone(file)).toBe(1210)
    // The process stays for the next copy.
    write(db, BACKGROUND_FRAMES)
    await c.tick()
    expect(started).toHaveLength(1)
    expect(rowsInFileAlone(file)).toBe(1210 + BACKGROUND_FRAMES)
  })

  it('survives the app writing while processes start, copy and end, round after round', async () => {
    const { db, file, wal, jobs } = database()
    let clock = 0
    let starts = 0
    const { c, log } = checkpointer({
      db,
      pending: () => wal.framesToCheckpoint(),
      start: () => (starts++, startCheckpointProcess(jobs, file, KEY)),
      now: () => clock,
    })
    c.start()
    let rows = 0
    for (let round = 0; round < 5; round++) {
      // A quiet minute ends the process; the next round starts a new one (which opens, and later
      // closes, a connection of its own beside the app's).
      clock += IDLE_MS
      await c.tick()
      write(db, 600)
      rows += 600
      const copying = c.tick()
      // Writes go on meanwhile, each its own commit, with the event loop turning between them.
      for (let i = 0; i < 200; i++) {
        write(db, 1)
        rows++
        await new Promise((r) => setImmediate(r))
      }
      await copying
    }
    expect(starts).toBe(5)
    expect(log.lines.filter((l) => l.includes('WARN'))).toEqual([])
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(rows)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    // The WAL and its index are still the ones this connection writes to.
    expect(existsSync(`${file}-wal`) && existsSync(`${file}-shm`)).toBe(true)
    write(db, 1)
    expect(wal.framesToCheckpoint()).toBeGreaterThan(0)
  })

  it('hands SQLite its own checkpoints back when the process cannot start, and tries no more', async () => {
    const { db, wal } = database()
    let tries = 0
    const { c, log } = checkpointer({
      db,
      pending: () => wal.framesToCheckpoint(),
      start: () => {
        tries++
        throw new Error('spawn EACCES')
      },
    })
    c.start()
    write(db, BACKGROUND_FRAMES + 10)
    await c.tick()
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(SQLITE_DEFAULT_FRAMES)
    expect(log.lines.some((l) => l.includes('background checkpoint failed') && l.includes('spawn EACCES'))).toBe(true)
    write(db, BACKGROUND_FRAMES)
    await c.tick()
    expect(tries).toBe(1)
  })

  it('says nothing, and changes nothing, when the backend closes during a copy', async () => {
    const { db, wal } = database()
    let answer: (r: { ok: boolean; problems?: string[] }) => void = () => {}
    // The process boundary only: a copy whose process the closing backend ends before it answers.
    const { c, log } = checkpointer({
      db,
      pending: () => wal.framesToCheckpoint(),
      start: () => ({ checkpoint: () => new Promise((resolve) => (answer = resolve)), end: () => {} }),
    })
    c.start()
    write(db, BACKGROUND_FRAMES + 10)
    const copying = c.tick()
    c.stop()
    answer({ ok: false, problems: ['databasewerk stopte met code null'] })
    await copying
    expect(log.lines.filter((l) => l.includes('WARN'))).toEqual([])
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(MAIN_THREAD_FRAMES)
  })

  it('copies nothing for a read-only (damaged) database', async () => {
    const { db, wal } = database()
    let tries = 0
    const { c } = checkpointer({ db, pending: () => wal.framesToCheckpoint(), readOnly: () => true, start: () => (tries++, fail()) })
    c.start()
    write(db, BACKGROUND_FRAMES + 10)
    await c.tick()
    expect(tries).toBe(0)
  })

  it("takes over the quick_check's process, and lets it go after a quiet minute", async () => {
    const { db, file, wal, jobs } = database()
    let clock = 0
    const { c } = checkpointer({ db, pending: () => wal.framesToCheckpoint(), now: () => clock })
    c.start()
    let kept: JobProcess | null = null
    const check = await runIntegrityCheck(jobs, file, KEY, (child) => {
      kept = child
      c.adopt(checkpointProcess(child, file, KEY))
    })
    expect(check.ok).toBe(true)
    const exit = new Promise<number | null>((resolve) => kept!.onExit(resolve))
    expect(c.hasProcess()).toBe(true)
    // The check's process copies: `start` (which would throw) is never needed.
    write(db, BACKGROUND_FRAMES + 10)
    await c.tick()
    expect(wal.framesToCheckpoint()).toBe(0)
    clock += IDLE_MS - 1
    await c.tick()
    expect(c.hasProcess()).toBe(true)
    clock += 1
    await c.tick()
    expect(c.hasProcess()).toBe(false)
    // Told to end, it closes its connection and exits by itself.
    expect(await exit).toBe(0)
  })

  it('tells a process that is ending or gone nothing, without an error (a backend closed as the check answered)', async () => {
    const { db, file, jobs } = database()
    const { c } = checkpointer({ db })
    c.start()
    c.stop()
    for (const wait of [false, true]) {
      const child = jobs.launch(fileURLToPath(INTEGRITY_WORKER))
      const exit = new Promise((resolve) => child.onExit(resolve))
      child.kill()
      if (wait) await exit
      // A stopped checkpointer ends what it is handed at once: here a process that is going anyway.
      c.adopt(checkpointProcess(child, file, KEY))
      await exit
    }
    // Any EPIPE would surface as an uncaught error by now, and fail the run.
    await new Promise((r) => setTimeout(r, 100))
    expect(c.hasProcess()).toBe(false)
  })
})
