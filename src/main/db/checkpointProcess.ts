import { fileURLToPath } from 'node:url'
import { keyHex, type DbJobs, type JobProcess } from './integrity'

export interface CheckpointResult {
  ok: boolean
  problems?: string[]
  /** Frames in the WAL, and how many of them are now in the database file. */
  log?: number
  checkpointed?: number
}

/** A process of integrity.worker that copies the WAL into the database file each time it is asked. */
export interface CheckpointProcess {
  checkpoint(): Promise<CheckpointResult>
  /** Closes its connection and lets it exit. */
  end(): void
}

/**
 * Starts the process (throws when it cannot start). It stays for the next checkpoint: in Node the
 * start forks the main process, ~15 ms of its thread at 180 MB, too long to pay at every checkpoint
 * of a busy morning. One checkpoint at a time; the checkpointer asks for the next only after an answer.
 */
export function startCheckpointProcess(jobs: DbJobs, file: string, key: Buffer | null): CheckpointProcess {
  return checkpointProcess(jobs.launch(fileURLToPath(jobs.workerUrl)), file, key)
}

/** A running process of integrity.worker (one that stayed after its quick_check) as the checkpoint process. */
export function checkpointProcess(child: JobProcess, file: string, key: Buffer | null): CheckpointProcess {
  let waiting: ((result: CheckpointResult) => void) | null = null
  let exited = false
  const settle = (result: CheckpointResult) => {
    const w = waiting
    waiting = null
    w?.(result)
  }
  child.onMessage((m) => settle(m as CheckpointResult))
  child.onExit((code) => {
    exited = true
    settle({ ok: false, problems: [`databasewerk stopte met code ${code}`] })
  })
  return {
    checkpoint() {
      if (exited) return Promise.resolve({ ok: false, problems: ['databasewerk is gestopt'] })
      return new Promise((resolve) => {
        waiting = resolve
        child.post({ type: 'checkpoint', file, keyHex: keyHex(key) })
      })
    },
    end() {
      if (exited) return
      try {
        child.post({ type: 'end' })
      } catch {
        // Already ending (the backend closed and ended its processes): nothing left to tell it.
      }
    },
  }
}
