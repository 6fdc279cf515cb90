import type { BudgetplanInhoud, ZorgRegel } from '../../contracts/plannen.inhoud'
import { daysBetweenInclusive } from './bedragen'

/** Cost of one care line over a period: per week × tariff × the number of weeks in the period. */
export function regelKosten(regel: Pick<ZorgRegel, 'perWeek' | 'tariefCent'>, dagen: number): number {
  return Math.round((regel.perWeek * regel.tariefCent * dagen) / 7)
}

export interface Kostenoverzicht {
  dagen: number
  perZorgverlener: Array<{ id: string; naam: string; cent: number }>
  totaalCent: number
  /** What the same plan costs over a whole year, to compare with yearly amounts. */
  perJaarCent: number
}

/** Totals of a budgetplan for its period (and per year). Null when the period is not (validly) set. */
export function budgetplanKosten(plan: BudgetplanInhoud): Kostenoverzicht | null {
  if (!plan.periodeVan || !plan.periodeTot || plan.periodeTot < plan.periodeVan) return null
  const dagen = daysBetweenInclusive(plan.periodeVan, plan.periodeTot)
  const perZorgverlener = plan.zorgverleners.map((z) => ({
    id: z.id,
    naam: z.naam,
    cent: z.regels.reduce((sum, r) => sum + regelKosten(r, dagen), 0),
  }))
  const perWeek = plan.zorgverleners.reduce((s, z) => s + z.regels.reduce((t, r) => t + r.perWeek * r.tariefCent, 0), 0)
  return {
    dagen,
    perZorgverlener,
    totaalCent: perZorgverlener.reduce((s, z) => s + z.cent, 0),
    perJaarCent: Math.round((perWeek * 365) / 7),
  }
}
