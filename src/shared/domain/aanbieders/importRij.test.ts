import { describe, expect, it } from 'vitest'
import { ImportRijSchema } from './importRij'
import { IMPORT_VELD_NAMEN, stelKoppelingVoor } from './importVelden'

const rij = (over: Record<string, string>) => ({
  ...Object.fromEntries(IMPORT_VELD_NAMEN.map((v) => [v, ''])),
  organisatie: 'Zorggroep Proef (fictief)',
  kvk: '12345678',
  locatie: 'Huize Proef',
  vestigingsnummer: '000012345678',
  postcode: '1011 AB',
  zorgprofielen: '754',
  ...over,
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
    const plekken = (v: string) => ImportRijSchema.safeParse(rij({ partnerplekken: v }))
    expect(plekken('ja').data?.partnerplekken).toBe(1)
    expect(plekken('Nee').data?.partnerplekken).toBe(0)
    expect(plekken('3').data?.partnerplekken).toBe(3)
    expect(plekken('').data?.partnerplekken).toBeNull()
    expect(plekken('misschien').error?.issues[0]?.message).toBe('Vul een aantal plaatsen in, of ja of nee.')
  })
})
