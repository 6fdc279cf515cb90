import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { RouteArgs, RouteOutput } from '../../../shared/contracts/catalog'
import type { Tabel } from './importBestand'
import { valideer, type Koppeling } from './importValidatie'
import { decodeer, type AanbiedersJobs } from './aanbiedersJobs'
import type { AanbiedersRepo } from './aanbieders.repo'
import { schrijfRijen } from './importSchrijven'
import type { Punt } from './pc4.repo'

/**
 * Provider files: preview with a suggested mapping, then all rows or none. Re-import updates by KvK and
 * vestigingsnummer. Reading, checking AND writing run in the provider worker, the write on the worker's
 * own connection in one transaction (unit of work, inWorker; importOpslag.ts), so a 120,000-row file
 * never freezes the window: not while it is written, nor at its COMMIT.
 */
export function createImportService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: AanbiedersRepo
  pc4: () => Map<string, Punt>
  jobs: AanbiedersJobs
}) {
  const { repo } = deps

  /** Validates every row and writes all of them in one transaction, or none. The demo's 16 rows, on the main thread. */
  function importeerTabel(tabel: Pick<Tabel, 'kopjes' | 'rijen' | 'codering'>, koppeling: Koppeling): RouteOutput<'aanbieders.import'> {
    const { rijen, fouten } = valideer(tabel, koppeling, { pc4: new Set(deps.pc4().keys()), kvkVanAgb: repo.agbKvk() })
    if (fouten.length) return { status: 'fouten', fouten, rijen: tabel.rijen.length }
    return deps.uow.run({ event: 'aanbieders.import' }, (tx) => {
      const result = schrijfRijen(
        repo,
        rijen.map((r) => r.data),
        koppeling.wachttijden !== undefined,
        tx.now,
      )
      tx.detail({ rijen: rijen.length, ...result })
      return { status: 'geimporteerd' as const, ...result, rijen: rijen.length }
    })
  }

  return {
    voorbeeld(input: RouteArgs<'aanbieders.importVoorbeeld'>) {
      return deps.jobs.metTaak('import', async (t) =>
        t.start<RouteOutput<'aanbieders.importVoorbeeld'>>({
          type: 'voorbeeld',
          soort: input.soort,
          bestand: await decodeer(input.base64),
        }),
      )
    },
    importeer(input: RouteArgs<'aanbieders.import'>): Promise<RouteOutput<'aanbieders.import'>> {
      const koppeling = input.koppeling as Koppeling
      return deps.jobs.metTaak('import', async (t) => {
        // Decoded before the unit of work refuses other writes: that wait is for the write alone.
        const bestand = await decodeer(input.base64)
        return deps.uow.inWorker({ event: 'aanbieders.import' }, ({ now, actor }) =>
          t.start<RouteOutput<'aanbieders.import'>>({
            type: 'importeer',
            soort: input.soort,
            bestand,
            koppeling,
            pc4: [...deps.pc4().keys()],
            agb: [...repo.agbKvk()],
            opslag: { ...deps.jobs.opslag(), now, actor, wachttijden: koppeling.wachttijden !== undefined },
          }),
        )
      })
    },
    importeerTabel,
  }
}
