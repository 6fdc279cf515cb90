import { fieldError } from '../../lib/errors'
import type { BriefDossier } from '../../../shared/domain/brieven/dossier'
import type { BriefGegevens } from '../../../shared/domain/brieven/gegevens'
import { bedragProblemen, toekenningBedragProblemen } from '../../../shared/domain/brieven/pgbToekenning'
import type { BriefSoort } from '../../../shared/domain/brieven/soorten'
import { OP_MAAT_VANAF } from '../../../shared/domain/plannen/opMaat'
import { MET_BUDGETPLAN } from './brievenBron'

type Plan = NonNullable<BriefDossier['budgetplan']>

const GEEN_JAARBEDRAG =
  'Vanaf 2025 is het pgb op maat: het bedrag volgt uit het vastgestelde budgetplan van de cliënt. Laat het budget per jaar leeg.'

/** Whether a pgb letter is op maat (from 2025), as pgbToekenning decides it: its start, else the plan's. */
export function isOpMaatBrief(soort: BriefSoort, g: BriefGegevens, dossier: BriefDossier | undefined): boolean {
  const start = g.ingangsdatum ?? dossier?.budgetplan?.periodeVan ?? null
  return MET_BUDGETPLAN.has(soort) && start !== null && start >= OP_MAAT_VANAF
}

/** The vastgesteld budgetplan an op-maat pgb letter grants; null for any other letter. */
export function opMaatPlan(soort: BriefSoort, g: BriefGegevens, dossier: BriefDossier | undefined): Plan | null {
  return isOpMaatBrief(soort, g, dossier) ? (dossier?.budgetplan ?? null) : null
}

/**
 * Amounts are refused at once with a Dutch message, and nothing is written. Before 2025: zero, or
 * above the maximum for the zorgprofiel. From 2025 (op maat): no amount of its own per year, and
 * the amount granted not above the vastgesteld budgetplan's total, nor lower without a reason.
 * A letter without a vastgesteld plan may be saved; what is missing is listed, and it cannot be
 * finalised. Returns the plan the letter grants.
 */
export function checkBedragen(soort: BriefSoort, g: BriefGegevens, dossier: BriefDossier | undefined): Plan | null {
  if (isOpMaatBrief(soort, g, dossier) && g.jaarbedragCenten !== null) throw fieldError('gegevens.jaarbedragCenten', GEEN_JAARBEDRAG)
  if (g.jaarbedragCenten !== null) {
    const [problem] = bedragProblemen(g)
    if (problem) throw fieldError('gegevens.jaarbedragCenten', problem)
  }
  const plan = opMaatPlan(soort, g, dossier)
  const [problem] = plan ? toekenningBedragProblemen(g, plan) : []
  if (problem) throw fieldError('gegevens.toegekendCenten', problem)
  return plan
}

/**
 * A batch gives every client the same data; from 2025 each client's amount comes from their own
 * vastgesteld budgetplan, so the batch carries no amount (a client without a plan fails at the run
 * with "Stel eerst het budgetplan vast").
 */
export function checkBatchBedragen(soort: BriefSoort, g: BriefGegevens): void {
  const opMaat = MET_BUDGETPLAN.has(soort) && (g.ingangsdatum === null || g.ingangsdatum >= OP_MAAT_VANAF)
  if (!opMaat) return void checkBedragen(soort, g, undefined)
  if (g.jaarbedragCenten !== null) throw fieldError('gegevens.jaarbedragCenten', GEEN_JAARBEDRAG)
  if (g.toegekendCenten !== null)
    throw fieldError(
      'gegevens.toegekendCenten',
      'In een reeks krijgt elke cliënt het totaal van zijn eigen budgetplan. Een lager bedrag kent u per brief toe, met een reden.',
    )
}
