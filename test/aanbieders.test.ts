import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadReference, setPin, testBackend, type TestBackend } from './helpers/backend'
import { b64, csv, exporteer, importeer, LOCATIES } from './helpers/aanbieders'
import { clientMetAdres } from './helpers/brieven'

let b: TestBackend
beforeEach(async () => {
  b = testBackend()
  await loadReference(b)
})
afterEach(() => b.dispose())

const count = () => b.db!.prepare('SELECT count(*) FROM locatie').pluck().get() as number

describe('import', { timeout: 90_000 }, () => {
  it('maps the columns itself, imports all rows, and re-import updates instead of duplicating', async () => {
    const first = await importeer(b, b64(`\ufeff${csv(LOCATIES)}`))
    expect(first).toMatchObject({ status: 'geimporteerd', nieuw: 4, bijgewerkt: 0 })
    const again = await importeer(b, b64(csv(LOCATIES)))
    expect(again).toMatchObject({ status: 'geimporteerd', nieuw: 0, bijgewerkt: 0, ongewijzigd: 4 })
    const changed = LOCATIES.map((r) => [...r])
    changed[1]![11] = '3'
    expect(await importeer(b, b64(csv(changed)))).toMatchObject({ nieuw: 0, bijgewerkt: 1, ongewijzigd: 3 })
    expect(count()).toBe(4)
    const history = b.db!.prepare('SELECT wijzigingen FROM locatie_historie').pluck().all() as string[]
    expect(history.map((h) => JSON.parse(h))).toEqual([{ partnerplekken: [0, 3] }])
  })

  it('writes an organisation on several rows once (the last row wins) and updates one the register holds', async () => {
    // The import looks up only KvK numbers and vestigingsnummers the register held when it began
    // (importSchrijven.ts): these rows check both sides of that shortcut.
    const tweede = [...LOCATIES[1]!]
    tweede[0] = 'Zorggroep Linde, nieuwe naam (fictief)'
    tweede[1] = LOCATIES[0]![1]!
    tweede[2] = LOCATIES[0]![2]!
    expect(await importeer(b, b64(csv([LOCATIES[0]!, tweede])))).toMatchObject({ status: 'geimporteerd', nieuw: 2 })
    const orgs = () =>
      b.db!.prepare('SELECT kvk, naam, (SELECT count(*) FROM locatie l WHERE l.aanbieder_id = a.id) AS n FROM aanbieder a').all()
    expect(orgs()).toEqual([{ kvk: LOCATIES[0]![1], naam: 'Zorggroep Linde, nieuwe naam (fictief)', n: 2 }])
    const derde = [...LOCATIES[0]!]
    derde[0] = 'Zorggroep Linde, weer anders (fictief)'
    expect(await importeer(b, b64(csv([derde, LOCATIES[2]!])))).toMatchObject({ nieuw: 1, ongewijzigd: 1 })
    expect(orgs()).toEqual([
      { kvk: LOCATIES[0]![1], naam: 'Zorggroep Linde, weer anders (fictief)', n: 2 },
      { kvk: LOCATIES[2]![1], naam: LOCATIES[2]![0], n: 1 },
    ])
  })

  it('reads Windows-1252, comma-separated files and Excel workbooks', async () => {
    const rows = [LOCATIES[0]!.map((c, i) => (i === 3 ? 'Huize Bétje (fictief)' : c))]
    expect(await importeer(b, b64(Buffer.from(csv(rows, ','), 'latin1')))).toMatchObject({ status: 'geimporteerd', nieuw: 1 })
    expect(b.db!.prepare('SELECT naam FROM locatie').pluck().get()).toBe('Huize Bétje (fictief)')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Blad1')
    ws.addRow(['Organisatie', 'KvK', 'Locatie', 'Vestigingsnummer', 'Postcode', 'Zorgprofielen'])
    ws.addRow(['Xlsx Zorg (fictief)', '90000009', 'Xlsx Huis (fictief)', '000000000009', '3511 AA', '754'])
    const xlsx = await importeer(b, Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'), 'xlsx')
    expect(xlsx).toMatchObject({ status: 'geimporteerd', nieuw: 1 })
  })

  it('reports every bad row with row, column, value and a Dutch message, and imports nothing', async () => {
    const bad = [
      LOCATIES[0]!,
      LOCATIES[1]!.map((c, i) => (i === 1 ? '1234567' : c)),
      LOCATIES[2]!.map((c, i) => (i === 2 ? '123' : i === 9 ? '999' : c)),
      LOCATIES[3]!.map((c, i) => (i === 4 ? '000000000001' : i === 7 ? '1000 AA' : c)),
    ]
    const r = await importeer(b, b64(csv(bad)))
    expect(r.status).toBe('fouten')
    if (r.status !== 'fouten') return
    const byRow = (rij: number) => r.fouten.filter((f) => f.rij === rij).map((f) => `${f.kolom}: ${f.melding}`)
    expect(byRow(2)).toEqual([])
    expect(byRow(3)).toEqual(['KvK-nummer: Een KvK-nummer heeft precies 8 cijfers.'])
    expect(byRow(4)).toEqual(
      expect.arrayContaining(['AGB-code organisatie: Een AGB-code heeft precies 8 cijfers.', 'Zorgprofielen: Onbekend zorgprofiel "999".']),
    )
    expect(byRow(5)).toEqual(
      expect.arrayContaining([expect.stringContaining('Dubbele regel'), expect.stringContaining('niet in de referentiegegevens')]),
    )
    expect(r.fouten.find((f) => f.rij === 3)!.waarde).toBe('1234567')
    expect(count()).toBe(0)
  })

  it('refuses empty files, header-only files and files above 20 MB before parsing', async () => {
    const call = (base64: string) => b.call('aanbieders.importVoorbeeld', { bestandsnaam: 'x.csv', soort: 'csv', base64 })
    const msg = async (base64: string) => {
      const r = await call(base64)
      return r.ok ? 'ok' : r.error.message
    }
    expect(await msg('')).toContain('leeg')
    expect(await msg(b64(csv([])))).toContain('alleen een kopregel')
    expect(await msg('A'.repeat(30_000_000))).toContain('te groot')
  })

  it('exports CSV and XLSX with formula payloads kept as text', async () => {
    const evil = [LOCATIES[0]!.map((c, i) => (i === 3 ? '=HYPERLINK("http://x.invalid","klik")' : c))]
    expect(await importeer(b, b64(csv(evil)))).toMatchObject({ status: 'geimporteerd' })
    const csvOut = (await exporteer(b, 'csv')).toString('utf8')
    expect(csvOut).toContain(`"'=HYPERLINK(""http://x.invalid"",""klik"")"`)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await exporteer(b, 'xlsx')) as unknown as ArrayBuffer)
    const cell = wb.worksheets[0]!.getRow(2).getCell(6)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe(`'=HYPERLINK("http://x.invalid","klik")`)
  })
})

describe('compare for a client', () => {
  it('ranks by profile, contract, distance and wait, and measures distance from the client postcode', async () => {
    await importeer(b, b64(csv(LOCATIES)))
    const client = await clientMetAdres(b)
    const list = await b.ok('aanbieders.shortlist', {
      clientId: client.id,
      wensen: { partneropname: true, specialisatie: '', levensbeschouwing: '', maxKm: null },
    })
    // Villa West offers only VG5, so it is not on the list for a VV5 client.
    expect(list.locaties.map((l) => l.naam)).toEqual(['De Linde (fictief)', 'Het Baken (fictief)', 'Zonnehof (fictief)'])
    const baken = list.locaties.find((l) => l.naam === 'Het Baken (fictief)')!
    expect(baken.afstandKm).toBeCloseTo(34.6, 0) // data/README.md: 1011 → 3511 = 34.6 km
    // Only the rows shown are read in full: a shorter list is the same locations, described the same.
    const top2 = await b.ok('aanbieders.shortlist', {
      clientId: client.id,
      wensen: { partneropname: true, specialisatie: '', levensbeschouwing: '', maxKm: null },
      limit: 2,
    })
    expect(top2.locaties).toEqual(list.locaties.slice(0, 2))
    const near = await b.ok('aanbieders.shortlist', {
      clientId: client.id,
      wensen: { partneropname: false, specialisatie: '', levensbeschouwing: '', maxKm: 40 },
    })
    expect(near.locaties.map((l) => l.naam)).toEqual(['De Linde (fictief)', 'Het Baken (fictief)'])
    const v = await b.ok('aanbieders.vergelijk', { clientId: client.id, locatieIds: list.locaties.map((l) => l.id), wensen: {} })
    expect(v.locaties.map((l) => [l.gecontracteerd, l.wachttijdWeken])).toEqual([
      [true, 8],
      [true, 2],
      [false, 0],
    ])
    const tooMany = await b.call('aanbieders.vergelijk', { clientId: client.id, locatieIds: [1, 2, 3, 4, 5], wensen: {} })
    expect(tooMany.ok).toBe(false)
  })
})

describe('wachtlijst', () => {
  async function setup() {
    await importeer(b, b64(csv(LOCATIES)))
    const client = await clientMetAdres(b)
    const ids = b.db!.prepare('SELECT id FROM locatie ORDER BY vestigingsnummer').pluck().all() as number[]
    const urgent = () => b.db!.prepare('SELECT urgent_wachtend FROM client WHERE id = ?').pluck().get(client.id)
    return { client, ids, urgent }
  }

  it('keeps status changes, offers and refusals, and drives the caseload signal', async () => {
    const { client, ids, urgent } = await setup()
    const w = await b.ok('wachtlijst.aanmelden', {
      clientId: client.id,
      locatieId: ids[0]!,
      wachtstatus: 'urgent_plaatsen',
      classificaties: ['09'],
      voorkeur: true,
      sinds: '2026-11-01',
      overbrugging: true,
      overbruggingAanbieder: 'Thuiszorg Test (fictief)',
    })
    expect(urgent()).toBe(1)
    const dup = await b.call('wachtlijst.aanmelden', {
      clientId: client.id,
      locatieId: ids[0]!,
      wachtstatus: 'actief_plaatsen',
      sinds: '2026-11-01',
    })
    expect(dup.ok || dup.error.code).toBe('DUPLICATE')
    let now = await b.ok('wachtlijst.gebeurtenis', {
      id: w.id,
      version: w.version,
      soort: 'aanbod',
      datum: '2026-11-10',
      toelichting: 'Kamer 12',
    })
    now = await b.ok('wachtlijst.gebeurtenis', { id: w.id, version: now.version, soort: 'weigering', datum: '2026-11-11' })
    now = await b.ok('wachtlijst.gebeurtenis', {
      id: w.id,
      version: now.version,
      soort: 'status',
      datum: '2026-11-12',
      wachtstatus: 'wacht_op_voorkeur',
    })
    expect(now).toMatchObject({ weigeringen: 1, wachtstatus: 'wacht_op_voorkeur', wachtWeken: 3 })
    expect(urgent()).toBe(0)
    const hist = await b.ok('wachtlijst.historie', { id: w.id })
    expect(hist.map((h) => h.soort)).toEqual(['aanmelding', 'aanbod', 'weigering', 'status'])
    const stale = await b.call('wachtlijst.gebeurtenis', { id: w.id, version: w.version, soort: 'einde', datum: '2026-11-20' })
    expect(stale.ok || stale.error.code).toBe('CONFLICT')
    await b.ok('wachtlijst.gebeurtenis', { id: w.id, version: now.version, soort: 'einde', datum: '2026-11-20', toelichting: 'Opgenomen' })
    expect(await b.ok('wachtlijst.list', { clientId: client.id })).toEqual([])
  })

  it('signals actief plaatsen from 13 weeks of waiting, not a day earlier', async () => {
    const { client, ids, urgent } = await setup()
    // Today is 2026-11-22; 13 weeks earlier is 2026-08-23.
    const w = await b.ok('wachtlijst.aanmelden', {
      clientId: client.id,
      locatieId: ids[1]!,
      wachtstatus: 'actief_plaatsen',
      sinds: '2026-08-24',
    })
    expect(urgent()).toBe(0)
    await b.ok('wachtlijst.gebeurtenis', { id: w.id, version: w.version, soort: 'einde', datum: '2026-11-22' })
    await b.ok('wachtlijst.aanmelden', { clientId: client.id, locatieId: ids[1]!, wachtstatus: 'actief_plaatsen', sinds: '2026-08-23' })
    expect(urgent()).toBe(1)
  })
})

describe('one location', () => {
  it('updates contract, places and wachttijden without a file, keeping history and the dates of unchanged figures', async () => {
    await importeer(b, b64(csv(LOCATIES)))
    const id = b.db!.prepare("SELECT id FROM locatie WHERE vestigingsnummer = '000000000001'").pluck().get() as number
    const before = await b.ok('aanbieders.locatie', { id })
    expect(before.wachttijden).toEqual([{ zorgprofiel: '754', weken: 8, bijgewerktOp: '2026-11-01' }])
    const after = await b.ok('aanbieders.locatieBijwerken', {
      id,
      version: before.version,
      gecontracteerd: false,
      contractVan: null,
      contractTot: null,
      partnerplekken: 2,
      capaciteit: 40,
      notities: 'Nieuwe afdeling in 2027',
      wachttijden: [
        { zorgprofiel: '754', weken: 8 },
        { zorgprofiel: '756', weken: 12 },
      ],
    })
    expect(after.wachttijden).toEqual([
      { zorgprofiel: '754', weken: 8, bijgewerktOp: '2026-11-01' },
      { zorgprofiel: '756', weken: 12, bijgewerktOp: '2026-11-22' },
    ])
    expect(after.historie[0]!.velden.sort()).toEqual(['capaciteit', 'contract_tot', 'gecontracteerd', 'notities', 'wachttijden'])
    const stale = await b.call('aanbieders.locatieBijwerken', {
      id,
      version: before.version,
      gecontracteerd: true,
      contractVan: null,
      contractTot: null,
      partnerplekken: 0,
      capaciteit: null,
      notities: '',
      wachttijden: [],
    })
    expect(stale.ok || stale.error.code).toBe('CONFLICT')
    const wrongProfile = await b.call('aanbieders.locatieBijwerken', {
      id,
      version: after.version,
      gecontracteerd: true,
      contractVan: null,
      contractTot: null,
      partnerplekken: 0,
      capaciteit: null,
      notities: '',
      wachttijden: [{ zorgprofiel: '808', weken: 1 }],
    })
    expect(wrongProfile.ok === false && wrongProfile.error.message).toBe('Deze locatie biedt zorgprofiel 808 niet.')
  })
})

describe('demo', () => {
  it('brings fictitious providers with wachttijden and unverified demo budgets', async () => {
    const fresh = testBackend()
    try {
      await fresh.ok('demo.load', {})
      await setPin(fresh)
      const aantal = await fresh.ok('aanbieders.aantal', {})
      expect(aantal.locaties).toBe(16)
      const namen = fresh.db!.prepare('SELECT naam FROM locatie').pluck().all() as string[]
      expect(namen.every((n) => n.endsWith('(demo)'))).toBe(true)
      const budgets = (await fresh.ok('bedragen.list', {})).filter((r) => r.soort === 'pgb_budget_jaar')
      expect(budgets.length).toBeGreaterThan(10)
      expect(budgets.every((r) => !r.geverifieerd && r.bron.startsWith('DEMO'))).toBe(true)
    } finally {
      fresh.dispose()
    }
  })
})
