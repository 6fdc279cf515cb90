import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface IntegrityResult {
  ok: boolean
  problems: string[]
  /** The backend stopped the job's process while closing: no verdict, and nothing failed. */
  stopped?: boolean
}

export interface BackupResult {
  ok: boolean
  problems?: string[]
  counts?: Record<string, number>
  bytes?: number
  /** As IntegrityResult.stopped. */
  stopped?: boolean
}

/** A database job's process: a message in for each job, one answer out for each (most take one job and end). */
export interface JobProcess {
  post(message: unknown): void
  /** Every message the process sends (a checkpoint process answers more than once). */
  onMessage(listener: (message: unknown) => void): void
  onExit(listener: (code: number | null) => void): void
  kill(): void
  /** Set by trackProcesses once the closing backend stopped it: its end was asked for. */
  readonly stoppedByClose?: boolean
}

/**
 * Starts integrity.worker in a process of its own. The app passes Electron's utilityProcess (its
 * RunAsNode fuse is off, so child_process.fork cannot start it there); tests, the bench and the
 * browser harness run in Node and use `forkNode`.
 */
export type LaunchProcess = (script: string) => JobProcess

export const forkNode: LaunchProcess = (script) => {
  // No flags of the parent (tsx under the bench and tests): Node strips the worker's types itself.
  const child = fork(script, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  return {
    // A process that is ending cannot take a message (EPIPE): its exit is reported through onExit.
    post: (message) => void (child.connected && child.send(message as object, () => {})),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => child.kill(),
  }
}

/**
 * Remembers the processes `launch` started until they exit, so a closing backend can end them: a
 * check or back-up of a database that is being closed has no one left to answer (and in Node a
 * forked child would outlive its parent). A job ended that way answers `stopped`, not a failure.
 */
export function trackProcesses(launch: LaunchProcess): { launch: LaunchProcess; killAll(): void } {
  const live = new Map<JobProcess, () => void>()
  return {
    launch(script) {
      const child = launch(script)
      let stoppedByClose = false
      const tracked: JobProcess = {
        post: (message) => child.post(message),
        onMessage: (listener) => child.onMessage(listener),
        onExit: (listener) => child.onExit(listener),
        kill: () => child.kill(),
        get stoppedByClose() {
          return stoppedByClose
        },
      }
      live.set(tracked, () => {
        stoppedByClose = true
        child.kill()
      })
      child.onExit(() => live.delete(tracked))
      return tracked
    },
    killAll() {
      for (const stop of live.values()) stop()
      live.clear()
    },
  }
}

/**
 * Runs one job in a database process (integrity.worker.ts); resolves with its answer. The process
 * ends then, unless `keep` takes it over (the job must have asked the worker to stay).
 */
function runJob<T extends { ok: boolean; problems?: string[]; stopped?: boolean }>(
  launch: LaunchProcess,
  workerUrl: URL,
  job: Record<string, unknown>,
  keep?: (child: JobProcess) => void,
): Promise<T> {
  return new Promise((resolve) => {
    let child: JobProcess
    try {
      child = launch(fileURLToPath(workerUrl))
    } catch (error) {
      return resolve({ ok: false, problems: [`databasewerk kon niet starten: ${(error as Error).message}`] } as T)
    }
    let answered = false
    child.onMessage((r) => {
      if (answered) return
      answered = true
      resolve(r as T)
      if (keep) keep(child)
      else child.kill()
    })
    // Settles only when no answer came first (a promise settles once).
    child.onExit((code) =>
      resolve(
        (child.stoppedByClose
          ? { ok: false, stopped: true, problems: ['databasewerk gestopt: de app sloot'] }
          : { ok: false, problems: [`databasewerk stopte met code ${code}`] }) as T,
      ),
    )
    child.post(job)
  })
}

export const keyHex = (key: Buffer | null) => (key ? key.toString('hex') : null)

/** Where the database jobs run: the script (integrity.worker) and how a process of it is started. */
export interface DbJobs {
  workerUrl: URL
  launch: LaunchProcess
}

/**
 * PRAGMA quick_check on a read-only connection in a process of its own. With `keep`, the process
 * stays afterwards and is handed over (the checkpoints that follow at start, see checkpointer.ts).
 */
export function runIntegrityCheck(
  jobs: DbJobs,
  file: string,
  key: Buffer | null,
  keep?: (child: JobProcess) => void,
): Promise<IntegrityResult> {
  const job = { type: 'quick_check', file, keyHex: keyHex(key), stay: keep !== undefined }
  return runJob<IntegrityResult>(jobs.launch, jobs.workerUrl, job, keep)
}

/** A verified, encrypted copy of the database at `target` (written atomically), made in a process of its own. */
export function runBackup(jobs: DbJobs, file: string, key: Buffer | null, target: string, tables: string[]): Promise<BackupResult> {
  return runJob<BackupResult>(jobs.launch, jobs.workerUrl, { type: 'backup', file, keyHex: keyHex(key), target, tables })
}
