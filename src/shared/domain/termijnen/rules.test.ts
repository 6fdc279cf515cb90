import { describe, expect, it } from 'vitest'
import { expectedTasks, type DossierSnapshot } from './index'
import { lageBijdrageEinde } from './pgbRules'

type Lv = DossierSnapshot['leveringsvormen'][number]
const lv = (p: Partial<Lv> & Pick<Lv, 'startdatum'>): Lv => ({ id: 1, soort: 'verblijf', einddatum: null, metBehandeling: false, ...p })
const snap = (p: Partial<DossierSnapshot> & { today: string }): DossierSnapshot => ({
  indicaties: [],
  leveringsvormen: [],
  aanvragen: [],
  bezwaren: [],
  regio: { client: null, clientNaam: null, adviseur: null, adresGewijzigdOp: null },
  ...p,
})
const of = (d: DossierSnapshot, regel: string) => expectedTasks(d).filter((t) => t.regel === regel)
const deadlines = (d: DossierSnapshot, regel: string) => of(d, regel).map((t) => t.deadline)

describe('zorgplan within six weeks (Wlz 8.1.3 lid 1)', () => {
  it('is due six weeks after care in natura starts', () => {
    expect(deadlines(snap({ today: '2026-10-01', leveringsvormen: [lv({ soort: 'vpt', startdatum: '2026-10-01' })] }), 'zorgplan')).toEqual(
      ['2026-11-12'],
    )
  })
  it('does not apply to a pgb', () => {
    expect(of(snap({ today: '2026-10-01', leveringsvormen: [lv({ soort: 'pgb', startdatum: '2026-10-01' })] }), 'zorgplan')).toEqual([])
  })
  it('does not apply when care ends before the six weeks are over, and does on the last day', () => {
    const ending = (einddatum: string) => snap({ today: '2026-10-01', leveringsvormen: [lv({ startdatum: '2026-10-01', einddatum })] })
    expect(of(ending('2026-11-11'), 'zorgplan')).toEqual([])
    expect(deadlines(ending('2026-11-12'), 'zorgplan')).toEqual(['2026-11-12'])
  })
})

describe('evaluation twice a year (Wlz 8.1.1 lid 6)', () => {
  const d = (today: string) => snap({ today, leveringsvormen: [lv({ soort: 'mpt', startdatum: '2026-01-15' })] })
  it('plans the next evaluation six months after the start', () => {
    expect(deadlines(d('2026-07-14'), 'evaluatie')).toEqual(['2026-07-15'])
    expect(deadlines(d('2026-07-15'), 'evaluatie')).toEqual(['2026-07-15'])
  })
  it('keeps an overdue evaluation and adds the next one the day after', () => {
    expect(deadlines(d('2026-07-16'), 'evaluatie')).toEqual(['2026-07-15', '2027-01-15'])
  })
  it('lets an evaluation lapse when it is six months overdue, i.e. when the next one is due', () => {
    expect(deadlines(d('2027-01-14'), 'evaluatie')).toEqual(['2026-07-15', '2027-01-15'])
    expect(deadlines(d('2027-01-15'), 'evaluatie')).toEqual(['2027-01-15'])
    expect(deadlines(d('2027-01-16'), 'evaluatie')).toEqual(['2027-01-15', '2027-07-15'])
  })
})

describe('herindicatie before the einddatum (Blz 3.2.4/3.2.5)', () => {
  it('is due six weeks before the indicatie ends, unless a later indicatie follows', () => {
    const ind = { id: 7, besluitnummer: '123', ingangsdatum: '2024-04-01', einddatum: '2027-03-31', zorgprofiel: '754' }
    expect(deadlines(snap({ today: '2026-11-22', indicaties: [ind] }), 'herindicatie')).toEqual(['2027-02-17'])
    const next = { id: 8, besluitnummer: '124', ingangsdatum: '2027-04-01', einddatum: null, zorgprofiel: '754' }
    expect(of(snap({ today: '2026-11-22', indicaties: [ind, next] }), 'herindicatie')).toEqual([])
  })
})

describe('dubbel verzekerd check before 31 December (Wlz 3.1.1 lid 1 sub d)', () => {
  const d = (p: Partial<Lv>) =>
    snap({ today: '2026-11-22', leveringsvormen: [lv({ startdatum: '2026-02-01', metBehandeling: true, ...p })] })
  it('asks for clients with verblijf met behandeling that continues into the new year', () => {
    expect(deadlines(d({}), 'dubbel-verzekerd')).toEqual(['2026-12-31'])
    expect(deadlines(d({ einddatum: '2026-12-31' }), 'dubbel-verzekerd')).toEqual(['2026-12-31'])
  })
  it('does not ask without behandeling or when the stay ends before the new year', () => {
    expect(of(d({ metBehandeling: false }), 'dubbel-verzekerd')).toEqual([])
    expect(of(d({ einddatum: '2026-12-30' }), 'dubbel-verzekerd')).toEqual([])
  })
})

describe('verhuizing → dossieroverdracht (Wlz 4.2.4 lid 2)', () => {
  it('asks for a transfer when the client lives in another region', () => {
    const regio = (client: string) => ({ client, clientNaam: 'Utrecht', adviseur: 'ZK02', adresGewijzigdOp: '2026-11-01' })
    expect(deadlines(snap({ today: '2026-11-22', regio: regio('ZK09') }), 'verhuizing')).toEqual(['2026-11-29'])
    expect(of(snap({ today: '2026-11-22', regio: regio('ZK02') }), 'verhuizing')).toEqual([])
  })
})

describe('beslistermijn on an aanvraag (Awb 4:13–4:15, Atw)', () => {
  const a = {
    id: 3,
    soort: 'pgb',
    ontvangenOp: '2026-10-01',
    termijnWeken: 8,
    opgeschortDagen: 0,
    verdaagdTot: null,
    besluitDatum: null,
    bekendgemaaktOp: null,
  }
  it('is eight weeks after receipt', () => {
    expect(deadlines(snap({ today: '2026-10-01', aanvragen: [a] }), 'beslistermijn')).toEqual(['2026-11-26'])
  })
  it('adds suspended days and moves an end on a Sunday to Monday', () => {
    expect(deadlines(snap({ today: '2026-10-01', aanvragen: [{ ...a, opgeschortDagen: 3 }] }), 'beslistermijn')).toEqual(['2026-11-30'])
  })
  it('follows a verdaging and disappears once decided', () => {
    expect(deadlines(snap({ today: '2026-10-01', aanvragen: [{ ...a, verdaagdTot: '2026-12-10' }] }), 'beslistermijn')).toEqual([
      '2026-12-10',
    ])
    expect(of(snap({ today: '2026-10-01', aanvragen: [{ ...a, besluitDatum: '2026-11-01' }] }), 'beslistermijn')).toEqual([])
  })
})

describe('bezwaartermijn (Awb 6:7, 6:8)', () => {
  const decided = {
    id: 3,
    soort: 'pgb',
    ontvangenOp: '2026-09-01',
    termijnWeken: 8,
    opgeschortDagen: 0,
    verdaagdTot: null,
    besluitDatum: '2026-10-02',
    bekendgemaaktOp: '2026-10-05',
  }
  it('is shown until and including its last day', () => {
    expect(deadlines(snap({ today: '2026-11-16', aanvragen: [decided] }), 'bezwaartermijn')).toEqual(['2026-11-16'])
    expect(of(snap({ today: '2026-11-17', aanvragen: [decided] }), 'bezwaartermijn')).toEqual([])
  })
  it('is information, not an action', () => {
    expect(of(snap({ today: '2026-11-01', aanvragen: [decided] }), 'bezwaartermijn')[0]!.soort).toBe('termijn')
  })
})

describe('beslistermijn op bezwaar (Awb 7:10)', () => {
  const b = {
    id: 9,
    ontvangenOp: '2026-11-10',
    besluitBekendgemaaktOp: '2026-10-05',
    adviescommissie: false,
    verdagingWeken: 0,
    opgeschortDagen: 0,
    beslistOp: null,
  }
  it('runs six weeks from the end of the bezwaartermijn', () => {
    expect(deadlines(snap({ today: '2026-11-22', bezwaren: [b] }), 'beslistermijn-bezwaar')).toEqual(['2026-12-28'])
  })
  it('runs twelve weeks with an adviescommissie and allows at most six weeks of verdaging', () => {
    expect(deadlines(snap({ today: '2026-11-22', bezwaren: [{ ...b, adviescommissie: true }] }), 'beslistermijn-bezwaar')).toEqual([
      '2027-02-08',
    ])
    const six = deadlines(snap({ today: '2026-11-22', bezwaren: [{ ...b, verdagingWeken: 6 }] }), 'beslistermijn-bezwaar')
    const eight = deadlines(snap({ today: '2026-11-22', bezwaren: [{ ...b, verdagingWeken: 8 }] }), 'beslistermijn-bezwaar')
    expect(six).toEqual(['2027-02-08'])
    expect(eight).toEqual(six)
  })
  it('flags a bezwaarschrift received after the term, but not on its last day', () => {
    expect(of(snap({ today: '2026-11-22', bezwaren: [{ ...b, ontvangenOp: '2026-11-16' }] }), 'bezwaar-te-laat')).toEqual([])
    expect(of(snap({ today: '2026-11-22', bezwaren: [{ ...b, ontvangenOp: '2026-11-17' }] }), 'bezwaar-te-laat')).toHaveLength(1)
  })
  it('asks for a written ontvangstbevestiging (Awb 6:14)', () => {
    expect(deadlines(snap({ today: '2026-11-22', bezwaren: [b] }), 'ontvangstbevestiging')).toEqual(['2026-11-17'])
  })
})

describe('pgb per calendar year (Blz 3.6.1)', () => {
  const d = (einddatum: string | null) =>
    snap({ today: '2026-06-01', leveringsvormen: [lv({ soort: 'pgb', startdatum: '2026-03-01', einddatum })] })
  it('asks for next year’s toekenning by 31 December, shown from 1 December', () => {
    const t = of(d(null), 'pgb-toekenning')
    expect(t.map((x) => [x.deadline, x.vanaf, x.sleutel])).toEqual([['2026-12-31', '2026-12-01', 'pgb-toekenning:leveringsvorm:1:2027']])
  })
  it('does not ask when the pgb ends on 31 December, and does when it runs one day longer', () => {
    expect(of(d('2026-12-31'), 'pgb-toekenning')).toEqual([])
    expect(of(d('2027-01-01'), 'pgb-toekenning')).toHaveLength(1)
  })
})

describe('lage eigen bijdrage: first four months of verblijf (Blz 3.3.2.2)', () => {
  it('ends four months after a first stay begins', () => {
    const s = lv({ startdatum: '2026-10-15' })
    expect(lageBijdrageEinde([s], s)).toBe('2027-02-14')
  })
  it('adds stays together when at most 60 days lie between them (lid 7)', () => {
    const first = lv({ id: 1, startdatum: '2026-01-01', einddatum: '2026-02-28' }) // 59 days
    const after60 = lv({ id: 2, startdatum: '2026-04-30' }) // 60 days in between
    const after61 = lv({ id: 2, startdatum: '2026-05-01' }) // 61 days in between
    expect(lageBijdrageEinde([first, after60], after60)).toBe('2026-06-29') // 120 − 59 = 61 days left
    expect(lageBijdrageEinde([first, after61], after61)).toBe('2026-08-31') // a fresh four months
  })
  it('gives no lage period within four months after a stay with the hoge bijdrage (lid 7)', () => {
    const long = lv({ id: 1, startdatum: '2026-01-01', einddatum: '2026-06-30' })
    const within = lv({ id: 2, startdatum: '2026-10-30' })
    const after = lv({ id: 2, startdatum: '2026-10-31' })
    expect(lageBijdrageEinde([long, within], within)).toBeNull()
    expect(lageBijdrageEinde([long, after], after)).toBe('2027-02-27') // 31 oct + 4 months clamps to 28 feb; the day before
  })
  it('becomes a term in the dossier only while it is still ahead', () => {
    const d = (today: string) => snap({ today, leveringsvormen: [lv({ startdatum: '2026-10-15' })] })
    expect(deadlines(d('2027-02-14'), 'lage-eigen-bijdrage')).toEqual(['2027-02-14'])
    expect(of(d('2027-02-15'), 'lage-eigen-bijdrage')).toEqual([])
  })
})

describe('every generated task', () => {
  it('cites its source and has a unique key', () => {
    const d = snap({
      today: '2026-11-22',
      indicaties: [{ id: 1, besluitnummer: '1', ingangsdatum: '2025-01-01', einddatum: '2027-01-01', zorgprofiel: '754' }],
      leveringsvormen: [
        lv({ id: 1, startdatum: '2026-10-01', metBehandeling: true }),
        lv({ id: 2, soort: 'pgb', startdatum: '2026-01-01', einddatum: null }),
      ],
      aanvragen: [
        {
          id: 1,
          soort: 'pgb',
          ontvangenOp: '2026-10-01',
          termijnWeken: 8,
          opgeschortDagen: 0,
          verdaagdTot: null,
          besluitDatum: null,
          bekendgemaaktOp: null,
        },
      ],
    })
    const tasks = expectedTasks(d)
    expect(tasks.length).toBeGreaterThan(5)
    for (const t of tasks) expect(t.artikel).toMatch(/^(Wlz|Blz|Awb) art\./)
    expect(new Set(tasks.map((t) => t.sleutel)).size).toBe(tasks.length)
  })
})
