import type { BudgetplanInhoud } from '../../contracts/plannen.inhoud'
import { controleerBudgetplan } from './budgetChecks'
import type { Controle, ControleContext } from './controles'
import type { Kostenoverzicht } from './kosten'
import { nietBeoordeeld, pasOverschrijvingenToe, type Overschrijving } from './overschrijving'
import { ontbrekendVoorVaststellen } from './vereisten'

export interface Beoordeling {
  controles: Controle[]
  kosten: Kostenoverzicht | null
  /** What stops vaststellen, in Dutch: missing fields, failing checks, checks not judged and not overridden. */
  ontbreekt: string[]
  /** Overschrijvingen that were refused (unknown check, a failing check, a reason too short). */
  problemen: string[]
}

/**
 * The lawful judgement of a budgetplan (issue 12): op maat from 2025, the profile maximum before,
 * and a blocking check that cannot be judged blocks vaststellen unless the adviser overrides it
 * with a recorded reason. plannen.service judges every budgetplan with this.
 */
export function beoordeelBudgetplan(
  plan: BudgetplanInhoud,
  ctx: ControleContext,
  overschrijvingen: readonly Overschrijving[],
): Beoordeling {
  const { controles: ruw, kosten } = controleerBudgetplan(plan, ctx)
  const { controles, problemen } = pasOverschrijvingenToe(ruw, overschrijvingen)
  const ontbreekt = [...ontbrekendVoorVaststellen({ soort: 'budgetplan', inhoud: plan }, controles), ...nietBeoordeeld(controles)]
  return { controles, kosten, ontbreekt, problemen }
}
