import type { BudgetplanInhoud } from '../../contracts/plannen.inhoud'
import { formatMoney } from '../../format/nl'
import { check, type Controle, type ControleContext } from './controles'
import type { Kostenoverzicht } from './kosten'

/**
 * "Vanaf januari 2025 wordt aan iedereen binnen de Wlz een pgb op maat toegekend. Dit komt in de
 * plaats van een maximumbedrag per persoon" (rijksoverheid.nl, wlz-reference §14.2; the Rlz text
 * itself was not read). A date in the law, not an amount: periods before it keep the maximum per
 * zorgprofiel; from it the budget is what the budgetplan costs within the maximum tariffs.
 */
export const OP_MAAT_VANAF = '2025-01-01'
export const isOpMaat = (periodeVan: string): boolean => periodeVan >= OP_MAAT_VANAF

/**
 * Op maat: the budget is the budgetplan's care at its tariffs, pro rata per day (kosten.ts). Whether
 * that budget is lawful is decided by the tariff check, which blocks; this check shows the amount
 * and follows it, so an adviser never has to let the same question pass twice.
 */
export function opMaatBudgetCheck(kosten: Kostenoverzicht, tarieven: Controle): Controle {
  const base = {
    code: 'budget',
    titel: 'Budget op maat: het budgetplan binnen de maximumtarieven',
    artikel: 'Wlz art. 3.3.3 lid 6; Blz art. 3.6.5 (pgb op maat vanaf 2025)',
  }
  const cijfers = [
    ...kosten.perZorgverlener.map((z) => ({ label: z.naam || 'Zorgverlener zonder naam', waarde: formatMoney(z.cent) })),
    { label: `Budget op maat (${kosten.dagen} dagen)`, waarde: formatMoney(kosten.totaalCent) },
  ]
  const uitleg = {
    voldoet: `Vanaf 2025 is het pgb op maat: het budget is het totaal van het budgetplan, ${formatMoney(kosten.totaalCent)} voor ${kosten.dagen} dagen. Een maximum per zorgprofiel geldt niet meer.`,
    voldoet_niet: 'Het budget volgt uit het budgetplan, maar een of meer tarieven liggen boven het maximum. Pas de tarieven aan.',
    onbekend: 'Het budget volgt uit het budgetplan; of het klopt, hangt af van de controle op de tarieven, die niet te beoordelen is.',
  }
  const status = tarieven.status === 'voldoet' || tarieven.status === 'voldoet_niet' ? tarieven.status : 'onbekend'
  return check({ ...base, status, uitleg: uitleg[status], cijfers })
}

/**
 * Wlz art. 3.3.2 lid 4 sub b: mpt and pgb together may not cost more than a pgb alone. Op maat there
 * is no fixed pgb amount per zorgprofiel to compare with, so the check cannot be judged by the app:
 * the adviser judges it and records why (an overschrijving with a reason).
 */
export function opMaatMptCheck(plan: BudgetplanInhoud, ctx: ControleContext, kosten: Kostenoverzicht): Controle {
  const base = { code: 'mpt_pgb', titel: 'Mpt en pgb samen binnen het pgb-budget', artikel: 'Wlz art. 3.3.2 lid 4 sub b', blokkeert: true }
  if (ctx.leveringsvorm !== 'mpt_pgb' && !plan.mptPerJaarCent)
    return check({ ...base, status: 'nvt', uitleg: 'De cliënt combineert geen mpt met een pgb.', cijfers: [] })
  return check({
    ...base,
    status: 'onbekend',
    uitleg:
      'Niet te beoordelen: vanaf 2025 is er geen vast pgb-bedrag per zorgprofiel om mee te vergelijken. Beoordeel of mpt en pgb samen niet meer kosten dan dezelfde zorg met alleen een pgb, en leg uw oordeel vast als reden bij het overschrijven.',
    cijfers: [
      { label: 'Pgb volgens budgetplan', waarde: formatMoney(kosten.totaalCent) },
      ...(plan.mptPerJaarCent !== null ? [{ label: 'Mpt per jaar', waarde: formatMoney(plan.mptPerJaarCent) }] : []),
    ],
  })
}

/** Blz art. 3.1.1 lid 2: meerzorg rests on the care need; op maat there is no profile budget to hold it against. */
export function opMaatMeerzorgCheck(): Controle {
  return check({
    code: 'meerzorg',
    titel: 'Meerzorg-signaal',
    artikel: 'Blz art. 3.1.1 lid 2',
    status: 'nvt',
    uitleg: 'Vanaf 2025 is er geen budget per zorgprofiel om het budgetplan mee te vergelijken. Beoordeel meerzorg op de zorgbehoefte.',
    cijfers: [],
  })
}
