import type { TestBackend } from './backend'
import { BudgetplanInhoudSchema, type BudgetplanInhoud } from '../../src/shared/contracts/plannen.inhoud'

/** Why a check the app cannot judge may pass (fictitious; an overschrijving needs 20 characters or more). */
export const REDEN = 'Maximumtarief 2027 nagekeken in de Staatscourant; de tabel in Beheer volgt nog.'

/**
 * Fien's morning care for a whole year (fictitious): informal, five hours a week at € 24,44. For
 * 2027 that costs 5 × € 24,44 × 365 / 7 = € 6.371,86.
 */
export function fienPlan(base: BudgetplanInhoud, opts: { jaar?: number; tariefCent?: number; perWeek?: number } = {}): BudgetplanInhoud {
  const jaar = opts.jaar ?? 2027
  return BudgetplanInhoudSchema.parse({
    ...base,
    periodeVan: `${jaar}-01-01`,
    periodeTot: `${jaar}-12-31`,
    zorgverleners: [
      {
        ...base.zorgverleners[0]!,
        naam: 'Fien (fictief)',
        regels: [{ ...base.zorgverleners[0]!.regels[0]!, perWeek: opts.perWeek ?? 5, tariefCent: opts.tariefCent ?? 2444 }],
      },
    ],
    pgbVaardigheid: base.pgbVaardigheid.map(() => ({ oordeel: 'voldoende', toelichting: '' })),
    keuzegesprek: {
      datum: '2026-11-20',
      aanwezigen: 'Jeanet (moeder), adviseur',
      gewaarborgdeHulp: 'Jeanet',
      uitkomst: 'positief',
      verslag: '',
    },
  })
}

/** A budgetplan drafted from the mantelzorger template with Fien's care; not yet vastgesteld. */
export async function conceptBudgetplan(b: TestBackend, clientId: number, opts: Parameters<typeof fienPlan>[1] = {}) {
  const { planId } = await b.ok('plannen.create', { clientId, sjabloon: 'budgetplan_mantelzorger', titel: '' })
  const plan = await b.ok('plannen.get', { planId })
  const inhoud = fienPlan(plan.huidig.plan.inhoud as BudgetplanInhoud, opts)
  const saved = await b.ok('plannen.autosave', { versieId: plan.huidig.id, revisie: 1, plan: { soort: 'budgetplan', inhoud } })
  return { planId, versieId: plan.huidig.id, revisie: saved.revisie }
}

/**
 * A vastgesteld budgetplan for the client, as the adviser sets it: every blocking check the app
 * cannot judge (no verified maximum for the year) is overridden with a reason first.
 */
export async function vastgesteldBudgetplan(b: TestBackend, clientId: number, opts: Parameters<typeof fienPlan>[1] = {}) {
  const c = await conceptBudgetplan(b, clientId, opts)
  const controles = await b.ok('plannen.controles', { versieId: c.versieId })
  for (const x of controles.controles.filter((x) => x.blokkeert && x.status === 'onbekend'))
    await b.ok('plannen.overschrijf', { versieId: c.versieId, revisie: c.revisie, code: x.code, reden: REDEN })
  await b.ok('plannen.setStatus', { versieId: c.versieId, revisie: c.revisie, status: 'vastgesteld' })
  const totaalCent = b.db!.prepare('SELECT budget_cent FROM plan_versie WHERE id = ?').pluck().get(c.versieId) as number
  return { ...c, totaalCent }
}
