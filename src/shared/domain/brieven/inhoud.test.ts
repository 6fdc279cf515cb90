import { describe, expect, it } from 'vitest'
import { bron, DOSSIER, tekstVan } from './bron.fixture'
import type { BriefGegevens } from './gegevens'
import { briefInhoud } from './inhoud'
import { BRIEF_SOORTEN, SOORT_INFO, type BriefSoort } from './soorten'

const FEITEN = 'Op 12 november 2026 hebben wij met u gesproken. U vertelde dat u de administratie niet zelf kunt doen.'
/** Every letter type, complete: the data an adviser fills in (the dossier facts come from DOSSIER). */
const COMPLEET: Record<BriefSoort, Partial<BriefGegevens>> = {
  pgb_toekenning: { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 9_558 },
  pgb_afwijzing: { aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4b'] },
  pgb_wijziging: { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 9_558, gronden: ['intrekking-verzoek'] },
  pgb_intrekking: { ingangsdatum: '2026-12-01', gronden: ['intrekking-verblijf'] },
  vpt_toekenning: { aanvraagOntvangenOp: '2026-10-15', ingangsdatum: '2026-12-01', aanbieder: 'Zorggroep Duinzicht (fictief)' },
  vpt_afwijzing: { aanvraagOntvangenOp: '2026-10-15', gronden: ['wlz-3.3.2-verantwoord'] },
  mpt_toekenning: { aanvraagOntvangenOp: '2026-10-15', ingangsdatum: '2026-12-01', aanbieder: 'Thuiszorg Polderland (fictief)' },
  mpt_afwijzing: { aanvraagOntvangenOp: '2026-10-15', gronden: ['wlz-3.3.2-4b-kosten'] },
  overbrugging: { leveringsvorm: 'mpt', ingangsdatum: '2026-12-01' },
  meerzorg_toekenning: { aanvraagOntvangenOp: '2026-10-20', ingangsdatum: '2026-12-01', urenPerWeek: 6.5 },
  meerzorg_afwijzing: { aanvraagOntvangenOp: '2026-10-20', gronden: ['meerzorg-25'] },
  uitnodiging_keuzegesprek: { gesprekDatum: '2026-12-03', gesprekTijd: '10:30' },
  bevestiging_wachtlijst: { ingangsdatum: '2026-11-20', aanbieder: 'Woonzorgcentrum De Linde (fictief)' },
  ontvangst_bezwaar: { bezwaarOntvangenOp: '2026-11-18', bestredenBekendgemaaktOp: '2026-11-02' },
  voornemen_afwijzing: { voornemenVoor: 'pgb', aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4b'] },
  dubbel_verzekerd: { aanbieder: 'Verpleeghuis De Linde (fictief)' },
}
const inhoud = (soort: BriefSoort, g: Partial<BriefGegevens> = COMPLEET[soort], toelichting = FEITEN) =>
  briefInhoud(bron(soort, g, { dossier: DOSSIER, toelichting }))

describe('every letter type', () => {
  it.each(BRIEF_SOORTEN)('%s: complete, articles in words, no note to the adviser, continuation header', (soort) => {
    const r = inhoud(soort)
    expect(r.ontbrekend).toEqual([])
    const tekst = tekstVan(r.props)
    expect(tekst).not.toMatch(/\b(Wlz|Blz|Rlz|Awb) art\./)
    expect(tekst).not.toContain('Een besluit moet goed gemotiveerd zijn')
    expect(tekst).not.toContain('[')
    expect(r.props.vervolgkop).toEqual({ kenmerk: 'BR-2026-000042', naam: 'A. Adriaanse (fictief)' })
    if (SOORT_INFO[soort].beschikking)
      expect(tekst).toMatch(/Wij baseren dit besluit op .*(van de Wet langdurige zorg|van het Besluit langdurige zorg)/)
  })
})

describe('a refusal or withdrawal rests on the facts (Awb 3:46)', () => {
  it.each([
    'pgb_afwijzing',
    'vpt_afwijzing',
    'mpt_afwijzing',
    'meerzorg_afwijzing',
    'pgb_intrekking',
    'pgb_wijziging',
    'voornemen_afwijzing',
  ] as const)('%s with only a standard ground cannot be finalised', (soort) => {
    expect(inhoud(soort, COMPLEET[soort], '').ontbrekend).toEqual([
      expect.stringContaining('Een standaardreden alleen is geen deugdelijke motivering (Awb art. 3:46)'),
    ])
    expect(inhoud(soort, COMPLEET[soort], 'Zie dossier.').ontbrekend).toEqual([expect.stringContaining('te kort voor een motivering')])
  })
  it('puts the facts before the reasons, under their own heading', () => {
    const ids = inhoud('pgb_afwijzing').props.blokken.map((b) => b.id)
    expect(ids.indexOf('feiten')).toBeLessThan(ids.indexOf('motivering'))
    expect(inhoud('pgb_afwijzing').props.blokken.find((b) => b.id === 'feiten')).toMatchObject({
      titel: 'Wat wij hebben vastgesteld',
      alineas: [FEITEN],
    })
  })
  it('does not ask facts of a grant', () => {
    expect(inhoud('vpt_toekenning', COMPLEET.vpt_toekenning, '').ontbrekend).toEqual([])
  })
})

describe('reasons with their article in words', () => {
  it('cites each ground, and the Rlz without a guessed number', () => {
    const tekst = tekstVan(inhoud('pgb_afwijzing', { ...COMPLEET.pgb_afwijzing, gronden: ['wlz-3.3.3-4b', 'rlz-toestemming'] }).props)
    expect(tekst).toContain('ook niet samen met een vertegenwoordiger. (artikel 3.3.3 lid 4 onder b van de Wet langdurige zorg)')
    expect(tekst).toContain('aan het CAK en de SVB. (de Regeling langdurige zorg)')
    expect(tekst).toContain(
      'Wij baseren dit besluit op artikel 3.3.3 lid 4 onder b van de Wet langdurige zorg en de Regeling langdurige zorg.',
    )
    expect(inhoud('pgb_afwijzing', { ...COMPLEET.pgb_afwijzing, gronden: ['rlz-toestemming'] }).notities).toEqual([
      expect.stringContaining('niet geverifieerd (in de tekst van 2015: art. 5.9)'),
    ])
  })
  it('says whether the zorgkantoor must or may withdraw (Blz 3.6.7 onder b and the Rlz)', () => {
    const moet = tekstVan(inhoud('pgb_intrekking').props)
    expect(moet).toContain('moeten wij het pgb intrekken')
    expect(moet).toContain('artikel 3.6.7 onder b van het Besluit langdurige zorg en de Regeling langdurige zorg')
    const mag = tekstVan(inhoud('pgb_intrekking', { ...COMPLEET.pgb_intrekking, gronden: ['intrekking-verplichtingen'] }).props)
    expect(mag).toContain('mogen wij het pgb intrekken, maar het hoeft niet. Daarom hebben wij uw belangen afgewogen')
  })
  it('records why the zienswijze was skipped, only with a reason of Awb 4:11', () => {
    const g = { ...COMPLEET.pgb_afwijzing, zienswijze: 'overgeslagen' as const }
    expect(inhoud('pgb_afwijzing', g).ontbrekend).toEqual([expect.stringContaining('Awb art. 4:11')])
    expect(tekstVan(inhoud('pgb_afwijzing', { ...g, zienswijzeOverslaan: 'spoed' }).props)).toContain(
      'Wij hebben u niet eerst om uw reactie gevraagd, omdat er snel beslist moest worden (artikel 4:11 onder a van de Algemene wet bestuursrecht).',
    )
    const gevraagd = {
      ...COMPLEET.pgb_afwijzing,
      zienswijze: 'gevraagd' as const,
      voornemenDatum: '2026-11-02',
      voornemenKenmerk: 'BR-2026-000030',
    }
    expect(tekstVan(inhoud('pgb_afwijzing', gevraagd).props)).toContain(
      'Op 2 november 2026 hebben wij u laten weten dat wij van plan waren dit besluit te nemen (kenmerk BR-2026-000030).',
    )
  })
})

describe('ontvangstbevestiging bezwaar (Awb 6:14, 7:10)', () => {
  const g = (bekend: string, extra: Partial<BriefGegevens> = {}) => ({
    bezwaarOntvangenOp: '2027-01-20',
    bestredenBekendgemaaktOp: bekend,
    ...extra,
  })
  it('names the decision date, and the roll in words when it moved', () => {
    // Sent 1 January 2027: bezwaartermijn to 12 February; + 6 weeks = Goede Vrijdag 26 March.
    const tekst = tekstVan(inhoud('ontvangst_bezwaar', g('2027-01-01')).props)
    expect(tekst).toContain('Wij beslissen uiterlijk op dinsdag 30 maart 2027 op uw bezwaar.')
    expect(tekst).toContain('Dat is zes weken na het einde van de bezwaartermijn op 12 februari 2027')
    expect(tekst).toContain(
      'De termijn eindigt eigenlijk op vrijdag 26 maart 2027. Dat is geen werkdag. Verschoven van vrijdag 26 maart 2027 (Goede Vrijdag), zaterdag, zondag, maandag 29 maart (tweede Paasdag) naar dinsdag 30 maart 2027',
    )
  })
  it('gives twelve weeks with an adviescommissie, past the gelijkgestelde 7 May 2027', () => {
    const tekst = tekstVan(inhoud('ontvangst_bezwaar', g('2027-01-01', { adviescommissie: true })).props)
    expect(tekst).toContain('Wij beslissen uiterlijk op maandag 10 mei 2027 op uw bezwaar.')
    expect(tekst).toContain('twaalf weken na het einde van de bezwaartermijn')
    expect(tekst).toContain('vrijdag 7 mei 2027 (gelijkgestelde dag)')
  })
  it('names no date for a bezwaar after the term, and needs the date the decision was sent', () => {
    const tekst = tekstVan(inhoud('ontvangst_bezwaar', g('2026-11-02', { bezwaarOntvangenOp: '2026-12-20' })).props)
    expect(tekst).toContain('kwam binnen na het einde van de bezwaartermijn op 14 december 2026')
    expect(tekst).not.toContain('Wij beslissen uiterlijk')
    expect(inhoud('ontvangst_bezwaar', { bezwaarOntvangenOp: '2026-11-18' }).ontbrekend).toEqual([expect.stringContaining('verstuurd')])
  })
})

describe('voornemen tot afwijzing (Awb 4:7)', () => {
  it('sets the zienswijze term from the letter date and is no besluit', () => {
    const r = briefInhoud(
      bron('voornemen_afwijzing', COMPLEET.voornemen_afwijzing, { dossier: DOSSIER, toelichting: FEITEN, datum: '2027-04-22' }),
    )
    const tekst = tekstVan(r.props)
    expect(tekst).toContain(
      'U kunt tot en met maandag 10 mei 2027 reageren. Dat is twee weken na de datum van deze brief. De laatste dag was geen werkdag',
    )
    expect(tekst).toContain('artikel 4:9 van de Algemene wet bestuursrecht')
    expect(tekst).not.toContain('Bent u het niet eens met dit besluit?')
    expect(r.props.ondertekening.namens).toBe('Zorgkantoor Proefregio (fictief)')
  })
  it('needs what it is about, and offers that decision’s grounds', () => {
    expect(inhoud('voornemen_afwijzing', { ...COMPLEET.voornemen_afwijzing, voornemenVoor: null }).ontbrekend).toEqual([
      expect.stringContaining('Kies waar het voornemen over gaat'),
    ])
    expect(inhoud('voornemen_afwijzing', { ...COMPLEET.voornemen_afwijzing, voornemenVoor: 'vpt' }).ontbrekend).toEqual([
      'Kies minstens één reden uit de lijst.',
    ])
  })
})

describe('dubbel verzekerd names what the seed names', () => {
  it('the aanvullende (tand)verzekering, cancelled before 31 December, ending on 1 January', () => {
    const tekst = tekstVan(
      inhoud('dubbel_verzekerd', { ...COMPLEET.dubbel_verzekerd, zorgverzekeraar: 'Zorgverzekeraar Proef (fictief)' }).props,
    )
    expect(tekst).toContain('Dat geldt ook voor tandzorg.')
    expect(tekst).toContain(
      'Zeg uw aanvullende (tand)verzekering op vóór 31 december 2026, bij Zorgverzekeraar Proef (fictief). De verzekering stopt dan per 1 januari 2027.',
    )
    expect(tekst).toContain('Uw basisverzekering houdt u')
  })
})
