import type { Db } from '../../db/types'
import type { ClientsService } from '../clients/clients.service'
import { displayName } from '../../../shared/domain/names'
import type { Leveringsvorm } from '../../../shared/domain/codes'
import type { PlanInhoud } from '../../../shared/contracts/plannen.inhoud'
import type { Plan } from '../../../shared/contracts/plannen.routes'

/**
 * What the checks need from the dossier: the indicatie in force at the start of the plan (or today),
 * its zorgprofiel, and the client's current leveringsvorm from the caseload summary.
 */
export function planContextReader(db: Db, clients: ClientsService) {
  const indicatieOn = db.prepare(
    `SELECT ingangsdatum, einddatum, zorgprofiel FROM indicatie WHERE client_id = ? AND ingangsdatum <= ? AND (einddatum IS NULL OR einddatum >= ?)
     ORDER BY ingangsdatum DESC LIMIT 1`,
  )
  const leveringsvorm = db.prepare('SELECT leveringsvorm FROM client WHERE id = ?').pluck()
  const latestIndicatie = db.prepare(
    'SELECT ingangsdatum, einddatum, zorgprofiel FROM indicatie WHERE client_id = ? ORDER BY ingangsdatum DESC LIMIT 1',
  )

  return (clientId: number, plan: PlanInhoud | null, today: string): Plan['context'] => {
    const c = clients.mustGet(clientId)
    const datum = plan?.soort === 'budgetplan' && plan.inhoud.periodeVan ? plan.inhoud.periodeVan : today
    const ind = (indicatieOn.get(clientId, datum, datum) ?? latestIndicatie.get(clientId)) as
      { ingangsdatum: string; einddatum: string | null; zorgprofiel: string } | undefined
    return {
      clientId,
      clientNaam: displayName(c),
      zorgprofiel: ind?.zorgprofiel ?? null,
      leveringsvorm: (leveringsvorm.get(clientId) as Leveringsvorm | null) ?? null,
      indicatie: ind ? { ingangsdatum: ind.ingangsdatum, einddatum: ind.einddatum } : null,
    }
  }
}
