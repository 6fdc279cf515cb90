import type { ClientsService } from '../clients/clients.service'
import { displayName } from '../../../shared/domain/names'
import type { Leveringsvorm } from '../../../shared/domain/codes'
import type { PlanInhoud } from '../../../shared/contracts/plannen.inhoud'
import type { Plan } from '../../../shared/contracts/plannen.routes'
import type { PlannenRepo } from './plannen.repo'

/**
 * What the checks need from the dossier: the indicatie in force at the start of the plan (or today),
 * its zorgprofiel, and the client's current leveringsvorm from the caseload summary.
 */
export function planContextReader(repo: PlannenRepo, clients: ClientsService) {
  return (clientId: number, plan: PlanInhoud | null, today: string): Plan['context'] => {
    const c = clients.mustGet(clientId)
    const datum = plan?.soort === 'budgetplan' && plan.inhoud.periodeVan ? plan.inhoud.periodeVan : today
    const ind = repo.indicatieFor(clientId, datum)
    return {
      clientId,
      clientNaam: displayName(c),
      zorgprofiel: ind?.zorgprofiel ?? null,
      leveringsvorm: repo.leveringsvorm(clientId) as Leveringsvorm | null,
      indicatie: ind ? { ingangsdatum: ind.ingangsdatum, einddatum: ind.einddatum } : null,
    }
  }
}
