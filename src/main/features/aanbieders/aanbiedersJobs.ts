import { AppError, Cancelled } from '../../lib/errors'
import { FAILED, startJob, type Job } from '../../lib/workerJob'
import type { EventName, EventPayload } from '../../../shared/contracts/catalog'
import type { Voortgang } from '../../../shared/contracts/aanbieders.routes'
import type { ImportRij } from '../../../shared/domain/aanbieders/importRij'
import type { Koppeling } from './importValidatie'
import type { ImportFout } from '../../../shared/contracts/referentie.routes'

/** The jobs of the provider worker (aanbieders.worker.ts); plain data only, they cross a thread. */
export type AanbiedersJob =
  | { type: 'voorbeeld'; soort: 'csv' | 'xlsx'; base64: string }
  | { type: 'valideer'; soort: 'csv' | 'xlsx'; base64: string; koppeling: Koppeling; pc4: string[]; agb: Array<[string, string]> }
  | { type: 'export'; soort: 'csv' | 'xlsx'; file: string; keyHex: string | null }
  | { type: 'checkpoint'; file: string; keyHex: string | null }

/** A chunk of checked rows for the write, or (`fouten`) the end of the import: some row failed. */
export interface Rijen {
  rijen: ImportRij[]
  fouten?: ImportFout[]
}

export type AanbiedersBericht = ({ soort: 'voortgang' } & Omit<Voortgang, 'taak'>) | ({ soort: 'rijen'; van: number } & Rijen)

/** Main → a validating worker that holds the rows: the next chunk, when the write is ready for it. */
export interface RijenVerzoek {
  van: number
  aantal: number
}

export type Taak = Voortgang['taak']

export interface TaakContext {
  /** Runs one job in a fresh worker; a cancel terminates it, and so does the end of the task. */
  start<T>(job: AanbiedersJob): Promise<T>
  /**
   * Checked rows from the worker that checks them, `aantal` from `van`: pulled one chunk at a time
   * so the main thread never holds (nor garbage-collects) 120,000 rows at once. Answers once these
   * rows are checked, or with every error of the file when any row failed.
   */
  rijen(van: number, aantal: number): Promise<Rijen>
  voortgang(fase: Voortgang['fase'], klaar: number, totaal: number): void
  /** Aborted by the cancel button: the chunked write rolls back at its next chunk. */
  signal: AbortSignal
}

/**
 * One import and one export at a time, each with progress events for its progress bar and a cancel
 * that really stops the work: the worker is terminated, or the write rolls back between chunks.
 */
export function createAanbiedersJobs(deps: {
  workerUrl: URL
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** The database file and key: the export and the checkpoint open their own connection. */
  database: { file: string; key: Buffer | null }
}) {
  const database = { file: deps.database.file, keyHex: deps.database.key?.toString('hex') ?? null }
  const lopend = new Map<Taak, () => void>()

  async function metTaak<T>(taak: Taak, fn: (t: TaakContext) => Promise<T>): Promise<T | { status: 'geannuleerd' }> {
    if (lopend.has(taak))
      throw new AppError('BUSY', taak === 'import' ? 'Er loopt al een import. Wacht tot die klaar is.' : 'Er loopt al een export.')
    const controller = new AbortController()
    const actief: { worker: Job<unknown> | null } = { worker: null }
    const wachtend = new Map<number, (rijen: Rijen) => void>()
    lopend.set(taak, () => {
      controller.abort()
      actief.worker?.cancel()
    })
    const voortgang = (fase: Voortgang['fase'], klaar: number, totaal: number) =>
      deps.emit('aanbieders.voortgang', { taak, fase, klaar, totaal })
    try {
      return await fn({
        signal: controller.signal,
        voortgang,
        start<R>(job: AanbiedersJob): Promise<R> {
          if (controller.signal.aborted) throw new Cancelled()
          const run = startJob<R, AanbiedersBericht>(deps.workerUrl, job, (b) =>
            b.soort === 'rijen' ? wachtend.get(b.van)?.(b) : voortgang(b.fase, b.klaar, b.totaal),
          )
          actief.worker = run
          return run.result
        },
        rijen(van: number, aantal: number): Promise<Rijen> {
          const run = actief.worker
          if (!run) throw new Error('no worker holds rows')
          const verzoek = new Promise<Rijen>((resolve) => wachtend.set(van, resolve))
          run.send({ van, aantal } satisfies RijenVerzoek)
          // A worker that ends (cancel, crash) answers no more requests: the write must not wait forever.
          const gestopt = run.exited.then(() => {
            throw controller.signal.aborted ? new Cancelled() : new AppError('INTERNAL', FAILED)
          })
          return Promise.race([verzoek, gestopt]).finally(() => wachtend.delete(van))
        },
      })
    } catch (error) {
      if (error instanceof Cancelled) return { status: 'geannuleerd' }
      throw error
    } finally {
      actief.worker?.cancel()
      lopend.delete(taak)
    }
  }

  return {
    metTaak,
    database,
    /**
     * After an import's long write: its WAL is copied into the database by a worker. A checkpoint
     * that fails or finds readers leaves the WAL for SQLite's next automatic one; nothing is lost.
     */
    checkpoint(): Promise<void> {
      return startJob(deps.workerUrl, { type: 'checkpoint', ...database } satisfies AanbiedersJob, () => {}).result.then(
        () => undefined,
        () => undefined,
      )
    },
    /** True when there was something to stop. */
    annuleer(taak: Taak): boolean {
      const stop = lopend.get(taak)
      stop?.()
      return stop !== undefined
    },
  }
}
export type AanbiedersJobs = ReturnType<typeof createAanbiedersJobs>
