import { AppError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { TeamStateRepo } from '../../sync/state.repo'
import type { Session } from '../../sync/session'
import type { HuisbezoekRepo } from './huisbezoek.repo'
import type { HuisbezoekMark } from '../../../shared/contracts/huisbezoek.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'

type Apparaat = { id: string; naam: string; scope: 'bureau' | 'huisbezoek' }

/**
 * "Mee op huisbezoek" (team mode): the mark is an ordinary dossier row that syncs, so colleagues see
 * who took the dossier on which device since when, and a laptop that holds only marked dossiers
 * receives it. Marking works offline for this workstation; other devices need the server's list.
 */
export function createHuisbezoekService(deps: {
  uow: UnitOfWork
  repo: HuisbezoekRepo
  state: TeamStateRepo
  session: Session
  currentUserId: () => number | null
}) {
  const { uow, repo, state } = deps

  function team() {
    const s = state.get()
    if (!s?.deviceId)
      throw new AppError('NOT_READY', 'Mee op huisbezoek werkt met een teamserver. Verbind deze werkplek eerst in Beheer → Teamserver.')
    return s as typeof s & { deviceId: string }
  }

  function list(clientId: number): HuisbezoekMark[] {
    const mine = state.get()?.deviceId ?? null
    return repo.list(clientId).map((r) => ({
      apparaatId: r.deviceId,
      apparaatNaam: r.deviceNaam || 'onbekend apparaat',
      adviseurNaam: r.adviseurNaam,
      sinds: r.sinds,
      ditApparaat: r.deviceId === mine,
    }))
  }

  async function apparaten(): Promise<Array<Apparaat & { ditApparaat: boolean }>> {
    const s = team()
    const self: Apparaat = { id: s.deviceId, naam: s.deviceNaam, scope: s.scope }
    let all: Apparaat[] = [self]
    try {
      all = await deps.session.call<Apparaat[]>('GET', '/auth/apparaten')
    } catch {
      // Offline: only this workstation can be chosen.
    }
    return all.map((a) => ({ ...a, ditApparaat: a.id === s.deviceId }))
  }

  return {
    list,
    apparaten,
    async meenemen(input: RouteArgs<'huisbezoek.meenemen'>): Promise<HuisbezoekMark[]> {
      const s = team()
      const id = input.apparaatId ?? s.deviceId
      const device = (await apparaten()).find((a) => a.id === id)
      if (!device) throw new AppError('NOT_FOUND', 'Dit apparaat hoort niet (meer) bij uw account.')
      uow.run({ event: 'huisbezoek.meenemen', clientId: input.clientId, resync: false, details: { apparaat: device.naam } }, ({ now }) => {
        if (!repo.add(input.clientId, device.id, device.naam, deps.currentUserId(), now))
          throw new AppError('DUPLICATE', `Dit dossier gaat al mee op huisbezoek met ${device.naam}.`)
      })
      return list(input.clientId)
    },
    terugzetten(input: RouteArgs<'huisbezoek.terugzetten'>): HuisbezoekMark[] {
      team()
      uow.run({ event: 'huisbezoek.terugzetten', clientId: input.clientId, resync: false }, () => {
        if (!repo.remove(input.clientId, input.apparaatId))
          throw new AppError('NOT_FOUND', 'Dit dossier staat niet (meer) op dat apparaat.')
      })
      return list(input.clientId)
    },
  }
}
