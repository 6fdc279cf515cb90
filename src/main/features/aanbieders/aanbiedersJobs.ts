import { AppError, Cancelled } from '../../lib/errors'
import { startJob, type Job } from '../../lib/workerJob'
import type { EventName, EventPayload } from '../../../shared/contracts/catalog'
import type { Voortgang } from '../../../shared/contracts/aanbieders.routes'
import type { Koppeling } from './importValidatie'
import type { Opslag } from './importOpslag'

/** The jobs of the provider worker (aanbieders.worker.ts); plain data only, they cross a thread. */
export type AanbiedersJob =
  | { type: 'voorbeeld'; soort: 'csv' | 'xlsx'; bestand: Uint8Array }
  | {
      type: 'importeer'
      soort: 'csv' | 'xlsx'
      bestand: Uint8Array
      koppeling: Koppeling
      pc4: string[]
      agb: Array<[string, string]>
      /** Where and as whom the worker writes the checked rows (its own connection). */
      opslag: Opslag
    }
  | { type: 'export'; soort: 'csv' | 'xlsx'; file: string; keyHex: string | null }

/** The worker's progress, for the task's progress bar. */
/** Base64 characters decoded per turn of the event loop (3 MB of file, a few milliseconds). */
const PER_BEURT = 4 * 1024 * 1024

/**
 * The uploaded file's bytes, decoded from the route's base64 a slice at a time so the main thread
 * never stalls on a 20 MB file, into a buffer of its own that can then move to the worker.
 */
export async function decodeer(base64: string): Promise<Uint8Array> {
  const bytes = Buffer.allocUnsafeSlow(Math.ceil((base64.length * 3) / 4))
  let lengte = 0
  for (let i = 0; i < base64.length; i += PER_BEURT) {
    lengte += bytes.write(base64.slice(i, i + PER_BEURT), lengte, 'base64')
    if (i + PER_BEURT < base64.length) await new Promise((resolve) => setImmediate(resolve))
  }
  return bytes.subarray(0, lengte)
}

export type AanbiedersBericht = Omit<Voortgang, 'taak'>

export type Taak = Voortgang['taak']

export interface TaakContext {
  /** Runs one job in a fresh worker; a cancel stops it, and so does the end of the task. */
  start<T>(job: AanbiedersJob): Promise<T>
}

/**
 * One import and one export at a time, each with progress events for its progress bar and a cancel
 * that really stops the work. An import that may be writing is asked to stop (its worker rolls back
 * its own transaction and answers 'geannuleerd'); any other job's worker is terminated.
 */
export function createAanbiedersJobs(deps: {
  workerUrl: URL
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** The database file and keys: the export opens its own connection, and so does the import's write. */
  database: { file: string; key: Buffer | null; auditKey: Buffer }
}) {
  const database = { file: deps.database.file, keyHex: deps.database.key?.toString('hex') ?? null }
  const auditKeyHex = deps.database.auditKey.toString('hex')
  const lopend = new Map<Taak, () => void>()

  async function metTaak<T>(taak: Taak, fn: (t: TaakContext) => Promise<T>): Promise<T | { status: 'geannuleerd' }> {
    if (lopend.has(taak))
      throw new AppError('BUSY', taak === 'import' ? 'Er loopt al een import. Wacht tot die klaar is.' : 'Er loopt al een export.')
    const actief: { worker: Job<unknown> | null; zacht: boolean; gestopt: boolean; beantwoord: boolean } = {
      worker: null,
      zacht: false,
      gestopt: false,
      beantwoord: false,
    }
    lopend.set(taak, () => {
      actief.gestopt = true
      // A terminated writer would leave its transaction to the thread's teardown: it is asked instead.
      if (actief.zacht) actief.worker?.send({ annuleer: true })
      else actief.worker?.cancel()
    })
    try {
      return await fn({
        start<R>(job: AanbiedersJob): Promise<R> {
          if (actief.gestopt) throw new Cancelled()
          const bestand = 'bestand' in job ? [job.bestand.buffer as ArrayBuffer] : []
          const run = startJob<R, AanbiedersBericht>(deps.workerUrl, job, (b) => deps.emit('aanbieders.voortgang', { taak, ...b }), bestand)
          actief.worker = run
          actief.zacht = job.type === 'importeer'
          return run.result.then((value) => {
            actief.beantwoord = true
            return value
          })
        },
      })
    } catch (error) {
      if (error instanceof Cancelled) return { status: 'geannuleerd' }
      throw error
    } finally {
      // An import that answered still copies its WAL into the database (copyWalAndClose) and then ends
      // by itself; any other worker is stopped here.
      if (!(actief.zacht && actief.beantwoord)) actief.worker?.cancel()
      lopend.delete(taak)
    }
  }

  return {
    metTaak,
    database,
    /** The import's write: this database, with the audit key for its record (never leaves this process). */
    opslag: () => ({ ...database, auditKeyHex }),
    /** True when there was something to stop. */
    annuleer(taak: Taak): boolean {
      const stop = lopend.get(taak)
      stop?.()
      return stop !== undefined
    },
  }
}
export type AanbiedersJobs = ReturnType<typeof createAanbiedersJobs>
