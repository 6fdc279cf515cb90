import { describe, expect, it } from 'vitest'
import { addDays, ageOn, isIsoDate, todayInNl } from './dates'

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('2025-1-01')).toBe(false)
    expect(isIsoDate('01-01-2025')).toBe(false)
  })
  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
  })
  it('computes age on both sides of a birthday', () => {
    expect(ageOn('1950-11-22', '2026-11-21')).toBe(75)
    expect(ageOn('1950-11-22', '2026-11-22')).toBe(76)
  })
  it('takes today in the Netherlands, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1).
    expect(todayInNl(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(todayInNl(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31')
  })
})
