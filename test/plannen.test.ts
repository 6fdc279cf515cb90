import { zorgplanVragen } from '../src/shared/domain/plannen/sjablonen'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, type TestBackend } from './helpers/backend'
import { clientWithIndicatie, leveringsvorm } from './helpers/dossier'
import { BudgetplanInhoudSchema, type BudgetplanInhoud } from '../src/shared/contracts/plannen.inhoud'

let b: TestBackend
beforeEach(() => {
  b = testBackend()
})
afterEach(() => b.dispose())

async function budgetplan(ingangsdatum = '2026-01-01') {
  const { client } = await clientWithIndicatie(b, { zorgprofiel: '808', ingangsdatum })
  await b.ok('leveringsvormen.create', leveringsvorm(client.id, 'pgb', '2026-02-01'))
  const { planId } = await b.ok('plannen.create', { clientId: client.id, sjabloon: 'budgetplan_mantelzorger', titel: '' })
  const plan = await b.ok('plannen.get', { planId })
  return { client, plan, inhoud: plan.huidig.plan.inhoud as BudgetplanInhoud }
}

/** A verified informal maximum for 2026 (fictitious): without it the tariff check cannot judge a 2026 plan. */
const maximum2026 = () =>
  b.ok('bedragen.create', {
    soort: 'max_tarief_informeel_uur',
    geldigVanaf: '2026-01-01',
    bedragCent: 2444,
    geverifieerd: true,
    bron: 'fictief testbedrag',
  })

/** Max's plan (fictitious): Fien does the morning care on weekdays, 1 hour a day. */
function maxPlan(base: BudgetplanInhoud, tariefCent = 2444, jaar = 2026): BudgetplanInhoud {
  return BudgetplanInhoudSchema.parse({
    ...base,
    periodeVan: `${jaar}-12-01`,
    periodeTot: `${jaar}-12-31`,
    zorgverleners: [
      { ...base.zorgverleners[0]!, naam: 'Fien (fictief)', regels: [{ ...base.zorgverleners[0]!.regels[0]!, perWeek: 5, tariefCent }] },
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

describe('budgetplan drafting', () => {
  it('starts from the template with the period up to 31 December', async () => {
    const { plan, inhoud } = await budgetplan()
    expect(plan.soort).toBe('budgetplan')
    expect(plan.huidig).toMatchObject({ nummer: 1, status: 'concept', revisie: 1 })
    expect(inhoud.periodeVan).toBe('2026-11-22')
    expect(inhoud.periodeTot).toBe('2026-12-31')
    expect(inhoud.zorgverleners[0]!.regels[0]!.wanneer).toContain('ochtend')
  })

  it('acknowledges each autosave with a new revision and keeps it over a restart', async () => {
    const { plan, inhoud } = await budgetplan()
    const ack = await b.ok('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'budgetplan', inhoud: { ...inhoud, toelichting: 'Eerste versie' } },
    })
    expect(ack.revisie).toBe(2)
    b = b.restart()
    const again = await b.ok('plannen.get', { planId: plan.id })
    expect(again.huidig.revisie).toBe(2)
    expect((again.huidig.plan.inhoud as BudgetplanInhoud).toelichting).toBe('Eerste versie')
  })

  it('refuses a save from a stale window instead of overwriting', async () => {
    const { plan, inhoud } = await budgetplan()
    await b.ok('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'budgetplan', inhoud: { ...inhoud, toelichting: 'venster A' } },
    })
    const stale = await b.call('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'budgetplan', inhoud: { ...inhoud, toelichting: 'venster B' } },
    })
    expect(stale.ok || stale.error.code).toBe('CONFLICT')
    expect(((await b.ok('plannen.versie', { versieId: plan.huidig.id })).plan.inhoud as BudgetplanInhoud).toelichting).toBe('venster A')
  })

  it('explains bad input in Dutch and writes nothing', async () => {
    const { plan, inhoud } = await budgetplan()
    const zv = inhoud.zorgverleners[0]!
    const negative = await b.call('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'budgetplan', inhoud: { ...inhoud, zorgverleners: [{ ...zv, regels: [{ ...zv.regels[0]!, perWeek: -2 }] }] } },
    })
    expect(negative.ok).toBe(false)
    if (!negative.ok) expect(negative.error.issues?.map((i) => i.message).join()).toContain('niet negatief')
    const huge = await b.call('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'budgetplan', inhoud: { ...inhoud, toelichting: 'x'.repeat(1_000_000) } },
    })
    expect(huge.ok).toBe(false)
    if (!huge.ok) expect(huge.error.issues?.map((i) => i.message).join()).toContain('te lang')
    const wrongKind = await b.call('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'zorgplan', inhoud: {} } as never,
    })
    expect(wrongKind.ok).toBe(false)
    expect((await b.ok('plannen.versie', { versieId: plan.huidig.id })).revisie).toBe(1)
  })
})

describe('vaststellen and versions', () => {
  it('lists what is missing, then sets the plan vastgesteld with its checks', async () => {
    const { plan, inhoud } = await budgetplan()
    await maximum2026()
    const early = await b.call('plannen.setStatus', { versieId: plan.huidig.id, revisie: 1, status: 'vastgesteld' })
    expect(early.ok).toBe(false)
    if (!early.ok) expect(early.error.issues!.length).toBeGreaterThan(2)

    await b.ok('plannen.autosave', { versieId: plan.huidig.id, revisie: 1, plan: { soort: 'budgetplan', inhoud: maxPlan(inhoud, 2445) } })
    const tooHigh = await b.call('plannen.setStatus', { versieId: plan.huidig.id, revisie: 2, status: 'vastgesteld' })
    expect(tooHigh.ok).toBe(false)
    if (!tooHigh.ok) expect(tooHigh.error.issues!.map((i) => i.message).join()).toContain('maximumtarieven')

    await b.ok('plannen.autosave', { versieId: plan.huidig.id, revisie: 2, plan: { soort: 'budgetplan', inhoud: maxPlan(inhoud) } })
    const vast = await b.ok('plannen.setStatus', { versieId: plan.huidig.id, revisie: 3, status: 'vastgesteld' })
    expect(vast.status).toBe('vastgesteld')
    const checks = await b.ok('plannen.controles', { versieId: plan.huidig.id })
    expect(checks.controles.find((c) => c.code === 'tarieven')!.status).toBe('voldoet')
    // 5 hours a week × € 24,44 × 31 days / 7 = € 541,17
    expect(checks.kosten!.totaalCent).toBe(54_117)
    // The budget op maat is frozen with the version, in the statement that set it vastgesteld.
    expect(b.db!.prepare('SELECT budget_cent FROM plan_versie WHERE id = ?').pluck().get(plan.huidig.id)).toBe(54_117)
  })

  it('keeps a vastgesteld version immutable in the service and in the database', async () => {
    const { plan, inhoud } = await budgetplan()
    await maximum2026()
    await b.ok('plannen.autosave', { versieId: plan.huidig.id, revisie: 1, plan: { soort: 'budgetplan', inhoud: maxPlan(inhoud) } })
    await b.ok('plannen.setStatus', { versieId: plan.huidig.id, revisie: 2, status: 'vastgesteld' })
    const crafted = await b.call('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 3,
      plan: { soort: 'budgetplan', inhoud: { ...inhoud, toelichting: 'stiekem' } },
    })
    expect(crafted.ok || crafted.error.code).toBe('FROZEN')
    const back = await b.call('plannen.setStatus', { versieId: plan.huidig.id, revisie: 3, status: 'concept' })
    expect(back.ok || back.error.code).toBe('FROZEN')
    expect(() => b.db!.prepare("UPDATE plan_versie SET inhoud = '{}' WHERE id = ?").run(plan.huidig.id)).toThrow(
      /FROZEN: Deze versie is vastgesteld/,
    )
    expect(() => b.db!.prepare('DELETE FROM plan_versie WHERE id = ?').run(plan.huidig.id)).toThrow(/FROZEN: Deze versie is vastgesteld/)
  })

  it('makes a change a new version and compares any two versions per section', async () => {
    const { plan, inhoud } = await budgetplan()
    await maximum2026()
    await b.ok('plannen.autosave', { versieId: plan.huidig.id, revisie: 1, plan: { soort: 'budgetplan', inhoud: maxPlan(inhoud) } })
    await b.ok('plannen.setStatus', { versieId: plan.huidig.id, revisie: 2, status: 'vastgesteld' })
    const v2 = await b.ok('plannen.nieuweVersie', { planId: plan.id })
    expect(v2).toMatchObject({ nummer: 2, status: 'concept' })
    const twice = await b.call('plannen.nieuweVersie', { planId: plan.id })
    expect(twice.ok).toBe(false)
    const changed = maxPlan(inhoud)
    changed.toelichting = 'Fien komt ook op woensdagmiddag'
    await b.ok('plannen.autosave', { versieId: v2.id, revisie: v2.revisie, plan: { soort: 'budgetplan', inhoud: changed } })
    const diff = await b.ok('plannen.diff', { links: plan.huidig.id, rechts: v2.id })
    expect(diff.filter((s) => s.gewijzigd).map((s) => s.key)).toEqual(['toelichting'])
    expect(diff.find((s) => s.key === 'toelichting')!.rechts.some((p) => p.soort === 'erbij' && p.tekst.includes('woensdagmiddag'))).toBe(
      true,
    )
    expect((await b.ok('plannen.get', { planId: plan.id })).versies.map((v) => v.nummer)).toEqual([2, 1])
  })
})

describe('zorgplan', () => {
  it('turns the agreed evaluation date into a caseload task and moves it when the date changes', async () => {
    const { client } = await clientWithIndicatie(b)
    const { planId } = await b.ok('plannen.create', { clientId: client.id, sjabloon: 'zorgplan_verblijf_vv', titel: '' })
    const plan = await b.ok('plannen.get', { planId })
    const inhoud = plan.huidig.plan.inhoud as Record<string, unknown>
    await b.ok('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'zorgplan', inhoud: { ...inhoud, volgendeEvaluatie: '2027-05-01' } as never },
    })
    const task = () =>
      b
        .ok('dossier.get', { clientId: client.id })
        .then((d) => d.taken.filter((t) => t.regel === 'zorgplan-evaluatie' && t.status === 'open'))
    expect((await task()).map((t) => [t.deadline, t.artikel])).toEqual([['2027-05-01', 'Wlz art. 8.1.1 lid 1 sub d en lid 6']])
    await b.ok('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 2,
      plan: { soort: 'zorgplan', inhoud: { ...inhoud, volgendeEvaluatie: '2027-06-01' } as never },
    })
    expect((await task()).map((t) => t.deadline)).toEqual(['2027-06-01'])
  })

  it("keeps a template's guiding questions out of the content: they are placeholders, never agreements that print", async () => {
    const { client } = await clientWithIndicatie(b)
    const { planId } = await b.ok('plannen.create', { clientId: client.id, sjabloon: 'zorgplan_verblijf_vv', titel: '' })
    const plan = await b.ok('plannen.get', { planId })
    expect(plan.sjabloon).toBe('zorgplan_verblijf_vv')
    const inhoud = plan.huidig.plan.inhoud as { doelen: string; evaluatieAfspraken: string; onderwerpen: Record<string, string> }
    expect([inhoud.doelen, inhoud.evaluatieAfspraken, ...Object.values(inhoud.onderwerpen)].every((t) => t === '')).toBe(true)
    expect(zorgplanVragen(plan.sjabloon).doelen).toMatch(/Wat wil de cliënt bereiken/)
    // An untouched template is not a plan: the agreements are still missing.
    const r = await b.call('plannen.setStatus', { versieId: plan.huidig.id, revisie: 1, status: 'vastgesteld' })
    expect(r.ok).toBe(false)
  })

  it('needs the four agreements of Wlz art. 8.1.1 before vaststellen', async () => {
    const { client } = await clientWithIndicatie(b)
    const { planId } = await b.ok('plannen.create', { clientId: client.id, sjabloon: 'zorgplan_leeg', titel: '' })
    const plan = await b.ok('plannen.get', { planId })
    const r = await b.call('plannen.setStatus', { versieId: plan.huidig.id, revisie: 1, status: 'vastgesteld' })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.error.issues!.map((i) => i.message)).toEqual(
        expect.arrayContaining([expect.stringContaining('sub a'), expect.stringContaining('sub d')]),
      )
  })
})

describe('bedragen en tarieven', () => {
  it('seeds the verified tariffs and takes new dated amounts', async () => {
    const rows = await b.ok('bedragen.list', {})
    expect(rows.find((r) => r.soort === 'max_tarief_informeel_uur' && r.geldigVanaf === '2024-01-01')).toMatchObject({
      bedragCent: 2444,
      geverifieerd: true,
    })
    const added = await b.ok('bedragen.create', {
      soort: 'pgb_budget_jaar',
      sleutel: '808',
      geldigVanaf: '2026-01-01',
      bedragCent: 6_000_000,
      geverifieerd: false,
      bron: 'fictief testbedrag',
    })
    expect(added.version).toBe(1)
    const dup = await b.call('bedragen.create', {
      soort: 'pgb_budget_jaar',
      sleutel: '808',
      geldigVanaf: '2026-01-01',
      bedragCent: 1,
      geverifieerd: false,
      bron: '',
    })
    expect(dup.ok || dup.error.code).toBe('DUPLICATE')
    const noProfile = await b.call('bedragen.create', {
      soort: 'pgb_budget_jaar',
      sleutel: '',
      geldigVanaf: '2026-01-01',
      bedragCent: 1,
      geverifieerd: false,
      bron: '',
    })
    expect(noProfile.ok).toBe(false)
    const updated = await b.ok('bedragen.update', { ...added, bedragCent: 5_000_000 })
    expect(updated.version).toBe(2)
    const stale = await b.call('bedragen.delete', { id: added.id, version: 1 })
    expect(stale.ok || stale.error.code).toBe('CONFLICT')
    await b.ok('bedragen.delete', { id: added.id, version: 2 })
  })

  it('feeds the budget check before op maat (2024) from the table', async () => {
    const { plan, inhoud } = await budgetplan('2024-01-01')
    await b.ok('plannen.autosave', {
      versieId: plan.huidig.id,
      revisie: 1,
      plan: { soort: 'budgetplan', inhoud: maxPlan(inhoud, 2444, 2024) },
    })
    const before = await b.ok('plannen.controles', { versieId: plan.huidig.id })
    expect(before.controles.find((c) => c.code === 'budget')!.status).toBe('onbekend')
    await b.ok('bedragen.create', {
      soort: 'pgb_budget_jaar',
      sleutel: '808',
      geldigVanaf: '2024-01-01',
      bedragCent: 366_000,
      geverifieerd: true,
      bron: 'fictief',
    })
    const after = await b.ok('plannen.controles', { versieId: plan.huidig.id })
    const budget = after.controles.find((c) => c.code === 'budget')!
    // € 3.660 a year (2024 has 366 days) is € 310,00 for December; the plan costs € 541,17.
    expect(budget.status).toBe('voldoet_niet')
    expect(budget.cijfers.map((c) => c.waarde.replace(/\s/g, ' '))).toContain('€ 310,00')
  })
})
