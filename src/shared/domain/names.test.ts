import { describe, expect, it } from 'vitest'
import { displayName, initials, searchKey, sortName } from './names'

describe('Dutch names', () => {
  const n = { voornamen: 'Johanna Maria', voorvoegsel: 'van den', achternaam: 'Berg' }
  it('formats initials, display and sort names', () => {
    expect(initials('Johanna Maria')).toBe('J.M.')
    expect(displayName(n)).toBe('J.M. van den Berg')
    expect(sortName(n)).toBe('Berg, J.M. van den')
  })
  it('honours naamgebruik with a partner name', () => {
    const p = { ...n, partnerVoorvoegsel: 'de', partnerAchternaam: 'Vries' }
    expect(displayName({ ...p, naamgebruik: 'eigen' })).toBe('J.M. van den Berg')
    expect(displayName({ ...p, naamgebruik: 'partner' })).toBe('J.M. de Vries')
    expect(displayName({ ...p, naamgebruik: 'partner_eigen' })).toBe('J.M. de Vries-van den Berg')
    expect(displayName({ ...p, naamgebruik: 'eigen_partner' })).toBe('J.M. van den Berg-de Vries')
    expect(displayName({ ...n, naamgebruik: 'partner' })).toBe('J.M. van den Berg')
  })
  it('makes search accent-insensitive', () => {
    expect(searchKey('Müller')).toBe(searchKey('Muller'))
    expect(searchKey('Renée Öztürk')).toBe('renee ozturk')
  })
  it('treats ij, the ĳ ligature and y alike', () => {
    expect(searchKey('van Dijk')).toBe(searchKey('van Dyk'))
    expect(searchKey('ĲZERMAN')).toBe(searchKey('IJzerman'))
  })
})
