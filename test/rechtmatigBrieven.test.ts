import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBackend } from './helpers/backend'
import { flat, pdfText } from './helpers/pdf'
import { bewaarPdf, clientMetAdres, openBriefBackend } from './helpers/brieven'
import { vastgesteldBudgetplan } from './helpers/budgetplan'
import { testBsns } from '../src/shared/domain/bsn'

// Issue 12 through the routes: a pgb op maat grants exactly its vastgesteld budgetplan (less only
// with a reason, never more), a refusal needs the facts of the case, and letters take what the
// dossier knows. Bad input gets a Dutch message and writes nothing. Fictitious data only.
let b: TestBackend
const bsns = testBsns('9995')
const bsn = () => bsns.next().value as string
let close: () => Promise<void>
beforeAll(async () => void ({ b, close } = await openBriefBackend()), 60_000)
afterAll(() => close())

const brieven = () => b.db!.prepare('SELECT count(*) FROM brief').pluck().get() as number
const audit = (event: string, briefId: number) =>
  b
    .db!.prepare(`SELECT details FROM audit_log WHERE event = ? AND json_extract(details, '$.briefId') = ?`)
    .pluck()
    .all(event, briefId) as string[]
const VV = { verantwoordingsvrijCenten: 9_558 }
const FEITEN = 'Op 12 november 2026 hebben wij met u gesproken. U vertelde dat u de administratie van het pgb niet zelf kunt doen.'

describe('a pgb toekenning op maat (from 2025)', () => {
  it('grants exactly the vastgesteld budgetplan, linked to its version', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const plan = await vastgesteldBudgetplan(b, client.id)
    expect(plan.totaalCent).toBe(637_186)
    // The ingangsdatum comes from the plan; there is no amount to type.
    const c = await b.ok('brieven.create', { clientId: client.id, soort: 'pgb_toekenning', gegevens: VV })
    expect(c.gegevens).toMatchObject({ ingangsdatum: '2027-01-01', maximumCenten: null, jaarbedragCenten: null })
    expect(c.ontbrekend).toEqual([])
    const done = await b.ok('brieven.finalise', { id: c.id, version: c.version })
    const text = flat(pdfText((await b.ok('brieven.pdf', { id: done.id })).pdf, 'raw'))
    expect(text).toContain('U krijgt € 6.371,86 voor de periode van 1 januari 2027 tot en met 31 december 2027.')
    expect(text).toContain('Totaal van het budgetplan € 6.371,86')
    expect(text).toContain('besluitnummer 2026')
    expect(b.db!.prepare('SELECT budgetplan_versie_id FROM brief WHERE id = ?').pluck().get(done.id)).toBe(plan.versieId)
    expect(audit('brief.bedrag_afwijking', done.id)).toEqual([])
  }, 30_000)

  it('refuses an amount above the plan, a lower one without a reason, and an amount per year: nothing written', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    await vastgesteldBudgetplan(b, client.id)
    const before = brieven()
    const hoger = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ...VV, toegekendCenten: 637_187 },
    })
    expect(hoger.ok || hoger.error.issues).toEqual([
      {
        path: 'gegevens.toegekendCenten',
        message:
          'Het toegekende bedrag (€\u00a06.371,87) is hoger dan het totaal van het vastgestelde budgetplan (€\u00a06.371,86). Een pgb op maat volgt uit het budgetplan: pas het plan aan en stel een nieuwe versie vast.',
      },
    ])
    const lager = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ...VV, toegekendCenten: 600_000 },
    })
    expect(lager.ok || lager.error.issues![0]!.message).toBe(
      'Schrijf op waarom u minder toekent dan het totaal van het budgetplan (€\u00a06.371,86). Die reden komt in de brief.',
    )
    const jaar = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ...VV, ingangsdatum: '2027-01-01', jaarbedragCenten: 4_000_000 },
    })
    expect(jaar.ok || jaar.error.issues![0]!.path).toBe('gegevens.jaarbedragCenten')
    expect(brieven()).toBe(before)

    // A concept cannot be raised above the plan either; it keeps its version.
    const c = await b.ok('brieven.create', { clientId: client.id, soort: 'pgb_toekenning', gegevens: VV })
    const update = await b.call('brieven.update', { id: c.id, version: c.version, gegevens: { ...c.gegevens, toegekendCenten: 700_000 } })
    expect(update.ok || update.error.issues![0]!.path).toBe('gegevens.toegekendCenten')
    expect((await b.ok('brieven.get', { id: c.id })).version).toBe(c.version)
  })

  it('grants less with a written reason: printed in the motivering and audited with ids only', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const plan = await vastgesteldBudgetplan(b, client.id)
    const reden = 'De logeeropvang in juli betaalt de gemeente uit de Wmo; die zorg telt hier niet mee.'
    const c = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ...VV, toegekendCenten: 600_000, bedragAfwijkingReden: reden },
    })
    const done = await b.ok('brieven.finalise', { id: c.id, version: c.version })
    const file = await b.ok('brieven.pdf', { id: done.id })
    bewaarPdf('pgb_toekenning_lager', file.pdf)
    const text = flat(pdfText(file.pdf, 'raw'))
    expect(text).toContain(`Dat is minder dan het totaal van uw budgetplan (€ 6.371,86). De reden: ${reden}`)
    expect(audit('brief.bedrag_afwijking', done.id).map((d) => JSON.parse(d))).toEqual([{ briefId: done.id, versieId: plan.versieId }])
  }, 30_000)

  it('cannot be finalised without a vastgesteld budgetplan', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const c = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ...VV, ingangsdatum: '2027-01-01' },
    })
    expect(c.ontbrekend).toContain('Stel eerst het budgetplan vast. Vanaf 2025 volgt het pgb op maat uit het vastgestelde budgetplan.')
    const r = await b.call('brieven.finalise', { id: c.id, version: c.version })
    expect(r.ok || r.error.code).toBe('VALIDATION_ERROR')
  })
})

describe('a refusal', () => {
  it('with only a standard ground cannot be finalised (Awb 3:46); its notes never reach the letter', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const c = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_afwijzing',
      gegevens: { aanvraagOntvangenOp: '2026-10-01', gronden: ['rlz-toestemming'], zienswijze: 'niet_nodig' },
    })
    const r = await b.call('brieven.finalise', { id: c.id, version: c.version })
    expect(r.ok || r.error.issues!.map((i) => i.message)).toEqual([
      'Beschrijf in de toelichting de feiten en omstandigheden van deze cliënt: wat heeft u vastgesteld, en waarom geldt de gekozen reden? Een standaardreden alleen is geen deugdelijke motivering (Awb art. 3:46).',
    ])
    expect(b.db!.prepare('SELECT count(*) FROM brief_archief WHERE brief_id = ?').pluck().get(c.id)).toBe(0)
    // The Rlz article number is not verified: the adviser is told, the letter names the Regeling only.
    expect(c.notities.join(' ')).toContain('Regeling langdurige zorg')
    const ok = await b.ok('brieven.update', {
      id: c.id,
      version: c.version,
      gegevens: c.gegevens,
      vrijeTekst: { toelichting: FEITEN, afsluiting: '' },
    })
    const done = await b.ok('brieven.finalise', { id: ok.id, version: ok.version })
    const text = flat(pdfText((await b.ok('brieven.pdf', { id: done.id })).pdf, 'raw'))
    expect(text).toContain(FEITEN)
    for (const n of c.notities) expect(text).not.toContain(n)
  }, 30_000)

  it('after a voornemen: the zienswijze term is a task, and the refusal names the voornemen', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const v = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'voornemen_afwijzing',
      gegevens: { voornemenVoor: 'pgb', aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4b'], zienswijzeWeken: 2 },
      vrijeTekst: { toelichting: FEITEN, afsluiting: '' },
    })
    const voornemen = await b.ok('brieven.finalise', { id: v.id, version: v.version })
    await b.ok('brieven.verzonden', { id: voornemen.id, verzondenOp: '2026-11-22' })
    // Two weeks from Sunday 22 November 2026 end on Sunday 6 December: Monday 7 December.
    const taak = b.db!.prepare(`SELECT deadline, toelichting FROM taak WHERE client_id = ? AND regel = 'zienswijze'`).get(client.id) as {
      deadline: string
      toelichting: string
    }
    expect(taak.deadline).toBe('2026-12-07')
    expect(taak.toelichting).toContain(`Voornemen ${voornemen.kenmerk}`)
    const afwijzing = await b.ok('brieven.create', { clientId: client.id, soort: 'pgb_afwijzing', gegevens: { gronden: ['wlz-3.3.3-4b'] } })
    expect(afwijzing.gegevens).toMatchObject({ zienswijze: 'gevraagd', voornemenKenmerk: voornemen.kenmerk, voornemenDatum: '2026-11-22' })
  }, 30_000)
})

describe('an ontvangstbevestiging of a bezwaar', () => {
  it('takes the bekendmaking of the contested letter, or the bezwaar in the dossier with its adviescommissie', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const c = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_afwijzing',
      gegevens: { aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4b'], zienswijze: 'niet_nodig' },
      vrijeTekst: { toelichting: FEITEN, afsluiting: '' },
    })
    const besluit = await b.ok('brieven.finalise', { id: c.id, version: c.version })
    await b.ok('brieven.verzonden', { id: besluit.id, verzondenOp: '2026-11-22' })
    const o = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'ontvangst_bezwaar',
      gegevens: { bezwaarOntvangenOp: '2026-11-22', bestredenKenmerk: besluit.kenmerk! },
    })
    expect(o.gegevens).toMatchObject({ bestredenBekendgemaaktOp: '2026-11-22', adviescommissie: false })

    await b.ok('bezwaren.create', {
      clientId: client.id,
      ontvangenOp: '2026-11-22',
      besluitBekendgemaaktOp: '2026-11-20',
      adviescommissie: true,
    })
    const d = await b.ok('brieven.create', { clientId: client.id, soort: 'ontvangst_bezwaar', gegevens: {} })
    expect(d.gegevens).toMatchObject({ bezwaarOntvangenOp: '2026-11-22', bestredenBekendgemaaktOp: '2026-11-20', adviescommissie: true })
    // Awb 7:10 lid 1: with an adviescommissie twelve weeks after the bezwaartermijn.
    expect(d.ontbrekend).toEqual([])
    expect(d.inhoud.blokken.flatMap((x) => x.alineas).join(' ')).toContain('twaalf weken')
  })
})
