import { describe, expect, it } from 'vitest'
import {
  formatClassificatie,
  formatClassificaties,
  formatLeveringsvorm,
  formatWachtstatus,
  formatZorgprofiel,
  formatZorgprofielen,
  formatZorgprofielKort,
} from './codes'

describe('iWlz codes as a person reads them', () => {
  it('shows a zorgprofiel as short code and name, from the iWlz number or nothing', () => {
    expect(formatZorgprofiel('754')).toBe('5VV — Beschermd wonen met intensieve dementiezorg')
    expect(formatZorgprofiel('810')).toBe('6VG — Wonen met intensieve begeleiding, verzorging en gedragsregulering')
    expect(formatZorgprofiel('759')).toBe('10VV — Beschermd verblijf met intensieve palliatief-terminale zorg (vervallen 2018)')
    expect(formatZorgprofiel(null)).toBe('Geen zorgprofiel')
    expect(formatZorgprofiel('123')).toBe('Onbekend zorgprofiel (iWlz-code 123)')
  })
  it('gives the short code for narrow columns and lists', () => {
    expect(formatZorgprofielKort('810')).toBe('6VG')
    expect(formatZorgprofielen(['753', '754', '755'])).toBe('4VV, 5VV, 6VV')
    expect(formatZorgprofielen([])).toBe('—')
  })
  it('names leveringsvormen, wachtstatussen and classificaties', () => {
    expect(formatLeveringsvorm('vpt')).toBe('Vpt — Volledig pakket thuis')
    expect(formatLeveringsvorm('verblijf', { kort: true })).toBe('Verblijf')
    expect(formatLeveringsvorm(null)).toBe('Geen leveringsvorm')
    expect(formatWachtstatus('actief_plaatsen')).toBe('Actief plaatsen')
    expect(formatWachtstatus(null)).toBe('Niet aangemeld')
    expect(formatClassificatie('12')).toBe('Voorkeuraanbieder leidend')
    expect(formatClassificaties(['15', '13'])).toBe('Partneropname; Specifieke locatie/woonwens')
    expect(formatClassificaties([])).toBe('—')
  })
  it('never shows a bare three-digit profile number for a known code', () => {
    for (const code of ['753', '754', '755', '756', '757', '804', '806', '808', '810', '812', '814'])
      expect(formatZorgprofiel(code)).not.toMatch(/\b\d{3}\b/)
  })
})
