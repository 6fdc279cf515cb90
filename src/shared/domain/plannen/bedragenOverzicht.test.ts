import { describe, expect, it } from 'vitest'
import { bedrag, MAXIMA_2024 } from './bedragen.testdata'
import { bedragenPerJaar } from './bedragenOverzicht'

describe('amounts missing or unverified per year in use', () => {
  it('lists nothing for a year with verified tariffs and budgets', () => {
    const rows = [
      ...MAXIMA_2024,
      bedrag('pgb_budget_jaar', '2024-01-01', 1, true, '808'),
      bedrag('verblijf_kosten_jaar', '2024-01-01', 1, true, '808'),
    ]
    expect(bedragenPerJaar(rows, [2024], ['808'])).toEqual([])
  })
  it('names 2026 tariffs as unverified when only 2024 is in the table, and the missing cost of verblijf', () => {
    const s = bedragenPerJaar(MAXIMA_2024, [2026], ['808'])
    expect(s.map((x) => [x.soort, x.status])).toEqual([
      ['max_tarief_formeel_uur', 'ongeverifieerd'],
      ['max_tarief_informeel_uur', 'ongeverifieerd'],
      ['max_tarief_dagdeel', 'ongeverifieerd'],
      ['verblijf_kosten_jaar', 'ontbreekt'],
    ])
    expect(s[0]!.melding).toBe(
      '2026: Maximumtarief formele zorg (per uur) is niet geverifieerd: alleen het bedrag uit 2024 (€\u00a077,00) staat in de tabel.',
    )
  })
  it('asks for a budget per zorgprofiel only before 2025 (op maat after)', () => {
    const years = (jaar: number) => bedragenPerJaar([...MAXIMA_2024], [jaar], ['808']).map((x) => x.soort)
    expect(years(2024)).toContain('pgb_budget_jaar')
    expect(years(2025)).not.toContain('pgb_budget_jaar')
  })
  it('flags a same-year row that is marked unverified, with its source', () => {
    const s = bedragenPerJaar([...MAXIMA_2024, bedrag('max_tarief_formeel_uur', '2027-01-01', 8803, false)], [2027], [])
    expect(s.find((x) => x.soort === 'max_tarief_formeel_uur')!.melding).toBe(
      '2027: Maximumtarief formele zorg (per uur) is niet geverifieerd: €\u00a088,03 is niet geverifieerd (bron: test).',
    )
  })
})
