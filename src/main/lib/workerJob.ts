import { Worker } from 'node:worker_threads'
import { AppError, Cancelled } from './errors'
import type { ErrorCode } from '../../shared/contracts/envelope'

/** What a job worker posts: progress and data on the way, then one `klaar` or one `fout`. */
export type JobMessage<P> =
  { type: 'klaar'; value: unknown } | { type: 'fout'; code: ErrorCode; message: string } | ({ type: 'bericht' } & { bericht: P })

export interface Job<T> {
  result: Promise<T>
  /** Stops the worker at once (terminate): `result` rejects with `Cancelled`. */
  cancel(): void
  /** A request to a worker that serves on after its result (the validated rows, chunk by chunk). */
  send(message: unknown): void
  /** Settles when the worker has ended, for whatever reason. */
  exited: Promise<void>
}

export const FAILED =
  'Het verwerken van het bestand is mislukt. Er is niets gewijzigd. Probeer het opnieuw of meld het bij functioneel beheer.'

/**
 * Runs one job in a worker thread. The built app passes the bundled `.js` entry; tests, the bench
 * and the harness pass the TypeScript source, which a worker can only load through tsx (its
 * imports have no extensions), so that loader is given to the worker there and only there.
 * `transfer`: buffers inside `data` that move to the worker instead of being copied.
 */
export function startJob<T, P>(url: URL, data: unknown, onBericht: (bericht: P) => void, transfer: ArrayBuffer[] = []): Job<T> {
  const worker = new Worker(url, {
    workerData: data,
    // Moved, not copied: cloning a 13 MB file into the worker stalled the main thread ~0.1 s.
    transferList: transfer,
    // A bundled worker gets no flags of its parent: under the bench (run by tsx) it would otherwise
    // load tsx too (~0.45 s of a 120,000-row import), which the app's Electron never does.
    execArgv: url.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
  })
  let cancelled = false
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  const result = new Promise<T>((resolve, reject) => {
    worker.on('message', (m: JobMessage<P>) => {
      if (m.type === 'bericht') onBericht(m.bericht)
      else if (m.type === 'klaar') resolve(m.value as T)
      else reject(new AppError(m.code, m.message))
    })
    worker.once('error', () => reject(new AppError('INTERNAL', FAILED)))
    worker.once('exit', () => reject(cancelled ? new Cancelled() : new AppError('INTERNAL', FAILED)))
  })
  return {
    result,
    exited,
    send: (message) => worker.postMessage(message),
    cancel() {
      cancelled = true
      void worker.terminate()
    },
  }
}
