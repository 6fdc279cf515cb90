import type { BudgetplanInhoud } from '../../contracts/plannen.inhoud'
import { formatMoney } from '../../format/nl'
import { zorgprofiel } from '../zorgprofielen'
import { daysInYear, proRata } from './bedragen'
import {
  check,
  ongeverifieerd,
  periodeCheck,
  profielCheck,
  tarievenCheck,
  wooninitiatiefCheck,
  type Controle,
  type ControleContext,
} from './controles'
import { budgetplanKosten, type Kostenoverzicht } from './kosten'
import { isOpMaat, opMaatBudgetCheck, opMaatMeerzorgCheck, opMaatMptCheck } from './opMaat'

/** Meerzorg is a signal from 25% above the profile (Rlz art. 2.2, 2015 text). */
const MEERZORG_FACTOR = 1.25

interface Budget {
  cent: number | null
  note: string | null
  cijfers: Controle['cijfers']
}

/** Blz art. 3.6.3: the pgb budget for the profile over the period, plus the wooninitiatief toeslag. */
function budgetVoorPeriode(plan: BudgetplanInhoud, ctx: ControleContext, kosten: Kostenoverzicht, woon: Controle): Budget {
  const van = plan.periodeVan!
  const tot = plan.periodeTot!
  const basis = ctx.zorgprofiel ? proRata(ctx.bedragen, 'pgb_budget_jaar', ctx.zorgprofiel, van, tot) : null
  if (!basis || basis.cent === null) return { cent: null, note: null, cijfers: [] }
  const cijfers = [{ label: `Pgb-budget ${ctx.zorgprofiel} voor ${kosten.dagen} dagen`, waarde: formatMoney(basis.cent) }]
  let cent = basis.cent
  const jaren = [...basis.ongeverifieerdeJaren]
  if (woon.status === 'voldoet') {
    const toeslag = proRata(ctx.bedragen, 'toeslag_wooninitiatief_jaar', '', van, tot)
    if (toeslag.cent !== null) {
      cent += toeslag.cent
      jaren.push(...toeslag.ongeverifieerdeJaren)
      cijfers.push({ label: 'Toeslag wooninitiatief', waarde: formatMoney(toeslag.cent) })
    }
  }
  return { cent, note: ongeverifieerd([...new Set(jaren)]), cijfers }
}

function mptVoorPeriode(plan: BudgetplanInhoud, dagen: number): number {
  const jaar = Number(plan.periodeVan!.slice(0, 4))
  return Math.round(((plan.mptPerJaarCent ?? 0) * dagen) / daysInYear(jaar))
}

/**
 * Every check on a budgetplan, in the order the adviser reads them. Pure and fast (no I/O). A period
 * from 2025 is op maat (opMaat.ts); before, the budget per zorgprofiel. An amount without a verified
 * value for its year makes a blocking check "niet te beoordelen" (issue 12): it cannot pass on a
 * guess, only by an overschrijving with a reason (beoordeling.ts, the one caller).
 */
export function controleerBudgetplan(
  plan: BudgetplanInhoud,
  ctx: ControleContext,
): { controles: Controle[]; kosten: Kostenoverzicht | null } {
  const periode = periodeCheck(plan, ctx)
  const woon = wooninitiatiefCheck(plan)
  const kosten = budgetplanKosten(plan)
  const tarieven = tarievenCheck(plan, ctx)
  const controles = [periode, profielCheck(ctx), tarieven]
  if (!kosten || periode.status !== 'voldoet') {
    const uitleg = 'Kan pas worden berekend als de periode klopt.'
    for (const [code, titel, artikel] of KOSTEN_CHECKS)
      controles.push(check({ code, titel, artikel, status: 'onbekend', uitleg, cijfers: [], blokkeert: code === 'budget' }))
    return { controles: [...controles, woon], kosten }
  }
  if (isOpMaat(plan.periodeVan!)) {
    controles.push(
      opMaatBudgetCheck(kosten, tarieven),
      opMaatMptCheck(plan, ctx, kosten),
      doelmatigheidCheck(plan, ctx, kosten),
      opMaatMeerzorgCheck(),
      logeeropvangCheck(plan, kosten),
    )
    return { controles: [...controles, woon], kosten }
  }
  const budget = budgetVoorPeriode(plan, ctx, kosten, woon)
  const totaal = [{ label: `Budgetplan (${kosten.dagen} dagen)`, waarde: formatMoney(kosten.totaalCent) }]
  controles.push(
    budgetCheck(kosten, budget, totaal),
    mptCheck(plan, ctx, kosten, budget),
    doelmatigheidCheck(plan, ctx, kosten),
    meerzorgCheck(ctx, kosten, budget, totaal),
    logeeropvangCheck(plan, kosten),
  )
  return { controles: [...controles, woon], kosten }
}

/** A blocking check whose amount has no verified value for the year: it cannot pass on a guess. */
function nietTeBeoordelen(
  b: Pick<Controle, 'code' | 'titel' | 'artikel' | 'blokkeert'>,
  note: string,
  cijfers: Controle['cijfers'],
): Controle {
  return check({
    ...b,
    status: 'onbekend',
    uitleg: `Niet te beoordelen: ${note.charAt(0).toLowerCase()}${note.slice(1)} Vul het bedrag aan of overschrijf deze controle met een reden.`,
    cijfers,
    ongeverifieerd: note,
  })
}

const KOSTEN_CHECKS = [
  ['budget', 'Budgetplan binnen het pgb-budget', 'Blz art. 3.6.3; Wlz art. 3.3.3 lid 6'],
  ['mpt_pgb', 'Mpt en pgb samen binnen het pgb-budget', 'Wlz art. 3.3.2 lid 4 sub b'],
  ['doelmatigheid', 'Zorg thuis tegenover verblijf (doelmatigheid)', 'Wlz art. 3.3.2; Wlz art. 3.3.3 lid 4 sub a'],
  ['meerzorg', 'Meerzorg-signaal', 'Blz art. 3.1.1 lid 2; Rlz art. 2.2'],
  ['logeeropvang', 'Logeeropvang hoogstens 156 etmalen per jaar', 'Blz art. 3.1.3'],
] as const
const base = (code: (typeof KOSTEN_CHECKS)[number][0]) => {
  const [, titel, artikel] = KOSTEN_CHECKS.find((c) => c[0] === code)!
  return { code, titel, artikel }
}

/** Before 2025: the budget per zorgprofiel (Blz 3.6.3). An unverified amount cannot judge the plan. */
function budgetCheck(kosten: Kostenoverzicht, budget: Budget, totaal: Controle['cijfers']): Controle {
  const b = { ...base('budget'), blokkeert: true }
  if (budget.cent === null)
    return check({
      ...b,
      status: 'onbekend',
      uitleg: 'Voor dit zorgprofiel en deze periode staat geen pgb-budget in de tabel. Vul het aan in Beheer → Bedragen en tarieven.',
      cijfers: totaal,
    })
  const cijfers = [...totaal, ...budget.cijfers, { label: 'Ruimte', waarde: formatMoney(budget.cent - kosten.totaalCent) }]
  if (budget.note) return nietTeBeoordelen(b, budget.note, cijfers)
  const ok = kosten.totaalCent <= budget.cent
  return check({
    ...b,
    status: ok ? 'voldoet' : 'voldoet_niet',
    uitleg: ok ? 'Het budgetplan past binnen het budget.' : 'Het budgetplan is hoger dan het budget.',
    cijfers,
    ongeverifieerd: budget.note,
  })
}

function mptCheck(plan: BudgetplanInhoud, ctx: ControleContext, kosten: Kostenoverzicht, budget: Budget): Controle {
  const b = { ...base('mpt_pgb'), blokkeert: true }
  if (ctx.leveringsvorm !== 'mpt_pgb' && !plan.mptPerJaarCent)
    return check({ ...b, status: 'nvt', uitleg: 'De cliënt combineert geen mpt met een pgb.', cijfers: [] })
  if (plan.mptPerJaarCent === null)
    return check({ ...b, status: 'onbekend', uitleg: 'Vul de kosten van het mpt-deel per jaar in.', cijfers: [] })
  if (budget.cent === null) return check({ ...b, status: 'onbekend', uitleg: 'Geen pgb-budget bekend voor dit zorgprofiel.', cijfers: [] })
  const mpt = mptVoorPeriode(plan, kosten.dagen)
  const samen = mpt + kosten.totaalCent
  const cijfers = [
    { label: 'Mpt voor de periode', waarde: formatMoney(mpt) },
    { label: 'Pgb volgens budgetplan', waarde: formatMoney(kosten.totaalCent) },
    { label: 'Samen', waarde: formatMoney(samen) },
    { label: 'Pgb-budget (alleen pgb)', waarde: formatMoney(budget.cent) },
  ]
  if (budget.note) return nietTeBeoordelen(b, budget.note, cijfers)
  const ok = samen <= budget.cent
  return check({
    ...b,
    status: ok ? 'voldoet' : 'voldoet_niet',
    uitleg: ok ? 'Mpt en pgb samen blijven binnen het pgb-budget.' : 'Mpt en pgb samen zijn hoger dan het pgb-budget.',
    cijfers,
    ongeverifieerd: budget.note,
  })
}

function doelmatigheidCheck(plan: BudgetplanInhoud, ctx: ControleContext, kosten: Kostenoverzicht): Controle {
  const b = base('doelmatigheid')
  const verblijf = ctx.zorgprofiel
    ? proRata(ctx.bedragen, 'verblijf_kosten_jaar', ctx.zorgprofiel, plan.periodeVan!, plan.periodeTot!)
    : null
  if (!verblijf || verblijf.cent === null)
    return check({
      ...b,
      status: 'onbekend',
      uitleg: 'Geen kosten van verblijf bekend voor dit zorgprofiel; vul de tabel aan in Beheer.',
      cijfers: [],
    })
  const thuis = kosten.totaalCent + mptVoorPeriode(plan, kosten.dagen)
  const cijfers = [
    { label: 'Zorg thuis', waarde: formatMoney(thuis) },
    { label: 'Verblijf', waarde: formatMoney(verblijf.cent) },
  ]
  const ok = thuis <= verblijf.cent
  return check({
    ...b,
    status: ok ? 'voldoet' : 'signaal',
    uitleg: ok ? 'Zorg thuis is niet duurder dan verblijf.' : 'Zorg thuis is duurder dan verblijf: motiveer waarom dit doelmatig is.',
    cijfers,
    ongeverifieerd: ongeverifieerd(verblijf.ongeverifieerdeJaren),
  })
}

function meerzorgCheck(ctx: ControleContext, kosten: Kostenoverzicht, budget: Budget, totaal: Controle['cijfers']): Controle {
  const b = base('meerzorg')
  const zp = ctx.zorgprofiel ? zorgprofiel(ctx.zorgprofiel) : undefined
  if (budget.cent === null || !zp)
    return check({ ...b, status: 'onbekend', uitleg: 'Geen budget bekend om mee te vergelijken.', cijfers: [] })
  const grens = Math.round(budget.cent * MEERZORG_FACTOR)
  const cijfers = [...totaal, { label: 'Budget + 25%', waarde: formatMoney(grens) }]
  if (kosten.totaalCent < grens)
    return check({ ...b, status: 'nvt', uitleg: 'De zorgbehoefte ligt niet 25% of meer boven het budget.', cijfers })
  if (!zp.meerzorg)
    return check({
      ...b,
      status: 'nvt',
      uitleg: `De zorgbehoefte ligt 25% of meer boven het budget, maar ${zp.kort} geeft geen recht op meerzorg.`,
      cijfers,
    })
  return check({
    ...b,
    status: 'signaal',
    uitleg: `De zorgbehoefte ligt 25% of meer boven het budget en ${zp.kort} kent meerzorg: bespreek een aanvraag meerzorg.`,
    cijfers,
  })
}

function logeeropvangCheck(plan: BudgetplanInhoud, kosten: Kostenoverzicht): Controle {
  const b = { ...base('logeeropvang'), blokkeert: true }
  const perWeek = plan.zorgverleners
    .flatMap((z) => z.regels)
    .filter((r) => r.soortZorg === 'logeeropvang' && r.eenheid === 'etmaal')
    .reduce((s, r) => s + r.perWeek, 0)
  if (perWeek === 0) return check({ ...b, status: 'nvt', uitleg: 'Geen logeeropvang in etmalen gepland.', cijfers: [] })
  // Blz art. 3.1.3 lid 1: 156 per calendar year; lid 4: pro rata 3 per week for a part year.
  const max = kosten.dagen >= daysInYear(Number(plan.periodeVan!.slice(0, 4))) ? 156 : Math.floor((3 * kosten.dagen) / 7)
  const gepland = Math.round((perWeek * kosten.dagen) / 7)
  const cijfers = [
    { label: 'Gepland', waarde: `${gepland} etmalen` },
    { label: 'Maximum voor de periode', waarde: `${max} etmalen` },
  ]
  const ok = gepland <= max
  return check({
    ...b,
    status: ok ? 'voldoet' : 'voldoet_niet',
    uitleg: ok ? 'Binnen het maximum.' : 'Meer logeeropvang dan de wet toestaat.',
    cijfers,
  })
}
