// Issue 14, "heavy work never freezes the window": the provider import and export run in a worker,
// report progress, can be cancelled with nothing kept, a CSV that cannot be read is reported row by
// row, and an Excel sheet with one cell in column XFD is read as the columns it really uses.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadReference, testBackend, type TestBackend } from './helpers/backend'
import { b64, csv, KOPJES, LOCATIES } from './helpers/aanbieders'
import type { EventName, EventPayload } from '../src/shared/contracts/catalog'
import type { Voortgang } from '../src/shared/contracts/aanbieders.routes'

let b: TestBackend
let onVoortgang: (v: Voortgang) => void = () => {}
const gezien: Voortgang[] = []
beforeEach(async () => {
  gezien.length = 0
  onVoortgang = () => {}
  b = testBackend({
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      if (event !== 'aanbieders.voortgang') return
      gezien.push(payload as Voortgang)
      onVoortgang(payload as Voortgang)
    },
  })
  await loadReference(b)
})
afterEach(() => b.dispose())

const count = (table: string) => b.db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const audits = (event: string) => b.db!.prepare('SELECT count(*) FROM audit_log WHERE event = ?').pluck().get(event) as number
/** n fictitious locations: the first example row with its own vestigingsnummer. */
const veel = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    LOCATIES[0]!.map((c, j) => (j === 4 ? String(500_000_000_000 + i) : j === 3 ? `Locatie ${i} (fictief)` : c)),
  )
const bestand = (text: string) => ({ bestandsnaam: 'aanbieders.csv', soort: 'csv' as const, base64: b64(text) })
async function koppeling(text: string) {
  const v = await b.ok('aanbieders.importVoorbeeld', bestand(text))
  if ('status' in v) throw new Error('preview cancelled')
  return v.koppeling
}

describe('CSV parse errors', () => {
  it('reports an unterminated quote and every row it swallowed, in Dutch, and stores nothing', { timeout: 120_000 }, async () => {
    const regels = csv(veel(40)).split('\r\n')
    regels[5] = regels[5]!.replace('Locatie 4', '"Locatie 4') // line 6 opens a quote that never closes
    const tekst = regels.join('\r\n')
    const v = await b.ok('aanbieders.importVoorbeeld', bestand(tekst))
    if ('status' in v) throw new Error('preview cancelled')
    expect(v.fouten[0]).toMatchObject({ rij: 6, melding: expect.stringContaining('regel 6 tot en met 41') })
    // Rows 7 to 41 are each named: none of them disappears into one cell unnoticed.
    expect(v.fouten.slice(1).map((f) => f.rij)).toEqual(Array.from({ length: 35 }, (_, i) => i + 7))
    expect(v.fouten.every((f) => /aanhalingsteken/.test(f.melding))).toBe(true)
    const r = await b.ok('aanbieders.import', { ...bestand(tekst), koppeling: v.koppeling })
    expect(r).toMatchObject({ status: 'fouten' })
    if (r.status === 'fouten') expect(r.fouten).toHaveLength(36)
    expect(count('locatie')).toBe(0)
    expect(audits('aanbieders.import')).toBe(0)
  })
})

describe('XLSX preview', () => {
  it('reads only the used columns when one cell sits in column XFD, and says what was left out', { timeout: 120_000 }, async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Locaties')
    ws.addRow(KOPJES)
    for (const r of LOCATIES) ws.addRow(r)
    ws.getCell('XFD3').value = 'verdwaald'
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    const v = await b.ok('aanbieders.importVoorbeeld', { bestandsnaam: 'a.xlsx', soort: 'xlsx', base64 })
    if ('status' in v) throw new Error('preview cancelled')
    expect(v.kopjes).toHaveLength(KOPJES.length)
    expect(v.voorbeeld.every((r) => r.length === KOPJES.length)).toBe(true)
    expect(v.meldingen).toEqual([expect.stringContaining('Kolom GS tot en met XFD zijn overgeslagen (1 gevulde cel)')])
    expect(v.rijen).toBe(LOCATIES.length)
  })
})

describe('import off the main thread', () => {
  it('reports progress up to every row and writes all of them in one audited transaction', { timeout: 180_000 }, async () => {
    const tekst = csv(veel(1200))
    const r = await b.ok('aanbieders.import', { ...bestand(tekst), koppeling: await koppeling(tekst) })
    expect(r).toMatchObject({ status: 'geimporteerd', nieuw: 1200 })
    const opslaan = gezien.filter((v) => v.taak === 'import' && v.fase === 'opslaan')
    expect(opslaan.length).toBeGreaterThanOrEqual(3) // three chunks, the event loop turning in between
    expect(opslaan.at(-1)).toMatchObject({ klaar: 1200, totaal: 1200 })
    expect(audits('aanbieders.import')).toBe(1)
  })

  it('cancelled while storing: rolls back every chunk, nothing written, nothing audited', { timeout: 180_000 }, async () => {
    const tekst = csv(veel(1200))
    const k = await koppeling(tekst)
    let annuleer: Promise<unknown> | null = null
    onVoortgang = (v) => {
      if (v.fase === 'opslaan' && !annuleer) annuleer = b.ok('aanbieders.annuleer', { taak: 'import' })
    }
    const r = await b.ok('aanbieders.import', { ...bestand(tekst), koppeling: k })
    expect(await annuleer).toEqual({ geannuleerd: true })
    expect(r).toEqual({ status: 'geannuleerd' })
    expect(count('locatie')).toBe(0)
    expect(count('aanbieder')).toBe(0)
    expect(audits('aanbieders.import')).toBe(0)
    // The next import works: the lock and the worker are gone.
    expect(await b.ok('aanbieders.import', { ...bestand(tekst), koppeling: k })).toMatchObject({ status: 'geimporteerd', nieuw: 1200 })
  })

  it('a failing row near the end of the file: nothing is written and that row is reported', { timeout: 180_000 }, async () => {
    const rijen = veel(1200)
    rijen[1100]![7] = '0000 XX' // postcode (column 8) outside the PC4 table: one bad row, none of the 1200 written
    const tekst = csv(rijen)
    const r = await b.ok('aanbieders.import', { ...bestand(tekst), koppeling: await koppeling(tekst) })
    expect(r).toMatchObject({ status: 'fouten', rijen: 1200 })
    if (r.status === 'fouten') expect(r.fouten.map((f) => [f.rij, f.kolom])).toEqual([[1102, 'Postcode']])
    expect(count('locatie')).toBe(0)
    expect(count('aanbieder')).toBe(0)
    expect(audits('aanbieders.import')).toBe(0)
  })

  it('cancelled while reading: the worker stops and nothing is written', { timeout: 180_000 }, async () => {
    const tekst = csv(veel(50))
    const k = await koppeling(tekst)
    const lopend = b.ok('aanbieders.import', { ...bestand(tekst), koppeling: k })
    expect(await b.ok('aanbieders.annuleer', { taak: 'import' })).toEqual({ geannuleerd: true })
    expect(await lopend).toEqual({ status: 'geannuleerd' })
    expect(count('locatie')).toBe(0)
  })

  it(
    'refuses other writes between chunks with a Dutch BUSY, and writes them neither into nor after the import',
    { timeout: 180_000 },
    async () => {
      const tekst = csv(veel(1200))
      const k = await koppeling(tekst)
      let tussendoor: ReturnType<typeof b.call<'clients.create'>> | null = null
      onVoortgang = (v) => {
        if (v.fase === 'opslaan' && !tussendoor)
          tussendoor = b.call('clients.create', {
            voornamen: 'Tussen',
            achternaam: 'Door (fictief)',
            geboortedatum: '1940-01-01',
            bsn: '999996708',
          })
      }
      expect(await b.ok('aanbieders.import', { ...bestand(tekst), koppeling: k })).toMatchObject({ status: 'geimporteerd' })
      const antwoord = await tussendoor!
      expect(antwoord.ok).toBe(false)
      if (!antwoord.ok)
        expect(antwoord.error).toMatchObject({ code: 'BUSY', message: expect.stringContaining('Probeer het over een paar seconden') })
      expect(count('client')).toBe(0)
    },
  )
})

describe('export off the main thread', () => {
  it('writes the register in the worker with progress, and a cancelled export is not audited', { timeout: 180_000 }, async () => {
    const tekst = csv(veel(30))
    await b.ok('aanbieders.import', { ...bestand(tekst), koppeling: await koppeling(tekst) })
    const lopend = b.ok('aanbieders.export', { soort: 'xlsx' })
    expect(await b.ok('aanbieders.annuleer', { taak: 'export' })).toEqual({ geannuleerd: true })
    expect(await lopend).toEqual({ status: 'geannuleerd' })
    expect(audits('aanbieders.export')).toBe(0)
    const r = await b.ok('aanbieders.export', { soort: 'xlsx' })
    if (r.status !== 'klaar') throw new Error('export cancelled')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(r.bytes) as unknown as ArrayBuffer)
    expect(wb.worksheets[0]!.rowCount).toBe(31)
    expect(wb.worksheets[0]!.getRow(1).font?.bold).toBe(true)
    expect(audits('aanbieders.export')).toBe(1)
    expect(await b.ok('aanbieders.annuleer', { taak: 'export' })).toEqual({ geannuleerd: false })
  })
})
