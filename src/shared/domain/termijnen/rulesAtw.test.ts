import { describe, expect, it } from 'vitest'
import { expectedTasks, type DossierSnapshot } from './index'
import { BESLUITEN_2023_2028 as KB } from './kalender.fixture'

// The Atw in the task rules: every statutory term rolls, with its reason in words; others do not.
type Lv = DossierSnapshot['leveringsvormen'][number]
const lv = (p: Partial<Lv> & Pick<Lv, 'startdatum'>): Lv => ({ id: 1, soort: 'verblijf', einddatum: null, metBehandeling: false, ...p })
const snap = (p: Partial<DossierSnapshot> & { today: string }): DossierSnapshot => ({
  indicaties: [],
  leveringsvormen: [],
  aanvragen: [],
  bezwaren: [],
  regio: { client: null, clientNaam: null, adviseur: null, adresGewijzigdOp: null },
  gelijkgesteldeDagen: KB,
  ...p,
})
const of = (d: DossierSnapshot, regel: string) => expectedTasks(d).filter((t) => t.regel === regel)

describe('zorgplan term (Wlz 8.1.3 lid 1) rolls like the Awb terms', () => {
  it('moves six weeks ending on Hemelvaartsdag 2026 past the gelijkgestelde Friday, and says why', () => {
    const [t] = of(snap({ today: '2026-04-02', leveringsvormen: [lv({ soort: 'vpt', startdatum: '2026-04-02' })] }), 'zorgplan')
    expect(t!.deadline).toBe('2026-05-18')
    expect(t!.toelichting).toContain(
      'Verschoven van donderdag 14 mei 2026 (Hemelvaartsdag), vrijdag 15 mei (gelijkgestelde dag), zaterdag, zondag naar maandag 18 mei 2026',
    )
    expect(t!.artikel).toBe('Wlz art. 8.1.3 lid 1')
  })
  it('leaves a working day alone and adds no explanation', () => {
    const [t] = of(snap({ today: '2026-04-01', leveringsvormen: [lv({ soort: 'vpt', startdatum: '2026-04-01' })] }), 'zorgplan')
    expect(t!.deadline).toBe('2026-05-13')
    expect(t!.toelichting).not.toContain('Verschoven')
  })
})

describe('bezwaartermijn and beslistermijn tasks carry the roll', () => {
  it('names Goede Vrijdag and tweede Paasdag for a beschikking sent on 12 February 2027', () => {
    const d = snap({ today: '2027-02-15', beschikkingen: [{ id: 4, kenmerk: 'BR-2027-000004', verzondenOp: '2027-02-12' }] })
    const [t] = of(d, 'bezwaartermijn')
    expect(t!.deadline).toBe('2027-03-30')
    expect(t!.toelichting).toContain(
      'Verschoven van vrijdag 26 maart 2027 (Goede Vrijdag), zaterdag, zondag, maandag 29 maart (tweede Paasdag)',
    )
  })
  it('rolls eight weeks of an aanvraag, but keeps a verdaagd date as named (Awb 4:14)', () => {
    const a = {
      id: 1,
      soort: 'pgb',
      ontvangenOp: '2027-01-29',
      termijnWeken: 8,
      opgeschortDagen: 0,
      verdaagdTot: null,
      besluitDatum: null,
      bekendgemaaktOp: null,
    }
    expect(of(snap({ today: '2027-02-01', aanvragen: [a] }), 'beslistermijn')[0]!.deadline).toBe('2027-03-30')
    expect(of(snap({ today: '2027-02-01', aanvragen: [{ ...a, verdaagdTot: '2027-04-03' }] }), 'beslistermijn')[0]!.deadline).toBe(
      '2027-04-03',
    )
  })
})

describe('terms the Atw leaves alone', () => {
  it('herindicatie six weeks before the einddatum: counted backwards (art. 1 lid 2)', () => {
    const ind = { id: 7, besluitnummer: '1', ingangsdatum: '2024-01-01', einddatum: '2027-05-08', zorgprofiel: '754' }
    // 8 May 2027 − 6 weeks = Saturday 27 March 2027: stays a Saturday.
    expect(of(snap({ today: '2027-01-10', indicaties: [ind] }), 'herindicatie')[0]!.deadline).toBe('2027-03-27')
  })
  it('evaluation every six months: more than three months (art. 4)', () => {
    const d = snap({ today: '2026-09-01', leveringsvormen: [lv({ soort: 'mpt', startdatum: '2026-04-26' })] })
    expect(of(d, 'evaluatie')[0]!.deadline).toBe('2026-10-26')
    const saturday = snap({ today: '2026-09-01', leveringsvormen: [lv({ soort: 'mpt', startdatum: '2026-04-24' })] })
    expect(of(saturday, 'evaluatie')[0]!.deadline).toBe('2026-10-24')
  })
})

describe('dubbel verzekerd names what the seed names', () => {
  it('the aanvullende (tand)verzekering, cancelled before 31 December, ending on 1 January', () => {
    const d = snap({ today: '2026-11-22', leveringsvormen: [lv({ startdatum: '2026-02-01', metBehandeling: true })] })
    const [t] = of(d, 'dubbel-verzekerd')
    expect(t!.titel).toBe('Dubbel verzekerd? Aanvullende (tand)verzekering opzeggen vóór 31 december 2026')
    expect(t!.toelichting).toContain('tandzorg')
    expect(t!.toelichting).toContain('stopt dan per 1 januari 2027')
  })
})

describe('zienswijze term after a voornemen (Awb 4:7/4:8)', () => {
  it("runs two weeks from the letter's date and moves off Hemelvaartsdag 2027 and the gelijkgestelde Friday", () => {
    const d = snap({
      today: '2027-04-23',
      voornemens: [{ id: 9, kenmerk: 'BR-2027-000009', datum: '2027-04-22', zienswijzeWeken: 2 }],
    })
    const [t] = of(d, 'zienswijze')
    expect(t).toMatchObject({ deadline: '2027-05-10', soort: 'actie', artikel: 'Awb art. 4:7 en 4:8', bron: 'brief:9' })
    expect(t!.toelichting).toContain('Hemelvaartsdag')
  })
})
