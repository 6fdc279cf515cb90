import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, type TestBackend } from './helpers/backend'
import { clientWithIndicatie, leveringsvorm } from './helpers/dossier'
import { conceptBudgetplan, REDEN } from './helpers/budgetplan'

// Issue 12 through the routes: a budget check that cannot be judged blocks vaststellen until the
// adviser overrides it with a reason (audited, listed in Beheer); tariff tables come from CSV, all
// or nothing. Fictitious data only.
let b: TestBackend
beforeEach(() => {
  b = testBackend()
})
afterEach(() => b.dispose())

const audit = (event: string) =>
  b.db!.prepare('SELECT details FROM audit_log WHERE event = ? ORDER BY id').pluck().all(event) as Array<string | null>
const bedragen = () => b.db!.prepare('SELECT count(*) FROM referentiebedrag').pluck().get() as number

async function max2027() {
  const { client } = await clientWithIndicatie(b, { zorgprofiel: '808', ingangsdatum: '2026-01-01' })
  await b.ok('leveringsvormen.create', leveringsvorm(client.id, 'pgb', '2026-02-01'))
  return { client, ...(await conceptBudgetplan(b, client.id)) }
}

describe('vaststellen with a check that cannot be judged', () => {
  it('is refused; with an overschrijving it is allowed, audited and listed, then frozen', async () => {
    const { client, versieId, revisie } = await max2027()
    const controles = await b.ok('plannen.controles', { versieId })
    // No verified maximum for 2027: the tariff check cannot judge the plan, and blocks.
    expect(controles.controles.find((c) => c.code === 'tarieven')).toMatchObject({
      status: 'onbekend',
      blokkeert: true,
      overschreven: null,
    })
    expect(controles.controles.find((c) => c.code === 'budget')!.titel).toBe('Budget op maat: het budgetplan binnen de maximumtarieven')
    expect(controles.kosten!.totaalCent).toBe(637_186)
    const refused = await b.call('plannen.setStatus', { versieId, revisie, status: 'vastgesteld' })
    expect(refused.ok || refused.error.issues!.map((i) => i.message)).toEqual([
      expect.stringContaining('Controle "Tarieven binnen de maximumtarieven" is niet te beoordelen'),
    ])

    // Bad overrides: a reason too short, a check that passes, a stale window. Nothing is written.
    const kort = await b.call('plannen.overschrijf', { versieId, revisie, code: 'tarieven', reden: 'klopt wel' })
    expect(kort.ok || kort.error.issues![0]).toEqual({
      path: 'reden',
      message: 'Schrijf in minstens 20 tekens op waarom deze controle toch akkoord is.',
    })
    const voldoet = await b.call('plannen.overschrijf', { versieId, revisie, code: 'periode', reden: REDEN })
    expect(voldoet.ok || voldoet.error.issues![0]).toEqual({
      path: 'code',
      message: 'Controle "Periode binnen één kalenderjaar en binnen de indicatie" is al beoordeeld; overschrijven is niet nodig.',
    })
    const oud = await b.call('plannen.overschrijf', { versieId, revisie: revisie - 1, code: 'tarieven', reden: REDEN })
    expect(oud.ok || oud.error.code).toBe('CONFLICT')
    expect(b.db!.prepare('SELECT count(*) FROM controle_overschrijving').pluck().get()).toBe(0)

    const na = await b.ok('plannen.overschrijf', { versieId, revisie, code: 'tarieven', reden: REDEN })
    expect(na.controles.find((c) => c.code === 'tarieven')).toMatchObject({ status: 'onbekend', overschreven: { reden: REDEN } })
    expect(na.ontbreekt).toEqual([])
    const twice = await b.call('plannen.overschrijf', { versieId, revisie, code: 'tarieven', reden: REDEN })
    expect(twice.ok || twice.error.issues![0]!.path).toBe('code')
    // The audit record holds ids and the check's code, never the reason (free text).
    expect(audit('plan.overschrijving').map((d) => JSON.parse(d!))).toEqual([expect.objectContaining({ versieId, code: 'tarieven' })])

    const vast = await b.ok('plannen.setStatus', { versieId, revisie, status: 'vastgesteld' })
    expect(vast.status).toBe('vastgesteld')
    expect(b.db!.prepare('SELECT budget_cent FROM plan_versie WHERE id = ?').pluck().get(versieId)).toBe(637_186)
    expect(JSON.parse(audit('plan.vastgesteld')[0]!)).toMatchObject({ overschreven: 1 })
    const bevroren = await b.ok('plannen.controles', { versieId })
    expect(bevroren.controles.find((c) => c.code === 'tarieven')!.overschreven).toEqual({ reden: REDEN })

    // Listed in Beheer, newest first; reading the list is logged.
    expect(await b.ok('plannen.overschrijvingen', {})).toEqual([
      expect.objectContaining({ clientId: client.id, clientNaam: 'A. Testpersoon', versie: 1, code: 'tarieven', reden: REDEN }),
    ])
    expect(audit('plan.overschrijvingen.read')).toHaveLength(1)

    // Frozen with the version: no withdrawal, no new override.
    const trekIn = await b.call('plannen.overschrijving.delete', { versieId, code: 'tarieven' })
    expect(trekIn.ok || trekIn.error.code).toBe('FROZEN')
    const nieuw = await b.call('plannen.overschrijf', { versieId, revisie: vast.revisie, code: 'mpt_pgb', reden: REDEN })
    expect(nieuw.ok || nieuw.error.code).toBe('FROZEN')
  })

  it('lets an open version withdraw its overschrijving, which blocks vaststellen again', async () => {
    const { versieId, revisie } = await max2027()
    await b.ok('plannen.overschrijf', { versieId, revisie, code: 'tarieven', reden: REDEN })
    const terug = await b.ok('plannen.overschrijving.delete', { versieId, code: 'tarieven' })
    expect(terug.ontbreekt).toHaveLength(1)
    expect(audit('plan.overschrijving.delete')).toHaveLength(1)
    const again = await b.call('plannen.overschrijving.delete', { versieId, code: 'tarieven' })
    expect(again.ok || again.error.code).toBe('NOT_FOUND')
  })
})

const KOP = 'soort;zorgprofiel;geldig_vanaf;bedrag;geverifieerd;bron'

describe('a tariff table from CSV', () => {
  it('refuses a comma decimal, a missing year and a negative amount: every row named, nothing stored', async () => {
    const before = bedragen()
    const comma = await b.call('bedragen.importCsv', {
      bestandsnaam: 'tarieven-2027.csv',
      inhoud: 'soort,geldig_vanaf,bedrag\nformeel,01-01-2027,88,03',
      geldigVanaf: null,
    })
    expect(comma.ok || comma.error.issues).toEqual([
      { path: 'regel.2', message: expect.stringMatching(/^Regel 2 heeft 4 kolommen, de kopregel 3\. Staat er een komma in een bedrag/) },
    ])
    const r = await b.call('bedragen.importCsv', {
      bestandsnaam: 'tarieven-2027.csv',
      inhoud: `${KOP}\nformeel;;01-01;88,03;ja;Stcrt. (fictief)\ninformeel;;01-01-2027;-27,95;ja;Stcrt. (fictief)\ndagdeel;;01-01-2027;81,12;ja;Stcrt. (fictief)`,
      geldigVanaf: null,
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.message).toBe(
      'tarieven-2027.csv is niet ingelezen: 2 fouten. Er is niets opgeslagen; verbeter het bestand en probeer het opnieuw.',
    )
    expect(r.error.issues).toEqual([
      { path: 'regel.2.geldig_vanaf', message: expect.stringContaining('Regel 2: De datum "01-01" heeft geen jaar') },
      { path: 'regel.3.bedrag', message: expect.stringContaining('Regel 3: Het bedrag -27,95 is negatief') },
    ])
    expect(bedragen()).toBe(before)
    expect(audit('referentiebedrag.import')).toEqual([])
  })

  it('stores a good table in one go, audited, and refuses it a second time', async () => {
    const before = bedragen()
    const inhoud = `${KOP}\nformeel;;01-01-2027;88,03;ja;Stcrt. (fictief)\ninformeel;;01-01-2027;"27,95";ja;Stcrt. (fictief)\ndagdeel;;01-01-2027;81,12;nee;Stcrt. (fictief)`
    expect(await b.ok('bedragen.importCsv', { bestandsnaam: 't.csv', inhoud, geldigVanaf: null })).toEqual({ toegevoegd: 3 })
    expect(bedragen()).toBe(before + 3)
    expect(JSON.parse(audit('referentiebedrag.import')[0]!)).toEqual({ aantal: 3 })
    const again = await b.call('bedragen.importCsv', { bestandsnaam: 't.csv', inhoud, geldigVanaf: null })
    expect(again.ok || again.error.issues!.map((i) => i.path)).toEqual([
      'regel.2.geldig_vanaf',
      'regel.3.geldig_vanaf',
      'regel.4.geldig_vanaf',
    ])
    expect(bedragen()).toBe(before + 3)
  })

  it('shows per year in use which amounts are missing or unverified, until the table has them', async () => {
    const { versieId } = await max2027()
    const voor = await b.ok('bedragen.overzicht', {})
    expect(voor.filter((s) => s.jaar === 2027).map((s) => s.soort)).toEqual(
      expect.arrayContaining(['max_tarief_formeel_uur', 'max_tarief_informeel_uur', 'max_tarief_dagdeel']),
    )
    expect(voor.find((s) => s.jaar === 2027 && s.soort === 'max_tarief_informeel_uur')!.melding).toContain(
      '2027: Maximumtarief informele zorg',
    )
    await b.ok('bedragen.importCsv', {
      bestandsnaam: 't.csv',
      inhoud: 'soort;bedrag;geverifieerd;bron\nformeel;88,03;ja;x\ninformeel;27,95;ja;x\ndagdeel;81,12;ja;x',
      geldigVanaf: '2027-01-01',
    })
    const na = await b.ok('bedragen.overzicht', {})
    expect(na.filter((s) => s.jaar === 2027 && s.soort.startsWith('max_tarief'))).toEqual([])
    // The tariff check can now judge the 2027 plan itself.
    expect((await b.ok('plannen.controles', { versieId })).controles.find((c) => c.code === 'tarieven')!.status).toBe('voldoet')
  })
})
