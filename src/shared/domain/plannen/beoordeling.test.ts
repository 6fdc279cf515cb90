import { describe, expect, it } from 'vitest'
import { BudgetplanInhoudSchema, type BudgetplanInhoud } from '../../contracts/plannen.inhoud'
import { bedrag, MAXIMA_2024 } from './bedragen.testdata'
import { beoordeelBudgetplan } from './beoordeling'
import type { ControleContext } from './controles'

// Verified maxima for 2024 (wlz-reference §4.6) and a fictitious VG5 budget for 2024; nothing verified for 2025 or later.
const BEDRAGEN = [...MAXIMA_2024, bedrag('pgb_budget_jaar', '2024-01-01', 6_000_000, true, '808')]
const ctx = (over: Partial<ControleContext> = {}): ControleContext => ({
  zorgprofiel: '808',
  leveringsvorm: 'pgb',
  indicatie: { ingangsdatum: '2020-01-01', einddatum: null },
  bedragen: BEDRAGEN,
  ...over,
})
/** Max's plan (fictitious): Fien, informal morning care, 5 hours a week. */
function plan(van: string, tot: string, tariefCent = 2444, extra: Partial<BudgetplanInhoud> = {}): BudgetplanInhoud {
  return BudgetplanInhoudSchema.parse({
    periodeVan: van,
    periodeTot: tot,
    zorgverleners: [
      {
        id: 'zv1',
        naam: 'Fien (fictief)',
        soort: 'informeel',
        relatie: 'vriend_buur',
        overeenkomst: 'opdracht',
        regels: [{ id: 'r1', soortZorg: 'verzorging', eenheid: 'uur', perWeek: 5, tariefCent }],
      },
    ],
    pgbVaardigheid: Array.from({ length: 10 }, () => ({ oordeel: 'voldoende', toelichting: '' })),
    keuzegesprek: { datum: '2024-11-20', aanwezigen: 'Jeanet', gewaarborgdeHulp: 'Jeanet', uitkomst: 'positief', verslag: '' },
    ...extra,
  })
}
const code = (r: ReturnType<typeof beoordeelBudgetplan>, c: string) => r.controles.find((x) => x.code === c)!

describe('pgb op maat from 1 January 2025', () => {
  it('keeps the profile maximum for a period in 2024', () => {
    const r = beoordeelBudgetplan(plan('2024-12-01', '2024-12-31'), ctx(), [])
    expect(code(r, 'budget')).toMatchObject({ titel: 'Budgetplan binnen het pgb-budget', status: 'voldoet' })
    expect(r.ontbreekt).toEqual([])
  })
  it('takes the budget from the budgetplan for a period from 2025, without a profile maximum', () => {
    const bedragen = [...BEDRAGEN, bedrag('max_tarief_informeel_uur', '2025-01-01', 2500)]
    const r = beoordeelBudgetplan(plan('2025-01-01', '2025-01-31'), ctx({ bedragen }), [])
    expect(code(r, 'budget')).toMatchObject({ titel: 'Budget op maat: het budgetplan binnen de maximumtarieven', status: 'voldoet' })
    // 5 h × € 24,44 × 31 / 7 = € 541,17: the budget is the plan.
    expect(code(r, 'budget').cijfers.at(-1)).toEqual({ label: 'Budget op maat (31 dagen)', waarde: '€\u00a0541,17' })
    expect(r.kosten!.totaalCent).toBe(54_117)
    expect(r.ontbreekt).toEqual([])
  })
  it('is the same boundary on 31 December 2024 and 1 January 2025 even with a profile budget in the table', () => {
    const bedragen = [
      ...BEDRAGEN,
      bedrag('max_tarief_informeel_uur', '2025-01-01', 2500),
      bedrag('pgb_budget_jaar', '2025-01-01', 100, true, '808'),
    ]
    expect(code(beoordeelBudgetplan(plan('2024-12-31', '2024-12-31'), ctx({ bedragen }), []), 'budget').status).toBe('voldoet')
    expect(code(beoordeelBudgetplan(plan('2025-01-01', '2025-01-01'), ctx({ bedragen }), []), 'budget').titel).toContain('op maat')
  })
  it('leaves mpt + pgb to the adviser op maat: niet te beoordelen, blocking', () => {
    const bedragen = [...BEDRAGEN, bedrag('max_tarief_informeel_uur', '2025-01-01', 2500)]
    const r = beoordeelBudgetplan(plan('2025-03-01', '2025-03-31', 2444, { mptPerJaarCent: 1_000_000 }), ctx({ bedragen }), [])
    expect(code(r, 'mpt_pgb')).toMatchObject({ status: 'onbekend', blokkeert: true })
    expect(r.ontbreekt.join()).toContain('Mpt en pgb samen binnen het pgb-budget')
  })
})

describe('a blocking check that cannot be judged', () => {
  it('is "niet te beoordelen" when the only maximum is from an earlier year, and blocks vaststellen', () => {
    const r = beoordeelBudgetplan(plan('2026-12-01', '2026-12-31'), ctx(), [])
    expect(code(r, 'tarieven')).toMatchObject({ status: 'onbekend', blokkeert: true, overschreven: null })
    expect(code(r, 'tarieven').uitleg).toContain('geen geverifieerd maximumtarief voor 2026')
    expect(r.ontbreekt).toEqual([expect.stringContaining('Controle "Tarieven binnen de maximumtarieven" is niet te beoordelen')])
  })
  it('is "niet te beoordelen" without any tariff row', () => {
    const r = beoordeelBudgetplan(plan('2024-12-01', '2024-12-31'), ctx({ bedragen: [] }), [])
    expect(code(r, 'tarieven').status).toBe('onbekend')
    expect(code(r, 'budget').status).toBe('onbekend')
    expect(r.ontbreekt).toHaveLength(2)
  })
  it('fails, not "onbekend", when a tariff is above a verified maximum', () => {
    expect(code(beoordeelBudgetplan(plan('2024-12-01', '2024-12-31', 2445), ctx(), []), 'tarieven').status).toBe('voldoet_niet')
  })
  it('is unknown for a pre-2025 budget that is not verified for its year', () => {
    const bedragen = [...BEDRAGEN.slice(0, 3), bedrag('pgb_budget_jaar', '2023-01-01', 6_000_000, true, '808')]
    const r = beoordeelBudgetplan(plan('2024-12-01', '2024-12-31'), ctx({ bedragen }), [])
    expect(code(r, 'budget')).toMatchObject({ status: 'onbekend', ongeverifieerd: expect.stringContaining('2024') })
  })
})

describe('overriding with a recorded reason', () => {
  const reden = 'Maximumtarief 2026 gecontroleerd in de Staatscourant; tabel volgt.'
  it('lets a "niet te beoordelen" check pass, keeps it visible with the reason', () => {
    const r = beoordeelBudgetplan(plan('2026-12-01', '2026-12-31'), ctx(), [{ code: 'tarieven', reden }])
    expect(code(r, 'tarieven')).toMatchObject({ status: 'onbekend', overschreven: { reden } })
    expect(r.ontbreekt).toEqual([])
    expect(r.problemen).toEqual([])
  })
  it('refuses to override a failing check, an unknown code, a check that needs none, and a short reason', () => {
    const r = beoordeelBudgetplan(plan('2024-12-01', '2024-12-31', 2445), ctx(), [
      { code: 'tarieven', reden },
      { code: 'bestaat-niet', reden },
      { code: 'periode', reden },
      { code: 'budget', reden: 'omdat' },
    ])
    expect(r.problemen).toEqual([
      expect.stringContaining('voldoet niet. Dat kunt u niet overschrijven'),
      'Er is geen controle "bestaat-niet" bij dit plan.',
      expect.stringContaining('is al beoordeeld'),
      expect.stringContaining('minstens 20 tekens'),
    ])
    expect(code(r, 'tarieven').overschreven).toBeNull()
    expect(r.ontbreekt.join()).toContain('voldoet niet')
  })
})
