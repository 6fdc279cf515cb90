import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { SettledAudit } from '../audit/searchAudit'
import type { ClientsRepo } from '../clients/clients.repo'
import type { ProfielRepo } from '../profiel/profiel.repo'
import type { CaseloadRepo } from './caseload.repo'
import type { CacheWarmer } from './cacheWarmer'
import type { CaseloadMemory } from './memory/caseloadMemory'
import { SIGNALEN, type CaseloadView, type Signaal } from '../../../shared/contracts/caseload.routes'
import type { RouteArgs, RouteOutput } from '../../../shared/contracts/catalog'
import { maskBsn } from '../../../shared/domain/bsn'
import { sortName } from '../../../shared/domain/names'

export function createCaseloadService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: CaseloadRepo
  clients: ClientsRepo
  adviseurs: ProfielRepo
  settledAudit: SettledAudit
  currentUserId: () => number | null
  /** Started by the first page: the first search for a name then finds its pages in the cache. */
  warmer: CacheWarmer
  /** Built after the first page too (memory/caseloadMemory.ts). */
  memory: Pick<CaseloadMemory, 'start'>
}) {
  const { clock, uow, repo } = deps

  function query(input: RouteArgs<'caseload.query'>): RouteOutput<'caseload.query'> {
    const { rows, total, capped, volgende } = repo.page(input, clock.today(), deps.currentUserId())
    deps.warmer.start()
    deps.memory.start()
    // NEN 7513: a search over client data is logged once it settles (never the search text: it may be a BSN).
    if (input.zoek.trim()) deps.settledAudit.note({ event: 'client.search', details: { results: total } })
    return {
      // Counting every match of a broad query costs more than the page: the screen asks for it later.
      total,
      totalCapped: capped,
      volgende,
      rows: rows.map((r) => ({
        id: r.id,
        naam: sortName(r),
        geboortedatum: r.geboortedatum,
        bsnMasked: maskBsn(r.bsn),
        postcode: r.postcode,
        woonplaats: r.woonplaats,
        zorgprofiel: r.zorgprofiel,
        leveringsvorm: r.leveringsvorm,
        adviseurId: r.adviseur_id,
        adviseurNaam: r.adviseur_naam,
        eersteDeadline: r.eerste_deadline,
        openTaken: r.open_taken,
        geheim: r.geheim === 1,
        signalen: SIGNALEN.filter((s: Signaal) => r[`s_${s}`] === 1),
      })),
    }
  }

  /** Hands dossiers to a colleague: all or none, one audit record per dossier (NEN 7513: per client). */
  function reassign(input: RouteArgs<'caseload.reassign'>): { aantal: number } {
    return uow.all(() => {
      if (!deps.adviseurs.isActive(input.naarAdviseurId))
        throw new AppError('NOT_FOUND', 'Deze adviseur bestaat niet of is niet meer actief.')
      let aantal = 0
      for (const id of new Set(input.clientIds)) {
        const from = deps.clients.adviseurOf(id)
        if (from === undefined) throw new AppError('NOT_FOUND', 'Een van de gekozen cliënten bestaat niet (meer). Er is niets gewijzigd.')
        if (from === input.naarAdviseurId) continue
        // The adviser's region decides the verhuizing task and the outside-region signal: the rules run again.
        uow.run({ event: 'client.reassign', clientId: id, details: { naar: input.naarAdviseurId } }, ({ now }) =>
          deps.clients.reassign(id, from, input.naarAdviseurId, input.reden, deps.currentUserId(), now),
        )
        aantal++
      }
      return { aantal }
    })
  }

  function me(): number {
    const id = deps.currentUserId()
    if (id === null) throw new AppError('NOT_READY', 'Maak eerst uw profiel aan.')
    return id
  }

  return {
    query,
    count: (input: RouteArgs<'caseload.count'>) => ({ total: repo.count(input, clock.today(), deps.currentUserId()) }),
    reassign,
    views: () => repo.views(me()),
    saveView(input: RouteArgs<'caseload.views.save'>): CaseloadView {
      const adviseurId = me()
      return uow.run({ event: 'caseload.view.save' }, ({ now }) => repo.saveView(adviseurId, input.naam, JSON.stringify(input.config), now))
    },
    deleteView(id: number): { ok: true } {
      const adviseurId = me()
      return uow.run({ event: 'caseload.view.delete' }, () => {
        if (!repo.deleteView(id, adviseurId)) throw new AppError('NOT_FOUND', 'Deze weergave bestaat niet (meer).')
        return { ok: true as const }
      })
    },
  }
}
export type CaseloadService = ReturnType<typeof createCaseloadService>
