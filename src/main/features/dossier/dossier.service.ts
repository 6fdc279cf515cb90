import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import { mustExist, throwIssues } from '../../write/unitOfWork'
import type { ClientsService } from '../clients/clients.service'
import type { ActiviteitenService } from '../activiteiten/activiteiten.service'
import type { DossierRepo } from './dossier.repo'
import type { Dossier, Indicatie, LeveringsvormRecord, Vertegenwoordiger } from '../../../shared/contracts/dossier.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { indicatieIssues, indicatieWaarschuwingen, indicatiesToClose } from '../../../shared/domain/dossier/indicatie'
import { leveringsvormIssues } from '../../../shared/domain/dossier/leveringsvorm'

const strip = <T extends { clientId: number }>({ clientId: _c, ...rest }: T): Omit<T, 'clientId'> => rest

/**
 * The cliëntdossier: one read of everything (audited as one access), and the writes for
 * representatives, indicaties and leveringsvormen. Every write goes through the unit of work, so
 * the task rules and the caseload summary follow in the same transaction.
 */
export function createDossierService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: DossierRepo
  clients: ClientsService
  activiteiten: ActiviteitenService
}) {
  const { clock, uow } = deps
  const { vertegenwoordigers, indicaties, leveringsvormen } = deps.repo

  const withWarnings = (i: Omit<Indicatie, 'waarschuwingen'>): Indicatie => ({ ...i, waarschuwingen: indicatieWaarschuwingen(i) })

  function get(clientId: number): Dossier {
    return uow.run({ event: 'client.read', clientId, resync: false }, () => ({
      client: deps.clients.detail(clientId),
      vertegenwoordigers: vertegenwoordigers.list(clientId).map(strip),
      indicaties: indicaties.list(clientId).map(strip).map(withWarnings),
      leveringsvormen: leveringsvormen.list(clientId).map(strip),
      ...deps.activiteiten.forDossier(clientId),
    }))
  }

  function saveVertegenwoordiger(
    clientId: number,
    id: number | null,
    version: number | null,
    fields: Omit<Vertegenwoordiger, 'id' | 'version' | 'actief'>,
  ): Vertegenwoordiger {
    return uow.run({ event: id ? 'vertegenwoordiger.update' : 'vertegenwoordiger.create', clientId }, ({ now }) => {
      // Letters go to one address: choosing this one first clears the mark on the others.
      if (fields.brievenNaar) deps.repo.clearLetterAddress(clientId, id, now)
      const savedId = id ? (vertegenwoordigers.update(id, version!, fields, now), id) : vertegenwoordigers.insert(clientId, fields, now)
      return strip(vertegenwoordigers.get(savedId)!)
    })
  }

  function saveIndicatie(clientId: number, id: number | null, version: number | null, fields: RouteArgs<'indicaties.create'>): Indicatie {
    const { clientId: _c, ...data } = fields
    return uow.run({ event: id ? 'indicatie.update' : 'indicatie.create', clientId }, ({ now }) => {
      const all = indicaties.list(clientId)
      const before = id ? all.find((i) => i.id === id) : undefined
      if (id && !before) throw new AppError('NOT_FOUND', 'Deze indicatie bestaat niet (meer).')
      const draft = { ...data, ...(id ? { id } : {}) }
      // Earlier indicaties end the day before a new one starts (herindicatie), so check overlap after that.
      const closing = id ? [] : indicatiesToClose(draft, all)
      const others = all.map((o) => ({ ...o, einddatum: closing.find((c) => c.id === o.id)?.einddatum ?? o.einddatum }))
      throwIssues(indicatieIssues(draft, clock.today(), others, before))
      if (deps.repo.besluitnummerInUse(data.besluitnummer, id)) {
        throw new AppError('DUPLICATE', 'Dit besluitnummer is al vastgelegd.', [
          { path: 'besluitnummer', message: 'Dit besluitnummer is al vastgelegd.' },
        ])
      }
      for (const c of closing) deps.repo.endIndicatie(c.id, c.einddatum, now)
      const savedId = id ? (indicaties.update(id, version!, data, now), id) : indicaties.insert(clientId, data, now)
      return withWarnings(strip(indicaties.get(savedId)!))
    })
  }

  function saveLeveringsvorm(
    clientId: number,
    id: number | null,
    version: number | null,
    fields: RouteArgs<'leveringsvormen.create'>,
  ): LeveringsvormRecord {
    const { clientId: _c, ...raw } = fields
    // Fields that belong to another leveringsvorm are cleared rather than refused.
    const data = {
      ...raw,
      etmalen: raw.soort === 'dtv' ? raw.etmalen : null,
      metBehandeling: raw.soort === 'verblijf' && raw.metBehandeling,
    }
    return uow.run({ event: id ? 'leveringsvorm.update' : 'leveringsvorm.create', clientId }, ({ now }) => {
      if (id && !leveringsvormen.get(id)) throw new AppError('NOT_FOUND', 'Deze leveringsvorm bestaat niet (meer).')
      throwIssues(leveringsvormIssues({ ...data, ...(id ? { id } : {}) }, leveringsvormen.list(clientId), indicaties.list(clientId)))
      const savedId = id ? (leveringsvormen.update(id, version!, data, now), id) : leveringsvormen.insert(clientId, data, now)
      return strip(leveringsvormen.get(savedId)!)
    })
  }

  return {
    get,
    createVertegenwoordiger: ({ clientId, ...f }: RouteArgs<'vertegenwoordigers.create'>) => saveVertegenwoordiger(clientId, null, null, f),
    updateVertegenwoordiger({ id, version, ...f }: RouteArgs<'vertegenwoordigers.update'>) {
      return saveVertegenwoordiger(mustExist(vertegenwoordigers.get(id), 'Deze vertegenwoordiger').clientId, id, version, f)
    },
    deactivateVertegenwoordiger({ id, version }: RouteArgs<'vertegenwoordigers.deactivate'>): Vertegenwoordiger {
      const v = mustExist(vertegenwoordigers.get(id), 'Deze vertegenwoordiger')
      return uow.run({ event: 'vertegenwoordiger.deactivate', clientId: v.clientId }, ({ now }) => {
        vertegenwoordigers.update(id, version, { actief: false, brievenNaar: false }, now)
        return strip(vertegenwoordigers.get(id)!)
      })
    },
    createIndicatie: (input: RouteArgs<'indicaties.create'>) => saveIndicatie(input.clientId, null, null, input),
    updateIndicatie({ id, version, ...f }: RouteArgs<'indicaties.update'>) {
      const clientId = mustExist(indicaties.get(id), 'Deze indicatie').clientId
      return saveIndicatie(clientId, id, version, { clientId, ...f })
    },
    createLeveringsvorm: (input: RouteArgs<'leveringsvormen.create'>) => saveLeveringsvorm(input.clientId, null, null, input),
    updateLeveringsvorm({ id, version, ...f }: RouteArgs<'leveringsvormen.update'>) {
      const clientId = mustExist(leveringsvormen.get(id), 'Deze leveringsvorm').clientId
      return saveLeveringsvorm(clientId, id, version, { clientId, ...f })
    },
  }
}
export type DossierService = ReturnType<typeof createDossierService>
