import { describe, expect, it } from 'vitest'
import { aanhef, aanhefNaam } from './aanhef'
import { bron } from './bron.fixture'

describe('aanhef from geslacht and naamgebruik', () => {
  it('uses the partner name when the client uses it: "Geachte mevrouw Adriaanse"', () => {
    const n = { voornamen: 'Anna', voorvoegsel: 'de', achternaam: 'Boer', partnerVoorvoegsel: '', partnerAchternaam: 'Adriaanse' }
    expect(aanhefNaam({ ...n, naamgebruik: 'partner' })).toBe('Adriaanse')
    expect(aanhefNaam({ ...n, naamgebruik: 'partner_eigen' })).toBe('Adriaanse-de Boer')
    expect(aanhefNaam({ ...n, naamgebruik: 'eigen_partner' })).toBe('De Boer-Adriaanse')
    expect(aanhefNaam({ ...n, naamgebruik: 'eigen' })).toBe('De Boer')
    expect(aanhefNaam({ voornamen: 'Jan', voorvoegsel: 'van den', achternaam: 'Berg' })).toBe('Van den Berg')
  })
  it('writes mevrouw, heer, or the neutral form with initials when the geslacht is unknown', () => {
    const b = bron('pgb_afwijzing')
    expect(aanhef({ ...b.client, aanhefNaam: 'Adriaanse' }, null)).toBe('Geachte mevrouw Adriaanse,')
    expect(aanhef({ ...b.client, geslacht: 'man', aanhefNaam: 'Adriaanse' }, null)).toBe('Geachte heer Adriaanse,')
    expect(aanhef({ ...b.client, geslacht: 'onbekend', naam: 'A. Adriaanse' }, null)).toBe('Geachte A. Adriaanse,')
    const v = { naam: 'mr. P. de Boer (fictief)', organisatie: '', relatie: 'Curator', adres: b.client.adres }
    expect(aanhef(b.client, v)).toBe('Geachte mr. P. de Boer (fictief),')
  })
})
