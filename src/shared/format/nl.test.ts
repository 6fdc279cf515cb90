import { describe, expect, it } from 'vitest'
import { aantal, formatDate, formatDateLong, formatDateTime, formatMoney, formatTime, normalisePostcode, parseDutchDate } from './nl'

describe('nl-NL formatting', () => {
  it('formats dates the Dutch way', () => {
    expect(formatDateLong('2025-01-05')).toBe('5 januari 2025')
    expect(formatDate('2025-01-05')).toBe('05-01-2025')
  })
  it('shows instants in Dutch wall-clock time, winter and summer', () => {
    expect(formatTime('2026-11-22T09:05:00Z')).toBe('10:05')
    expect(formatDateTime('2026-07-01T22:30:00Z')).toBe('02-07-2026 00:30')
  })
  it('formats money from cents with a no-break space', () => {
    expect(formatMoney(123456)).toBe('€\u00a01.234,56')
    expect(formatMoney(-123456)).toBe('€\u00a0-1.234,56')
  })
  it('normalises postcodes and rejects the ones PostNL never issues', () => {
    expect(normalisePostcode('1234ab')).toBe('1234 AB')
    expect(normalisePostcode(' 1234  AB ')).toBe('1234 AB')
    expect(normalisePostcode('0123 AB')).toBeNull()
    expect(normalisePostcode('1234 SS')).toBeNull()
    expect(normalisePostcode('12345')).toBeNull()
  })
})

describe('parseDutchDate', () => {
  it('reads the ways advisers type a date', () => {
    for (const typed of ['12-04-1938', '12-4-1938', '12/04/1938', '12.4.1938', '12041938', '1938-04-12', ' 12-04-1938 ']) {
      expect(parseDutchDate(typed), typed).toBe('1938-04-12')
    }
  })
  it('rejects impossible or ambiguous input', () => {
    for (const typed of ['31-02-2025', '29-02-2025', '12-13-2025', '1-1-25', 'gisteren', '', '2025-4-1']) {
      expect(parseDutchDate(typed), typed).toBeNull()
    }
    expect(parseDutchDate('29-02-2024')).toBe('2024-02-29')
  })
})

describe('aantal', () => {
  it('uses the real Dutch plural', () => {
    expect(aantal(1, 'probleem', 'problemen')).toBe('1 probleem')
    expect(aantal(3, 'probleem', 'problemen')).toBe('3 problemen')
    expect(aantal(1200, 'tarief', 'tarieven')).toBe('1.200 tarieven')
  })
})
