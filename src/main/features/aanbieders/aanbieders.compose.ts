import type { Db } from '../../db/types'
import type { settingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { EventName, EventPayload } from '../../../shared/contracts/catalog'
import type { ClientsService } from '../clients/clients.service'
import type { PrintService } from '../print/print.service'
import { aanbiedersRepo } from './aanbieders.repo'
import { createAanbiedersJobs } from './aanbiedersJobs'
import { createImportService } from './import.service'
import { createKeuzehulp } from './keuzehulp'
import { createLocatieService } from './locatie.service'
import { pc4Punten } from './pc4.repo'
import { createRegisterService } from './register.service'
import { vergelijkRepo } from './vergelijk.repo'
import { createVergelijkService } from './vergelijk.service'
import { wachtlijstRepo } from './wachtlijst.repo'
import { createWachtlijstService } from './wachtlijst.service'
import { createWegingService } from './weging.service'

/**
 * Wires the provider area (register, import and export in the worker, comparison, weights, wachtlijst,
 * keuzehulp) for services.ts. Composition only, like services.ts itself.
 */
export function createAanbiedersServices(
  db: Db,
  deps: {
    clock: Clock
    uow: UnitOfWork
    settings: ReturnType<typeof settingsRepo>
    clients: ClientsService
    print: PrintService
    adviseurId: () => number | null
    adviseurNaam: () => string | null
    emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
    /** The provider worker (import, export) and the keys its own connection needs (the import's audit record). */
    workerUrl: URL
    dbKey: Buffer | null
    auditKey: Buffer
  },
) {
  const { clock, uow, clients } = deps
  const repo = aanbiedersRepo(db)
  const pc4 = pc4Punten(db, () => clock.today())
  const aanbiedersJobs = createAanbiedersJobs({
    workerUrl: deps.workerUrl,
    emit: deps.emit ?? (() => undefined),
    database: { file: db.name, key: deps.dbKey, auditKey: deps.auditKey },
  })
  const weging = createWegingService({ uow, settings: deps.settings, adviseurId: deps.adviseurId })
  const vergelijk = createVergelijkService({ clock, repo: vergelijkRepo(db), clients, pc4, gewichten: () => weging.get() })
  return {
    aanbiedersJobs,
    aanbiedersImport: createImportService({ clock, uow, repo, pc4, jobs: aanbiedersJobs }),
    register: createRegisterService({ clock, uow, repo, jobs: aanbiedersJobs }),
    locatie: createLocatieService({ uow, repo }),
    vergelijk,
    weging,
    wachtlijst: createWachtlijstService({ clock, uow, repo: wachtlijstRepo(db), aanbieders: repo, clients }),
    keuzehulp: createKeuzehulp({ clock, uow, print: deps.print, vergelijk, adviseurNaam: deps.adviseurNaam }),
  }
}
