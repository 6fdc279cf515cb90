import { checkpointProcess, startCheckpointProcess, type CheckpointProcess } from './checkpointProcess'
import type { DbJobs, JobProcess } from './integrity'
import type { Db } from './types'
import { openWalIndex } from './walIndex'
import type { Logger } from '../lib/log'

/**
 * SQLite copies the WAL into the database file (a checkpoint) on the connection whose commit makes
 * the WAL pass 1,000 pages, and that connection waits for the copy and its fsync. On the main thread
 * that held every call for ~40 ms each 4 MB written: during the day's task refresh at 100k, every
 * ~3 s (issue 15: a refresh may hold a route for at most 20 ms at a time). So the main connection's
 * own checkpoints only come at a far larger WAL, a safety net, and a process of its own copies the
 * WAL in the background, once a second at most, when it holds enough to be worth it. That process
 * stays while the writing goes on and ends after a quiet minute. At start it is the quick_check's
 * process, kept: the day's refresh follows the check, and starting a process then would cost the
 * main thread in Node (a fork: 15–35 ms at 130–180 MB) what the copy saves.
 */

/** Frames not yet in the database file before a background copy starts: ~2 MB, a second of refresh. */
export const BACKGROUND_FRAMES = 500
/**
 * The main connection's own checkpoint (PRAGMA wal_autocheckpoint, in frames): only when the WAL
 * never starts over because writes go on without a pause, or the background copy cannot run.
 * Most of its frames are then copied already, so it is short.
 */
export const MAIN_THREAD_FRAMES = 10_000
/** SQLite's default, back in force when the background copy failed. */
export const SQLITE_DEFAULT_FRAMES = 1_000
const INTERVAL_MS = 1_000
/** The checkpoint process ends after this long without a checkpoint to do. */
export const IDLE_MS = 60_000

export interface CheckpointerDeps {
  db: Db
  /** Frames in the WAL not yet in the database file (walIndex.ts), null when unknown. */
  pending: () => number | null
  /** Starts the process that copies (checkpointProcess.ts); throws when it cannot. */
  start: () => CheckpointProcess
  /** A database that may not be written (a failed integrity check) is not checkpointed either. */
  readOnly: () => boolean
  log: Logger
  now?: () => number
}

export function createCheckpointer(deps: CheckpointerDeps) {
  const now = deps.now ?? (() => performance.now())
  let proc: CheckpointProcess | null = null
  let lastUsed = 0
  let running: Promise<void> | null = null
  let timer: ReturnType<typeof setInterval> | null = null
  let failed = false

  function endProcess(): void {
    proc?.end()
    proc = null
  }

  async function copy(): Promise<void> {
    try {
      proc ??= deps.start()
      lastUsed = now()
      const result = await proc.checkpoint()
      if (!result.ok) throw new Error(result.problems?.join('; ') ?? 'onbekend')
    } catch (error) {
      // Stopped meanwhile: the closing backend ended the process, nothing failed.
      if (!timer) return
      // SQLite's own checkpoints on the main thread take over: slower moments, nothing lost.
      failed = true
      endProcess()
      if (deps.db.open) deps.db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_FRAMES}`)
      deps.log.warn(`background checkpoint failed, SQLite checkpoints on the main thread again: ${(error as Error).message}`)
    }
  }

  /** One look at the WAL: starts a background copy when it holds enough. Resolves when that copy ends. */
  function tick(): Promise<void> {
    if (running) return running
    if (proc && now() - lastUsed >= IDLE_MS) endProcess()
    if (failed || deps.readOnly() || !deps.db.open) return Promise.resolve()
    const frames = deps.pending()
    if (frames === null || frames < BACKGROUND_FRAMES) return Promise.resolve()
    running = copy().finally(() => {
      running = null
    })
    return running
  }

  return {
    tick,
    /** Takes a process that is already running (the quick_check's) as the checkpoint process. */
    adopt(p: CheckpointProcess): void {
      if (proc || failed || !timer) return p.end()
      proc = p
      lastUsed = now()
    },
    /** Whether a checkpoint process is there now (for tests). */
    hasProcess: () => proc !== null,
    start(): void {
      deps.db.pragma(`wal_autocheckpoint = ${MAIN_THREAD_FRAMES}`)
      timer = setInterval(() => void tick(), INTERVAL_MS)
      // Never the reason the process stays alive.
      timer.unref()
    },
    /** Before the database closes: no more looks, and the process goes. */
    stop(): void {
      if (timer) clearInterval(timer)
      timer = null
      endProcess()
    },
  }
}

/**
 * The app's background checkpoints for the database at `file`, started: `adopt` takes the quick_check's
 * process, `stop` comes before the database closes and `closed` after (walIndex.ts: the wal-index is
 * read through a descriptor that may only close once the connection has).
 */
export function backgroundCheckpoints(opts: {
  db: Db
  file: string
  key: Buffer | null
  jobs: DbJobs
  readOnly: () => boolean
  log: Logger
}) {
  const { file, key } = opts
  const walIndex = openWalIndex(file)
  const checkpointer = createCheckpointer({
    db: opts.db,
    pending: () => walIndex.framesToCheckpoint(),
    start: () => startCheckpointProcess(opts.jobs, file, key),
    readOnly: opts.readOnly,
    log: opts.log,
  })
  checkpointer.start()
  return {
    adopt: (child: JobProcess) => checkpointer.adopt(checkpointProcess(child, file, key)),
    stop: () => checkpointer.stop(),
    closed: () => walIndex.close(),
  }
}
