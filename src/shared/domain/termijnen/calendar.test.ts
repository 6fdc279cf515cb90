import { describe, expect, it } from 'vitest'
import { addMonths, atwHolidays, bezwaartermijnEinde, daysBetween, easterSunday, endOfTermAtw } from './calendar'

describe('term calendar', () => {
  it('finds Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
  })
  it('lists the Atw holidays of 2026 (art. 3 lid 1), without Goede Vrijdag', () => {
    expect([...atwHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ])
    expect(atwHolidays(2026).has('2026-04-03')).toBe(false)
  })
  it('moves Koningsdag to the 26th when the 27th is a Sunday', () => {
    expect(atwHolidays(2025).has('2025-04-26')).toBe(true)
    expect(atwHolidays(2025).has('2025-04-27')).toBe(false)
  })
  it('extends a term ending on a weekend or holiday to the next working day (Atw art. 1)', () => {
    expect(endOfTermAtw('2026-11-20')).toBe('2026-11-20') // Friday
    expect(endOfTermAtw('2026-11-21')).toBe('2026-11-23') // Saturday → Monday
    expect(endOfTermAtw('2026-12-25')).toBe('2026-12-28') // Christmas (Fri) → Monday
    expect(endOfTermAtw('2027-03-29')).toBe('2027-03-30') // Easter Monday
  })
  it('ends the bezwaartermijn six weeks after bekendmaking (Awb 6:7/6:8), Atw-extended', () => {
    expect(bezwaartermijnEinde('2026-10-05')).toBe('2026-11-16') // Monday → Monday
    expect(bezwaartermijnEinde('2026-11-14')).toBe('2026-12-28') // Saturday + 6 wk = Sat 26 Dec (2e kerstdag) → Mon 28
    expect(bezwaartermijnEinde('2026-11-13')).toBe('2026-12-28') // Friday + 6 wk = Christmas → Mon 28
    expect(bezwaartermijnEinde('2026-11-12')).toBe('2026-12-24') // Thursday + 6 wk = Thursday 24 Dec
  })
  it('adds months with month-end clamping, and counts days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-10-15', 4)).toBe('2027-02-15')
    expect(daysBetween('2026-01-01', '2026-03-02')).toBe(60)
  })
})
