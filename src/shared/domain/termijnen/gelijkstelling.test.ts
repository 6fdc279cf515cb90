import { describe, expect, it } from 'vitest'
import { besluitOntbreektMelding, controleerGelijkstelling, jarenZonderBesluit } from './gelijkstelling'
import { BESLUITEN_2023_2028 as KB } from './kalender.fixture'

const rij = (datum: string) => ({ datum, besluit: 'Besluit gelijkstelling (test)', bron: 'test' })

describe('a decree list for Atw art. 3 lid 3', () => {
  it('accepts the seeded decrees of 2023–2028', () => {
    expect(controleerGelijkstelling(KB)).toEqual([])
  })
  it('refuses a duplicate date and a weekend date, in Dutch, naming the row', () => {
    expect(controleerGelijkstelling([rij('2026-05-15'), rij('2026-05-15')]).map((m) => m.melding)).toEqual([
      'Regel 2: 15 mei 2026 staat al op regel 1. Elke dag staat maar één keer in de lijst.',
    ])
    expect(controleerGelijkstelling([rij('2026-05-16')])[0]!.melding).toBe(
      'Regel 1: zaterdag 16 mei 2026 valt in het weekend. Een Koninklijk Besluit stelt alleen werkdagen gelijk met een feestdag; controleer de datum.',
    )
  })
  it('refuses a date the table already holds, naming the decree it is in', () => {
    expect(controleerGelijkstelling([rij('2029-05-11'), rij('2027-05-07')], KB).map((m) => m.melding)).toEqual([
      `Regel 2: 7 mei 2027 staat al in de tabel (${KB.find((k) => k.datum === '2027-05-07')!.besluit}). Elke dag staat maar één keer in de lijst.`,
    ])
  })
  it('refuses a date that is no date, a statutory feestdag, and a row without decree or source', () => {
    const m = controleerGelijkstelling([rij('2026-02-30'), rij('2026-05-14'), { datum: '2026-05-15', besluit: ' ', bron: '' }]).map(
      (x) => `${x.rij}:${x.veld}`,
    )
    expect(m).toEqual(['0:datum', '1:datum', '2:besluit', '2:bron'])
  })
})

describe('years in use without a decree', () => {
  it('are signalled; covered years are not', () => {
    expect(jarenZonderBesluit(KB, [2026, 2027, 2029, 2030, 2029])).toEqual([2029, 2030])
    expect(jarenZonderBesluit(KB, [2025, 2028])).toEqual([])
    expect(besluitOntbreektMelding([2029])).toContain('Voor 2029 staat nog geen besluit gelijkstelling')
    expect(besluitOntbreektMelding([2029, 2030])).toContain('Voor 2029 en 2030')
    expect(besluitOntbreektMelding([])).toBeNull()
  })
})
