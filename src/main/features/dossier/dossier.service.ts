import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { ClientsService } from '../clients/clients.service'
import type { ActiviteitenService } from '../activiteiten/activiteiten.service'
import { childRepo } from './childRepo'
import type { Dossier, Indicatie, LeveringsvormRecord, Vertegenwoordiger } from '../../../shared/contracts/dossier.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { indicatieIssues, indicatieWaarschuwingen, indicatiesToClose } from '../../../shared/domain/dossier/indicatie'
import { leveringsvormIssues } from '../../../shared/domain/dossier/leveringsvorm'
import { mustExist, throwIssues, withoutClientId as strip, type DossierWriter } from './dossierWrite'

/**
 * The cliëntdossier: one read of everything (audited as one access), and the writes for
 * representatives, indicaties and leveringsvormen. Every write runs the task rules again and
 * refreshes the caseload summary inside the same transaction.
 */
export function createDossierService(deps: {
  db: Db
  clock: Clock
  audit: Audit
  write: DossierWriter
  clients: ClientsService
  activiteiten: ActiviteitenService
}) {
  const { db, clock, audit, write, clients } = deps
  const vertegenwoordigers = childRepo<Vertegenwoordiger>(db, 'vertegenwoordiger', {
    booleans: ['brieven_naar', 'actief'],
    order: 'actief DESC, id',
    notFound: 'Deze vertegenwoordiger bestaat niet (meer).',
  })
  const indicaties = childRepo<Omit<Indicatie, 'waarschuwingen'>>(db, 'indicatie', {
    booleans: ['meerzorg'],
    lists: ['grondslagen'],
    order: 'ingangsdatum DESC, id DESC',
    notFound: 'Deze indicatie bestaat niet (meer).',
  })
  const leveringsvormen = childRepo<LeveringsvormRecord>(db, 'leveringsvorm', {
    booleans: ['met_behandeling', 'overbrugging'],
    order: 'startdatum DESC, id DESC',
    notFound: 'Deze leveringsvorm bestaat niet (meer).',
  })
  const unsetLetters = db.prepare(
    'UPDATE vertegenwoordiger SET brieven_naar = 0, version = version + 1, updated_at = ? WHERE client_id = ? AND brieven_naar = 1 AND id <> ?',
  )
  const setEnd = db.prepare('UPDATE indicatie SET einddatum = ?, version = version + 1, updated_at = ? WHERE id = ?')

  const withWarnings = (i: Omit<Indicatie, 'waarschuwingen'>): Indicatie => ({ ...i, waarschuwingen: indicatieWaarschuwingen(i) })

  function get(clientId: number): Dossier {
    return db.transaction(() => {
      const client = clients.detail(clientId)
      audit.record({ event: 'client.read', action: 'R', clientId })
      return {
        client,
        vertegenwoordigers: vertegenwoordigers.list(clientId).map(strip),
        indicaties: indicaties.list(clientId).map(strip).map(withWarnings),
        leveringsvormen: leveringsvormen.list(clientId).map(strip),
        ...deps.activiteiten.forDossier(clientId),
      }
    })()
  }

  function saveVertegenwoordiger(
    clientId: number,
    id: number | null,
    version: number | null,
    fields: Omit<Vertegenwoordiger, 'id' | 'version' | 'actief'>,
  ): Vertegenwoordiger {
    return write(clientId, id ? 'vertegenwoordiger.update' : 'vertegenwoordiger.create', id ? 'U' : 'C', (now) => {
      // Letters go to one address: choosing this one first clears the mark on the others.
      if (fields.brievenNaar) unsetLetters.run(now, clientId, id ?? -1)
      const savedId = id ? (vertegenwoordigers.update(id, version!, fields, now), id) : vertegenwoordigers.insert(clientId, fields, now)
      return strip(vertegenwoordigers.get(savedId)!)
    })
  }

  function saveIndicatie(clientId: number, id: number | null, version: number | null, fields: RouteArgs<'indicaties.create'>): Indicatie {
    const { clientId: _c, ...data } = fields
    return write(clientId, id ? 'indicatie.update' : 'indicatie.create', id ? 'U' : 'C', (now) => {
      const all = indicaties.list(clientId)
      const before = id ? all.find((i) => i.id === id) : undefined
      if (id && !before) throw new AppError('NOT_FOUND', 'Deze indicatie bestaat niet (meer).')
      const draft = { ...data, ...(id ? { id } : {}) }
      // Earlier indicaties end the day before a new one starts (herindicatie), so check overlap after that.
      const closing = id ? [] : indicatiesToClose(draft, all)
      const others = all.map((o) => ({ ...o, einddatum: closing.find((c) => c.id === o.id)?.einddatum ?? o.einddatum }))
      throwIssues(indicatieIssues(draft, clock.today(), others, before))
      if (db.prepare('SELECT 1 FROM indicatie WHERE besluitnummer = ? AND id <> ?').get(data.besluitnummer, id ?? -1)) {
        throw new AppError('DUPLICATE', 'Dit besluitnummer is al vastgelegd.', [
          { path: 'besluitnummer', message: 'Dit besluitnummer is al vastgelegd.' },
        ])
      }
      for (const c of closing) setEnd.run(c.einddatum, now, c.id)
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
    return write(clientId, id ? 'leveringsvorm.update' : 'leveringsvorm.create', id ? 'U' : 'C', (now) => {
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
      return write(v.clientId, 'vertegenwoordiger.deactivate', 'U', (now) => {
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
