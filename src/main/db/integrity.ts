import { Worker } from 'node:worker_threads'

export interface IntegrityResult {
  ok: boolean
  problems: string[]
}

export interface BackupResult {
  ok: boolean
  problems?: string[]
  counts?: Record<string, number>
  bytes?: number
}

/** Runs one job in the database worker (integrity.worker.ts); resolves with its answer. */
function runJob<T extends { ok: boolean; problems?: string[] }>(workerUrl: URL, job: Record<string, unknown>): Promise<T> {
  return new Promise((resolve) => {
    const worker = new Worker(workerUrl, { workerData: job })
    worker.once('message', (r: T) => resolve(r))
    worker.once('error', (e) => resolve({ ok: false, problems: [e.message] } as T))
    worker.once('exit', (code) => {
      if (code !== 0) resolve({ ok: false, problems: [`databasewerk stopte met code ${code}`] } as T)
    })
  })
}

const keyHex = (key: Buffer | null) => (key ? key.toString('hex') : null)

/** PRAGMA quick_check on a read-only connection in a worker thread. */
export function runIntegrityCheck(workerUrl: URL, file: string, key: Buffer | null): Promise<IntegrityResult> {
  return runJob<IntegrityResult>(workerUrl, { type: 'quick_check', file, keyHex: keyHex(key) })
}

/** A verified, encrypted copy of the database at `target` (written atomically), made in a worker thread. */
export function runBackup(workerUrl: URL, file: string, key: Buffer | null, target: string, tables: string[]): Promise<BackupResult> {
  return runJob<BackupResult>(workerUrl, { type: 'backup', file, keyHex: keyHex(key), target, tables })
}
