import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { Controles, OverschrijvingRij } from '../../../shared/contracts/plannen.routes'
import { MIN_REDEN } from '../../../shared/domain/plannen/overschrijving'
import { IMMUTABLE, STALE, type PlannenService } from './plannen.service'
import type { OverschrijvingRepo } from './overschrijving.repo'

/**
 * Overschrijvingen (issue 12): a blocking budget check that the app cannot judge (no verified amount
 * for the year, no tariff row) stops vaststellen, unless the adviser lets it pass with a reason in
 * words. Only such a check can be overridden (pasOverschrijvingenToe); the reason is stored with the
 * version, audited, listed in Beheer, and frozen when the version is vastgesteld.
 */
export function createOverschrijvingService(deps: {
  uow: UnitOfWork
  repo: OverschrijvingRepo
  plannen: PlannenService
  currentUserId: () => number | null
}) {
  const { uow, repo, plannen } = deps

  function open(versieId: number) {
    const b = plannen.budgetVersie(versieId)
    if (b.versie.status === 'vastgesteld') throw new AppError('FROZEN', IMMUTABLE)
    return b
  }

  return {
    overschrijf(input: RouteArgs<'plannen.overschrijf'>): Controles {
      const b = open(input.versieId)
      if (b.versie.revisie !== input.revisie) throw new AppError('CONFLICT', STALE)
      if (repo.ofVersie(input.versieId).some((o) => o.code === input.code))
        throw fieldError('code', 'Deze controle is al overschreven. Trek die overschrijving eerst in als u een andere reden wilt geven.')
      // Judged against the plan as it is now: only a check that is "niet te beoordelen" may pass.
      const [probleem] = b.beoordeel([{ code: input.code, reden: input.reden }]).problemen
      if (probleem) throw fieldError(probleem.includes(`${MIN_REDEN} tekens`) ? 'reden' : 'code', probleem)
      const details = { planId: b.plan.id, versieId: input.versieId, code: input.code }
      uow.run({ event: 'plan.overschrijving', clientId: b.plan.clientId, resync: false, details }, ({ now }) =>
        repo.insert({
          versieId: input.versieId,
          code: input.code,
          reden: input.reden,
          adviseurId: deps.currentUserId(),
          now,
        }),
      )
      return plannen.controles(input.versieId)
    },

    /** Withdraws an overschrijving while the version is open; a vastgesteld one keeps it (the triggers too). */
    trekIn({ versieId, code }: RouteArgs<'plannen.overschrijving.delete'>): Controles {
      const b = open(versieId)
      const details = { planId: b.plan.id, versieId, code }
      uow.run({ event: 'plan.overschrijving.delete', clientId: b.plan.clientId, resync: false, details }, () => {
        if (!repo.remove(versieId, code)) throw new AppError('NOT_FOUND', 'Deze controle is niet overschreven (meer).')
      })
      return plannen.controles(versieId)
    },

    /** Beheer's list names clients and their plans: reading it is logged like any look at a dossier. */
    lijst(limit: number): OverschrijvingRij[] {
      const rijen = repo.lijst(limit)
      uow.record({ event: 'plan.overschrijvingen.read', details: { aantal: rijen.length } })
      return rijen
    },
  }
}
export type OverschrijvingService = ReturnType<typeof createOverschrijvingService>
