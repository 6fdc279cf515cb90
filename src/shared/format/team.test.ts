import { describe, expect, it } from 'vitest'
import { eigenWaarde, verbinding, waardeTekst, wachtendTekst } from './team'
import type { SyncStatus } from '../contracts/teamserver.routes'

const status = (patch: Partial<SyncStatus>): SyncStatus => ({
  modus: 'team',
  verbonden: true,
  aangemeld: true,
  offlineSinds: null,
  laatsteSync: '2026-11-22T08:00:00Z',
  wachtend: 0,
  geweigerd: 0,
  conflicten: 0,
  bezig: false,
  melding: null,
  server: { url: 'https://server.test', fingerprint: '' },
  apparaat: { id: null, naam: 'Bureau', scope: 'bureau' },
  account: { gebruikersnaam: 'a', naam: 'A', role: 'klantadviseur', mustChangePassword: false },
  ...patch,
})

describe('what the team screens say', () => {
  it('puts a conflict value in words', () => {
    expect(waardeTekst('')).toBe('(leeg)')
    expect(waardeTekst(null)).toBe('(leeg)')
    expect(waardeTekst(true)).toBe('Ja')
    expect(waardeTekst('2026-03-01')).toBe('01-03-2026')
    expect(waardeTekst(1234.5)).toBe('1.234,5')
    expect(waardeTekst(['a', 'b'])).toBe('a, b')
  })

  it('offers an own value for text and numbers only, typed as the field is', () => {
    expect(eigenWaarde(['', 'x', 'y'])!('z')).toBe('z')
    expect(eigenWaarde([null, null, null])!('vrij')).toBe('vrij')
    expect(eigenWaarde([1, 2, null])!('3,5')).toBe(3.5)
    expect(eigenWaarde([1, 2, 3])!(' ')).toBeNull()
    expect(eigenWaarde([true, false, true])).toBeNull()
    expect(eigenWaarde([['a'], ['b'], []])).toBeNull()
  })

  it('names the connection state the indicator shows', () => {
    expect(verbinding(status({})).tekst).toBe('Verbonden')
    expect(verbinding(status({ aangemeld: false, verbonden: false })).tekst).toBe('Niet aangemeld')
    expect(verbinding(status({ verbonden: false, offlineSinds: '2026-11-22T08:05:00Z' })).soort).toBe('offline')
    expect(verbinding(status({ verbonden: false, laatsteSync: null })).tekst).toBe('Verbinden…')
    expect(verbinding(status({ account: { gebruikersnaam: 'a', naam: 'A', role: 'x', mustChangePassword: true } })).soort).toBe('uit')
    expect(wachtendTekst(1)).toBe('1 wijziging nog niet verstuurd')
    expect(wachtendTekst(1200)).toBe('1.200 wijzigingen nog niet verstuurd')
  })
})
