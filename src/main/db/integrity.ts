import { Worker } from 'node:worker_threads'

export interface IntegrityResult {
  ok: boolean
  problems: string[]
}

/** Starts quick_check in a worker thread; resolves when it is done. */
export function runIntegrityCheck(workerUrl: URL, file: string, key: Buffer | null): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    const worker = new Worker(workerUrl, { workerData: { file, keyHex: key ? key.toString('hex') : null } })
    worker.once('message', (r: IntegrityResult) => resolve(r))
    worker.once('error', (e) => resolve({ ok: false, problems: [e.message] }))
    worker.once('exit', (code) => {
      if (code !== 0) resolve({ ok: false, problems: [`integriteitscontrole stopte met code ${code}`] })
    })
  })
}
