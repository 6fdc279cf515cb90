import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadReference, SHARED_DATA, testBackend, type TestBackend } from './helpers/backend'

let b: TestBackend
beforeEach(() => {
  b = testBackend()
})
afterEach(() => b.dispose())

const file = (name: string) => readFileSync(join(SHARED_DATA, name), 'utf8')
const count = (table: string) => b.db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const imp = (soort: 'regios' | 'gemeenten' | 'postcodes', inhoud: string, geldigVanaf = '2025-01-01') =>
  b.ok('referentie.import', { soort, geldigVanaf, bestandsnaam: `${soort}.csv`, inhoud })

describe('reference data import', () => {
  it('loads the three tables of ../shared/data in order', async () => {
    await loadReference(b)
    expect(count('ref_regio')).toBe(31)
    expect(count('ref_gemeente')).toBe(342)
    expect(count('ref_postcode')).toBe(4086)
    const status = await b.ok('referentie.status', {})
    expect(status.map((s) => [s.soort, s.rijen])).toEqual([
      ['regios', 31],
      ['gemeenten', 342],
      ['postcodes', 4086],
    ])
    const regios = await b.ok('referentie.regios', {})
    expect(regios).toContainEqual({ code: 'ZK02', naam: 'Amsterdam' })
  })

  it('maps Almere to ’t Gooi and Weesp to Amsterdam (data README)', async () => {
    await loadReference(b)
    const region = (naam: string) =>
      b.db!.prepare('SELECT r.naam FROM ref_gemeente g JOIN ref_regio r USING (zk_code) WHERE g.naam = ?').pluck().get(naam)
    expect(region('Almere')).toBe("'t Gooi")
    expect(region('Amsterdam')).toBe('Amsterdam')
  })

  it('rejects gemeenten before their regions exist, with a row-level report, and writes nothing', async () => {
    const r = await imp('gemeenten', file('gemeente_zorgkantoorregio_2025.csv'))
    expect(r.status).toBe('rejected')
    if (r.status === 'rejected') {
      expect(r.aantalFouten).toBe(342)
      expect(r.fouten[0]).toMatchObject({ rij: 2, kolom: 'zk_code', waarde: 'ZK06', melding: expect.stringMatching(/regiotabel/) })
    }
    expect(count('ref_gemeente')).toBe(0)
  })

  it('rejects a half-valid file completely and reports each bad row', async () => {
    const lines = file('zorgkantoorregios_2025.csv').trim().split(/\r?\n/)
    lines[3] = lines[3]!.replace(/^ZK03/, 'Z03')
    lines[10] = lines[10]!.replace(/^(ZK\d\d),[^,]+/, '$1,')
    lines.push(lines[1]!)
    const r = await imp('regios', lines.join('\n'))
    expect(r.status).toBe('rejected')
    if (r.status === 'rejected') {
      expect(r.fouten.map((f) => [f.rij, f.kolom])).toEqual([
        [4, 'zk_code'],
        [11, 'zorgkantoorregio'],
        [33, 'zk_code'],
      ])
      expect(r.fouten[2]!.melding).toBe('Deze code staat ook al in rij 2.')
    }
    expect(count('ref_regio')).toBe(0)
    expect(count('ref_import')).toBe(0)
  })

  it('accepts ; separators, a BOM and CRLF line ends', async () => {
    const text =
      '\ufeff' +
      file('zorgkantoorregios_2025.csv')
        .trim()
        .split('\n')
        .map((l) => l.replaceAll(',', ';'))
        .join('\r\n')
    const r = await imp('regios', text)
    expect(r).toMatchObject({ status: 'imported', rijen: 31 })
  })

  it('explains an empty file, a header-only file and missing columns', async () => {
    const empty = await imp('regios', '')
    const headerOnly = await imp('regios', 'zk_code,zorgkantoorregio\n')
    const wrong = await imp('regios', 'code,naam\nZK01,Test\n')
    expect(empty.status === 'rejected' && empty.fouten[0]!.melding).toMatch(/ontbreken/)
    expect(headerOnly.status === 'rejected' && headerOnly.fouten[0]!.melding).toMatch(/alleen een kopregel/)
    expect(wrong.status === 'rejected' && wrong.fouten[0]!.melding).toBe('Deze kolommen ontbreken: zk_code, zorgkantoorregio.')
  })

  it('rejects postcodes with coordinates outside the Netherlands or a region that contradicts the gemeente', async () => {
    await imp('regios', file('zorgkantoorregios_2025.csv'))
    await imp('gemeenten', file('gemeente_zorgkantoorregio_2025.csv'))
    const header = 'pc4,plaats,gemeentecode,gemeentenaam,provincie,zk_code,lat,lon'
    const r = await imp(
      'postcodes',
      `${header}\n1011,Amsterdam,0363,Amsterdam,Noord-Holland,ZK02,4.9,52.37\n1012,Amsterdam,0363,Amsterdam,Noord-Holland,ZK05,52.37,4.89\n`,
    )
    expect(r.status === 'rejected' && r.fouten.map((f) => f.kolom)).toEqual(['lat', 'zk_code'])
    expect(count('ref_postcode')).toBe(0)
  })

  it('keeps sets per validity date and replaces a set re-imported with the same date', async () => {
    await imp('regios', file('zorgkantoorregios_2025.csv'))
    await imp('regios', file('zorgkantoorregios_2025.csv'))
    expect(count('ref_regio')).toBe(31)
    const renamed = file('zorgkantoorregios_2025.csv').replace('ZK02,Amsterdam', 'ZK02,Amsterdam-Zaanstreek')
    await imp('regios', renamed, '2026-01-01')
    expect(count('ref_regio')).toBe(62)
    // Today (2026-11-22) the 2026 set applies.
    expect(await b.ok('referentie.regios', {})).toContainEqual({ code: 'ZK02', naam: 'Amsterdam-Zaanstreek' })
  })

  it('refuses a file above 20 MB before parsing it', async () => {
    const r = await b.call('referentie.import', {
      soort: 'regios',
      geldigVanaf: '2025-01-01',
      bestandsnaam: 'groot.csv',
      inhoud: 'x'.repeat(20_000_001),
    })
    expect(r.ok === false && r.error.message).toMatch(/te groot/)
  })
})
