import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ClientsService } from '../clients/clients.service'
import type { AanbiedersRepo } from './aanbieders.repo'
import type { WachtlijstRepo, WachtlijstRow } from './wachtlijst.repo'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { WachtlijstRij } from '../../../shared/contracts/aanbieders.routes'
import { displayName } from '../../../shared/domain/names'
import { daysBetweenInclusive } from '../../../shared/domain/plannen/bedragen'

/**
 * Wachtlijstbemiddeling (Wlz art. 4.2.1 lid 1 sub b): a client registered at a location with a
 * wachtstatus, classificaties, voorkeur and overbruggingszorg (Wlz art. 3.3.6), and the history of
 * status changes, offers and refusals. Every change refreshes the caseload signal (the unit of work
 * runs the dossier's rules again).
 */
export function createWachtlijstService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: WachtlijstRepo
  aanbieders: AanbiedersRepo
  clients: ClientsService
}) {
  const { clock, uow, repo } = deps
  const names = new Map<number, string>()

  function toRij(r: WachtlijstRow): WachtlijstRij {
    if (!names.has(r.clientId)) names.set(r.clientId, displayName(deps.clients.mustGet(r.clientId)))
    return {
      ...r,
      clientNaam: names.get(r.clientId)!,
      classificaties: r.classificaties ? r.classificaties.split(',') : [],
      voorkeur: r.voorkeur === 1,
      overbrugging: r.overbrugging === 1,
      actief: r.actief === 1,
      wachtWeken: Math.floor((daysBetweenInclusive(r.sinds, clock.today()) - 1) / 7),
    }
  }
  const mustGet = (id: number) => {
    const r = repo.get(id)
    if (!r) throw new AppError('NOT_FOUND', 'Deze wachtlijstplaatsing bestaat niet (meer).')
    return r
  }

  return {
    list(input: RouteArgs<'wachtlijst.list'>): WachtlijstRij[] {
      names.clear()
      const f = { clientId: input.clientId ?? null, locatieId: input.locatieId ?? null, status: input.wachtstatus ?? null }
      return repo.list({ ...f, actief: input.actief ? 1 : 0 }).map(toRij)
    },
    historie: (id: number) => repo.events(mustGet(id).id),

    aanmelden(input: RouteArgs<'wachtlijst.aanmelden'>): WachtlijstRij {
      if (input.sinds > clock.today()) throw fieldError('sinds', 'De aanmelddatum ligt in de toekomst.')
      if (input.overbrugging && !input.overbruggingAanbieder)
        throw fieldError('overbruggingAanbieder', 'Vul in wie de overbruggingszorg levert.')
      // Usually one location is the client's voorkeur; a second one is allowed, but only on purpose.
      const eerdere = input.voorkeur
        ? repo.list({ clientId: input.clientId, locatieId: null, status: null, actief: 1 }).find((r) => r.voorkeur === 1)
        : undefined
      if (eerdere && !input.tweedeVoorkeur)
        throw fieldError(
          'voorkeur',
          `${eerdere.locatie} is al voorkeursaanbieder. Bevestig dat u een tweede voorkeursaanbieder wilt vastleggen.`,
          'CONFLICT',
        )
      const { tweedeVoorkeur: _bevestigd, ...rij } = input
      const id = uow.run({ event: 'wachtlijst.aanmelden', clientId: input.clientId }, (tx) => {
        if (!deps.aanbieders.locatieExists(input.locatieId)) throw new AppError('NOT_FOUND', 'Deze locatie bestaat niet (meer).')
        if (repo.activeAt(input.clientId, input.locatieId))
          throw new AppError('DUPLICATE', 'Deze cliënt staat al op de wachtlijst van deze locatie.')
        const newId = repo.insert({
          ...rij,
          classificaties: input.classificaties.join(','),
          voorkeur: input.voorkeur ? 1 : 0,
          overbrugging: input.overbrugging ? 1 : 0,
          now: tx.now,
        })
        repo.addEvent(newId, input.sinds, 'aanmelding', input.wachtstatus, '', tx.now)
        tx.detail({ wachtlijstId: newId, locatieId: input.locatieId })
        return newId
      })
      return toRij(mustGet(id))
    },

    gebeurtenis(input: RouteArgs<'wachtlijst.gebeurtenis'>): WachtlijstRij {
      if (input.datum > clock.today()) throw fieldError('datum', 'De datum ligt in de toekomst.')
      const w = mustGet(input.id)
      if (w.actief !== 1) throw new AppError('CONFLICT', 'Deze wachtlijstplaatsing is al beëindigd.')
      if (input.soort === 'status' && !input.wachtstatus) throw fieldError('wachtstatus', 'Kies de nieuwe wachtstatus.')
      uow.run({ event: `wachtlijst.${input.soort}` as const, clientId: w.clientId, details: { wachtlijstId: w.id } }, ({ now }) => {
        const moved = repo.update({
          id: w.id,
          version: input.version,
          wachtstatus: input.soort === 'status' ? input.wachtstatus! : w.wachtstatus,
          weigeringen: w.weigeringen + (input.soort === 'weigering' ? 1 : 0),
          actief: input.soort === 'einde' ? 0 : 1,
          beeindigdOp: input.soort === 'einde' ? input.datum : null,
          now,
        })
        if (!moved) throw new AppError('CONFLICT', 'Deze plaatsing is intussen gewijzigd; laad de wachtlijst opnieuw.')
        repo.addEvent(w.id, input.datum, input.soort, input.soort === 'status' ? input.wachtstatus! : null, input.toelichting, now)
      })
      return toRij(mustGet(w.id))
    },
  }
}
