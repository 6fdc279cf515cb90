import { describe, expect, it } from 'vitest'
import { addMonths, daysBetween, easterSunday } from './calendar'
import { erkendeFeestdagen, rustdag } from './feestdagen'
import { bezwaartermijnEinde, verschuif } from './atw'
import { BESLUITEN_2023_2028 } from './kalender.fixture'

describe('term calendar', () => {
  it('finds Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
  })
  it('lists the Atw feestdagen of 2026 (art. 3 lid 1), with Goede Vrijdag (lid 2)', () => {
    expect([...erkendeFeestdagen(2026)].sort()).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-03', 'Goede Vrijdag'],
      ['2026-04-06', 'tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', 'Bevrijdingsdag'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-25', 'tweede Pinksterdag'],
      ['2026-12-25', 'eerste Kerstdag'],
      ['2026-12-26', 'tweede Kerstdag'],
    ])
  })
  it('moves Koningsdag to the 26th when the 27th is a Sunday', () => {
    expect(erkendeFeestdagen(2025).get('2025-04-26')).toBe('Koningsdag')
    expect(erkendeFeestdagen(2025).has('2025-04-27')).toBe(false)
  })
  it('knows a gelijkgestelde dag only from the list it is given (art. 3 lid 3)', () => {
    expect(rustdag('2026-05-15', [])).toBeNull()
    expect(rustdag('2026-05-15', BESLUITEN_2023_2028)).toEqual({ naam: 'gelijkgestelde dag' })
    expect(rustdag('2026-05-16', [])).toEqual({ naam: null })
  })
  it('extends an end on a weekend or feestdag to the next working day (Atw art. 1)', () => {
    expect(verschuif('2026-11-20', []).datum).toBe('2026-11-20') // Friday
    expect(verschuif('2026-11-21', []).datum).toBe('2026-11-23') // Saturday → Monday
    expect(verschuif('2026-12-25', []).datum).toBe('2026-12-28') // Christmas (Fri) → Monday
    expect(verschuif('2027-03-29', []).datum).toBe('2027-03-30') // Easter Monday
    expect(verschuif('2026-04-03', []).datum).toBe('2026-04-07') // Goede Vrijdag → Tuesday after Easter
  })
  it('says in words why a date moved', () => {
    expect(verschuif('2027-03-26', []).uitleg).toBe(
      'Verschoven van vrijdag 26 maart 2027 (Goede Vrijdag), zaterdag, zondag, maandag 29 maart (tweede Paasdag) naar dinsdag 30 maart 2027 (Algemene termijnenwet).',
    )
    expect(verschuif('2026-11-20', []).uitleg).toBeNull()
    // Across the year: the second date carries its year.
    expect(verschuif('2026-12-31', BESLUITEN_2023_2028).uitleg).toBeNull()
    expect(verschuif('2027-01-01', []).uitleg).toBe(
      'Verschoven van vrijdag 1 januari 2027 (Nieuwjaarsdag), zaterdag, zondag naar maandag 4 januari 2027 (Algemene termijnenwet).',
    )
  })
  it('ends the bezwaartermijn six weeks after bekendmaking (Awb 6:7/6:8), Atw-extended', () => {
    const einde = (d: string) => bezwaartermijnEinde(d, []).datum
    expect(einde('2026-10-05')).toBe('2026-11-16') // Monday → Monday
    expect(einde('2026-11-14')).toBe('2026-12-28') // Saturday + 6 wk = Sat 26 Dec (2e kerstdag) → Mon 28
    expect(einde('2026-11-13')).toBe('2026-12-28') // Friday + 6 wk = Christmas → Mon 28
    expect(einde('2026-11-12')).toBe('2026-12-24') // Thursday + 6 wk = Thursday 24 Dec
  })
  it('adds months with month-end clamping, and counts days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-10-15', 4)).toBe('2027-02-15')
    expect(daysBetween('2026-01-01', '2026-03-02')).toBe(60)
  })
})
