import { AppError, Cancelled } from '../../lib/errors'
import { startJob } from '../../lib/workerJob'
import type { EventName, EventPayload } from '../../../shared/contracts/catalog'
import type { Voortgang } from '../../../shared/contracts/aanbieders.routes'
import type { ImportRij } from '../../../shared/domain/aanbieders/importRij'
import type { Koppeling } from './importValidatie'

/** The jobs of the provider worker (aanbieders.worker.ts); plain data only, they cross a thread. */
export type AanbiedersJob =
  | { type: 'voorbeeld'; soort: 'csv' | 'xlsx'; base64: string }
  | { type: 'valideer'; soort: 'csv' | 'xlsx'; base64: string; koppeling: Koppeling; pc4: string[]; agb: Array<[string, string]> }
  | { type: 'export'; soort: 'csv' | 'xlsx'; file: string; keyHex: string | null }

export type AanbiedersBericht = ({ soort: 'voortgang' } & Omit<Voortgang, 'taak'>) | { soort: 'rijen'; rijen: ImportRij[] }

export type Taak = Voortgang['taak']

export interface TaakContext {
  /** Runs one job in a fresh worker; a cancel terminates it. Row chunks go to `onRijen`. */
  start<T>(job: AanbiedersJob, onRijen?: (rijen: ImportRij[]) => void): Promise<T>
  voortgang(fase: Voortgang['fase'], klaar: number, totaal: number): void
  /** Aborted by the cancel button: the chunked write rolls back at its next chunk. */
  signal: AbortSignal
}

/**
 * One import and one export at a time, each with progress events for its progress bar and a cancel
 * that really stops the work: the worker is terminated, or the write rolls back between chunks.
 */
export function createAanbiedersJobs(deps: { workerUrl: URL; emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void }) {
  const lopend = new Map<Taak, () => void>()

  async function metTaak<T>(taak: Taak, fn: (t: TaakContext) => Promise<T>): Promise<T | { status: 'geannuleerd' }> {
    if (lopend.has(taak))
      throw new AppError('BUSY', taak === 'import' ? 'Er loopt al een import. Wacht tot die klaar is.' : 'Er loopt al een export.')
    const controller = new AbortController()
    let stopWorker = () => {}
    lopend.set(taak, () => {
      controller.abort()
      stopWorker()
    })
    const voortgang = (fase: Voortgang['fase'], klaar: number, totaal: number) =>
      deps.emit('aanbieders.voortgang', { taak, fase, klaar, totaal })
    try {
      return await fn({
        signal: controller.signal,
        voortgang,
        start<R>(job: AanbiedersJob, onRijen?: (rijen: ImportRij[]) => void): Promise<R> {
          if (controller.signal.aborted) throw new Cancelled()
          const run = startJob<R, AanbiedersBericht>(deps.workerUrl, job, (b) =>
            b.soort === 'rijen' ? onRijen?.(b.rijen) : voortgang(b.fase, b.klaar, b.totaal),
          )
          stopWorker = run.cancel
          return run.result
        },
      })
    } catch (error) {
      if (error instanceof Cancelled) return { status: 'geannuleerd' }
      throw error
    } finally {
      lopend.delete(taak)
    }
  }

  return {
    metTaak,
    /** True when there was something to stop. */
    annuleer(taak: Taak): boolean {
      const stop = lopend.get(taak)
      stop?.()
      return stop !== undefined
    },
  }
}
export type AanbiedersJobs = ReturnType<typeof createAanbiedersJobs>
