import { describe, expect, it } from 'vitest'
import { leesImportRij } from './importRij'
import { IMPORT_VELD_NAMEN, stelKoppelingVoor, type ImportVeld } from './importVelden'

const rij = (over: Partial<Record<ImportVeld, string>>) => ({
  ...(Object.fromEntries(IMPORT_VELD_NAMEN.map((v) => [v, ''])) as Record<ImportVeld, string>),
  organisatie: 'Zorggroep Proef (fictief)',
  kvk: '12345678',
  locatie: 'Huize Proef',
  vestigingsnummer: '000012345678',
  postcode: '1011 AB',
  zorgprofielen: '754',
  ...over,
})

/** The row read well: its values (fails the test when it was refused). */
function gelezen(over: Partial<Record<ImportVeld, string>>) {
  const r = leesImportRij(rij(over))
  if (!('rij' in r)) throw new Error(`refused: ${JSON.stringify(r.problemen)}`)
  return r.rij
}
/** The row's problems as [field, message], in the order they are reported. */
function problemen(over: Partial<Record<ImportVeld, string>>) {
  const r = leesImportRij(rij(over))
  return 'problemen' in r ? r.problemen.map((p) => [p.veld, p.melding]) : []
}

describe('reading one row of a provider file', () => {
  it('turns a complete row into typed values', () => {
    const r = gelezen({
      agbOrganisatie: '12345678',
      postcode: '1011ab',
      sectoren: 'vv|vg',
      zorgprofielen: '5VV, 754, 754',
      leveringsvormen: 'Verblijf / VPT',
      specialisaties: 'dementie+NAH',
      capaciteit: '40',
      gecontracteerd: 'ja',
      contractVan: '1-1-2026',
      contractTot: '31-12-2026',
      wachttijden: '754:6|5vv = 10',
      wachttijdBijgewerkt: '2026-11-01',
    })
    expect(r).toMatchObject({
      agbOrganisatie: '12345678',
      agbLocatie: null,
      postcode: '1011 AB',
      sectoren: ['VV', 'VG'],
      zorgprofielen: ['754'],
      leveringsvormen: ['verblijf', 'vpt'],
      specialisaties: ['dementie', 'nah'],
      capaciteit: 40,
      gecontracteerd: true,
      contractVan: '2026-01-01',
      contractTot: '2026-12-31',
      wachttijden: [
        { zorgprofiel: '754', weken: 6 },
        { zorgprofiel: '754', weken: 10 },
      ],
      wachttijdBijgewerkt: '2026-11-01',
    })
  })

  it('names every problem of a row in field order, each with its Dutch message', () => {
    expect(
      problemen({
        organisatie: '',
        kvk: '1234567',
        agbOrganisatie: '123',
        telefoon: 'x'.repeat(31),
        vestigingsnummer: '12345',
        postcode: '1011 SA',
        zorgprofielen: '754|xyz',
        leveringsvormen: 'thuis',
        capaciteit: '-1',
        gecontracteerd: 'misschien',
        contractVan: '31-02-2026',
        wachttijden: '754:1000',
      }),
    ).toEqual([
      ['organisatie', 'Vul de naam van de organisatie in.'],
      ['kvk', 'Een KvK-nummer heeft precies 8 cijfers.'],
      ['agbOrganisatie', 'Een AGB-code heeft precies 8 cijfers.'],
      ['telefoon', 'Hoogstens 30 tekens.'],
      ['vestigingsnummer', 'Een vestigingsnummer heeft precies 12 cijfers.'],
      ['postcode', 'Een postcode heeft de vorm 1234 AB.'],
      ['zorgprofielen', 'Onbekend zorgprofiel "xyz".'],
      ['leveringsvormen', 'Onbekende leveringsvorm "thuis". Kies uit: verblijf, vpt, mpt, dtv.'],
      ['capaciteit', 'Vul een heel getal van 0 of meer in.'],
      ['gecontracteerd', 'Vul ja of nee in.'],
      ['contractVan', 'Geen geldige datum (dd-mm-jjjj).'],
      ['wachttijden', 'Schrijf wachttijden als profiel:weken, bijvoorbeeld 754:6 (niet "754:1000").'],
    ])
  })

  it('checks text lengths on both sides of each bound', () => {
    expect(problemen({ organisatie: 'x'.repeat(200), notities: 'x'.repeat(2000) })).toEqual([])
    expect(problemen({ organisatie: 'x'.repeat(201), notities: 'x'.repeat(2001) })).toEqual([
      ['organisatie', 'Hoogstens 200 tekens.'],
      ['notities', 'Hoogstens 2000 tekens.'],
    ])
    expect(problemen({ zorgprofielen: '' })).toEqual([['zorgprofielen', 'Vul minstens één zorgprofiel in.']])
  })

  it('checks the contract period and the wachttijd date across fields, also when another field failed', () => {
    expect(problemen({ contractVan: '01-01-2026', contractTot: '01-01-2026' })).toEqual([])
    expect(problemen({ contractVan: '02-01-2026', contractTot: '01-01-2026' })).toEqual([
      ['contractTot', 'Het contract eindigt vóór het begint.'],
    ])
    expect(problemen({ wachttijden: '754:6', wachttijdBijgewerkt: '01-11-2026' })).toEqual([])
    expect(problemen({ wachttijden: '754:6', capaciteit: 'veel' })).toEqual([
      ['capaciteit', 'Vul een heel getal van 0 of meer in.'],
      ['wachttijdBijgewerkt', 'Vul in wanneer de wachttijden zijn bijgewerkt.'],
    ])
    // A date that could not be read is reported once, not again as missing.
    expect(problemen({ wachttijden: '754:6', wachttijdBijgewerkt: 'gisteren' })).toEqual([
      ['wachttijdBijgewerkt', 'Geen geldige datum (dd-mm-jjjj).'],
    ])
  })
})

describe('the columns a zorgkantoor list actually has', () => {
  it('maps "Wachttijd (weken)" and headers with brackets or slashes by themselves', () => {
    const map = stelKoppelingVoor(['Organisatie', 'KvK-nummer', 'Wachttijd (weken)', 'Partnerplekken (ja/nee)', 'Gecontracteerd (ja/nee)'])
    expect(map.wachttijden).toBe(2)
    expect(map.kvk).toBe(1)
    expect(map.partnerplekken).toBe(3)
    expect(map.gecontracteerd).toBe(4)
  })

  it('reads partner places as a number or as ja/nee, and names anything else in Dutch', () => {
    expect(gelezen({ partnerplekken: 'ja' }).partnerplekken).toBe(1)
    expect(gelezen({ partnerplekken: 'Nee' }).partnerplekken).toBe(0)
    expect(gelezen({ partnerplekken: '3' }).partnerplekken).toBe(3)
    expect(gelezen({ partnerplekken: '' }).partnerplekken).toBeNull()
    expect(problemen({ partnerplekken: 'misschien' })).toEqual([['partnerplekken', 'Vul een aantal plaatsen in, of ja of nee.']])
  })
})
