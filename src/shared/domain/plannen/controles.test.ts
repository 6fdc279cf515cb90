import { describe, expect, it } from 'vitest'
import { BudgetplanInhoudSchema, type BudgetplanInhoud } from '../../contracts/plannen.inhoud'
import { bedrag } from './bedragen.testdata'
import { proRata, type Referentiebedrag } from './bedragen'
import { controleerBudgetplan } from './budgetChecks'
import type { ControleContext } from './controles'

const budget = (sleutel: string, geldigVanaf: string, bedragCent: number, soort: Referentiebedrag['soort'] = 'pgb_budget_jaar') =>
  bedrag(soort, geldigVanaf, bedragCent, true, sleutel)
// The tariffs around the 1 July 2020 change (each verified for its own year), and 2024.
const TARIEVEN = [
  bedrag('max_tarief_informeel_uur', '2019-01-01', 2000),
  bedrag('max_tarief_informeel_uur', '2020-01-01', 2000),
  bedrag('max_tarief_informeel_uur', '2020-07-01', 2073),
  bedrag('max_tarief_informeel_uur', '2024-01-01', 2444),
  bedrag('max_tarief_formeel_uur', '2024-01-01', 7700),
  bedrag('max_tarief_dagdeel', '2024-01-01', 7088),
]

function plan(
  van: string,
  tot: string,
  regels: Array<{ perWeek: number; tariefCent: number; eenheid?: 'uur' | 'dagdeel' | 'etmaal'; soortZorg?: string }>,
  extra: Partial<BudgetplanInhoud> & { soort?: 'formeel' | 'informeel'; relatie?: string } = {},
) {
  const { soort = 'informeel', relatie = 'vriend_buur', ...rest } = extra
  return BudgetplanInhoudSchema.parse({
    periodeVan: van,
    periodeTot: tot,
    zorgverleners: [
      {
        id: 'zv1',
        naam: 'Fien (fictief)',
        soort,
        relatie,
        overeenkomst: 'opdracht',
        regels: regels.map((r, i) => ({
          id: `r${i}`,
          soortZorg: r.soortZorg ?? 'verzorging',
          eenheid: r.eenheid ?? 'uur',
          perWeek: r.perWeek,
          tariefCent: r.tariefCent,
        })),
      },
    ],
    ...rest,
  })
}
const ctx = (over: Partial<ControleContext> = {}): ControleContext => ({
  zorgprofiel: '808',
  leveringsvorm: 'pgb',
  indicatie: { ingangsdatum: '2020-01-01', einddatum: null },
  bedragen: TARIEVEN,
  ...over,
})
const find = (p: BudgetplanInhoud, c: ControleContext, code: string) => controleerBudgetplan(p, c).controles.find((x) => x.code === code)!

describe('tarieven (Blz art. 3.6.5)', () => {
  it('accepts the informal maximum and refuses one cent more', () => {
    expect(find(plan('2024-03-01', '2024-03-31', [{ perWeek: 5, tariefCent: 2444 }]), ctx(), 'tarieven').status).toBe('voldoet')
    expect(find(plan('2024-03-01', '2024-03-31', [{ perWeek: 5, tariefCent: 2445 }]), ctx(), 'tarieven').status).toBe('voldoet_niet')
  })

  it('uses the rate in force on the date: 30 June 2020 vs 1 July 2020', () => {
    const r = [{ perWeek: 5, tariefCent: 2050 }]
    expect(find(plan('2020-06-30', '2020-06-30', r), ctx(), 'tarieven').status).toBe('voldoet_niet')
    expect(find(plan('2020-07-01', '2020-07-31', r), ctx(), 'tarieven').status).toBe('voldoet')
    // A period across the change must respect the lower maximum that held at its start.
    expect(find(plan('2020-06-01', '2020-12-31', r), ctx(), 'tarieven').status).toBe('voldoet_niet')
  })

  it('gives a mantelzorger with a KvK number the informal rate (lid 4)', () => {
    const r = [{ perWeek: 5, tariefCent: 5000 }]
    expect(find(plan('2024-03-01', '2024-03-31', r, { soort: 'formeel', relatie: 'geen' }), ctx(), 'tarieven').status).toBe('voldoet')
    expect(find(plan('2024-03-01', '2024-03-31', r, { soort: 'formeel', relatie: 'ouder' }), ctx(), 'tarieven').status).toBe('voldoet_niet')
  })

  it('checks dagdelen against the dagdeel maximum', () => {
    expect(
      find(
        plan('2024-03-01', '2024-03-31', [{ perWeek: 5, tariefCent: 7088, eenheid: 'dagdeel', soortZorg: 'dagbesteding' }], {
          soort: 'formeel',
          relatie: 'geen',
        }),
        ctx(),
        'tarieven',
      ).status,
    ).toBe('voldoet')
    expect(
      find(
        plan('2024-03-01', '2024-03-31', [{ perWeek: 5, tariefCent: 7089, eenheid: 'dagdeel', soortZorg: 'dagbesteding' }], {
          soort: 'formeel',
          relatie: 'geen',
        }),
        ctx(),
        'tarieven',
      ).status,
    ).toBe('voldoet_niet')
  })

  it('says when a year has no verified amount of its own', () => {
    const r = [{ perWeek: 5, tariefCent: 2000 }]
    expect(find(plan('2024-03-01', '2024-03-31', r), ctx(), 'tarieven').ongeverifieerd).toBeNull()
    expect(find(plan('2026-03-01', '2026-03-31', r), ctx(), 'tarieven').ongeverifieerd).toContain('2026')
  })
})

describe('periode (Blz art. 3.6.1)', () => {
  const c = ctx({ indicatie: { ingangsdatum: '2026-01-15', einddatum: '2026-10-31' } })
  it.each([
    ['2026-01-15', '2026-10-31', 'voldoet'],
    ['2026-01-14', '2026-10-31', 'voldoet_niet'],
    ['2026-01-15', '2026-11-01', 'voldoet_niet'],
    ['2026-03-01', '2026-02-28', 'voldoet_niet'],
  ])('%s t/m %s: %s', (van, tot, status) => {
    expect(find(plan(van, tot, []), c, 'periode').status).toBe(status)
  })
  it('stops at 31 December', () => {
    const open = ctx({ indicatie: { ingangsdatum: '2026-01-01', einddatum: null } })
    expect(find(plan('2026-02-01', '2026-12-31', []), open, 'periode').status).toBe('voldoet')
    expect(find(plan('2026-02-01', '2027-01-01', []), open, 'periode').status).toBe('voldoet_niet')
  })
})

describe('budget before op maat (Blz art. 3.6.3, pro rata by days)', () => {
  // 7 hours a week at € 20,00 = € 20,00 a day; ten days cost € 200,00.
  const p = plan('2023-03-01', '2023-03-10', [{ perWeek: 7, tariefCent: 2000 }])
  const withBudget = (perJaar: number) => ctx({ bedragen: [...TARIEVEN, budget('808', '2023-01-01', perJaar)] })

  it('passes at exactly the pro rata budget and fails just below it', () => {
    expect(find(p, withBudget(730_000), 'budget').status).toBe('voldoet') // € 7.300 a year = € 200,00 for 10 days
    expect(find(p, withBudget(729_635), 'budget').status).toBe('voldoet_niet') // € 199,90 for 10 days
  })

  it('is unknown, not failed, without a budget for the profile', () => {
    expect(find(p, ctx(), 'budget').status).toBe('onbekend')
  })

  it('honours a mid-year change day by day', () => {
    const rows = [budget('808', '2026-01-01', 365_000), budget('808', '2026-07-01', 730_000)]
    expect(proRata(rows, 'pgb_budget_jaar', '808', '2026-06-30', '2026-07-01').cent).toBe(1000 + 2000)
    expect(proRata(rows, 'pgb_budget_jaar', '808', '2025-12-31', '2026-01-01').cent).toBeNull()
  })

  it('adds the wooninitiatief toeslag only when the criteria are met', () => {
    const rows = [...TARIEVEN, budget('808', '2023-01-01', 700_000), budget('', '2023-01-01', 365_000, 'toeslag_wooninitiatief_jaar')]
    const woon = (bewoners: number) => ({ actief: true, bewoners, eenAdres: true, afstandMeter: null, gemeenschappelijkeRuimte: true })
    expect(
      find(
        plan('2023-03-01', '2023-03-10', [{ perWeek: 7, tariefCent: 2000 }], { wooninitiatief: woon(3) }),
        ctx({ bedragen: rows }),
        'budget',
      ).status,
    ).toBe('voldoet')
    expect(
      find(
        plan('2023-03-01', '2023-03-10', [{ perWeek: 7, tariefCent: 2000 }], { wooninitiatief: woon(2) }),
        ctx({ bedragen: rows }),
        'budget',
      ).status,
    ).toBe('voldoet_niet')
  })
})

describe('mpt + pgb (Wlz art. 3.3.2 lid 4 sub b)', () => {
  const rows = [...TARIEVEN, budget('808', '2023-01-01', 1_095_000)] // € 30,00 a day
  const p = (mpt: number) => plan('2023-03-01', '2023-03-10', [{ perWeek: 7, tariefCent: 2000 }], { mptPerJaarCent: mpt })
  it('counts the mpt part against the pgb-only budget', () => {
    expect(find(p(365_000), ctx({ leveringsvorm: 'mpt_pgb', bedragen: rows }), 'mpt_pgb').status).toBe('voldoet') // 100 + 200 ≤ 300
    expect(find(p(365_365), ctx({ leveringsvorm: 'mpt_pgb', bedragen: rows }), 'mpt_pgb').status).toBe('voldoet_niet') // 100,10 + 200 > 300
  })
  it('does not apply to a pgb without mpt', () => {
    expect(find(plan('2023-03-01', '2023-03-10', []), ctx({ bedragen: rows }), 'mpt_pgb').status).toBe('nvt')
  })
})

describe('meerzorg signal (Blz art. 3.1.1 lid 2; Rlz art. 2.2)', () => {
  // Budget € 160,00 for the ten days; the plan costs € 200,00 = exactly 125%.
  const rows = (sleutel: string, perJaar: number) => [...TARIEVEN, budget(sleutel, '2023-01-01', perJaar)]
  const p = plan('2023-03-01', '2023-03-10', [{ perWeek: 7, tariefCent: 2000 }])
  it('signals from 25% above the budget for a profile with meerzorg', () => {
    expect(find(p, ctx({ bedragen: rows('808', 584_000) }), 'meerzorg').status).toBe('signaal') // 125%
    expect(find(p, ctx({ bedragen: rows('808', 584_400) }), 'meerzorg').status).toBe('nvt') // 124.9%
  })
  it('stays silent for a profile without meerzorg', () => {
    expect(find(p, ctx({ zorgprofiel: '806', bedragen: rows('806', 584_000) }), 'meerzorg').status).toBe('nvt')
  })
})

describe('wooninitiatief (Blz art. 3.1.4 lid 2)', () => {
  const w = (bewoners: number, eenAdres: boolean, afstandMeter: number | null, ruimte = true) =>
    find(
      plan('2026-03-01', '2026-03-10', [], {
        wooninitiatief: { actief: true, bewoners, eenAdres, afstandMeter, gemeenschappelijkeRuimte: ruimte },
      }),
      ctx(),
      'wooninitiatief',
    ).status
  it.each([
    [2, true, null, true, 'voldoet_niet'],
    [3, true, null, true, 'voldoet'],
    [26, true, null, true, 'voldoet'],
    [27, true, null, true, 'voldoet_niet'],
    [10, false, 100, true, 'voldoet'],
    [10, false, 101, true, 'voldoet_niet'],
    [10, true, null, false, 'voldoet_niet'],
  ])('%i bewoners, één adres %s, %s m, ruimte %s: %s', (b, een, afstand, ruimte, status) => {
    expect(w(b, een, afstand, ruimte)).toBe(status)
  })
})

describe('logeeropvang (Blz art. 3.1.3)', () => {
  const l = (van: string, tot: string, perWeek: number) =>
    find(plan(van, tot, [{ perWeek, tariefCent: 10000, eenheid: 'etmaal', soortZorg: 'logeeropvang' }]), ctx(), 'logeeropvang').status
  it('allows 156 etmalen in a whole year and no more', () => {
    expect(l('2026-01-01', '2026-12-31', 2.99)).toBe('voldoet') // 156 etmalen
    expect(l('2026-01-01', '2026-12-31', 3.1)).toBe('voldoet_niet') // 162 etmalen
  })
  it('allows 3 a week in a part year (lid 4)', () => {
    expect(l('2026-03-01', '2026-05-09', 3)).toBe('voldoet') // 70 days: 30 of 30
    expect(l('2026-03-01', '2026-05-09', 3.2)).toBe('voldoet_niet') // 32 of 30
  })
})
