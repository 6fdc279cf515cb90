import { describe, expect, it } from 'vitest'
import { formatMoneyInput, parseDutchMoney } from './money'

describe('parseDutchMoney', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['12,5', 1250],
    ['24,44', 2444],
    ['12.345.678', 1234567800],
    ['€ 77,00', 7700],
    ['€\u00a048.123,45', 4812345],
    ['12,50 €', 1250],
    ['0', 0],
    ['0,5', 50],
    [' 63 ', 6300],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseDutchMoney(text)).toBe(cents)
  })

  // The one ambiguous case: a single dot. Before exactly three digits it groups thousands (as a
  // Dutch adviser writes "1.250"); otherwise it is the decimal point people type from habit.
  it.each([
    ['1.250', 125000],
    ['1.234', 123400],
    ['123.456', 12345600],
    ['12.50', 1250],
    ['12.5', 1250],
    ['1.25', 125],
    ['0.5', 50],
  ])('a single dot: %s is %i cents', (text, cents) => {
    expect(parseDutchMoney(text)).toBe(cents)
  })

  it.each(['', 'abc', '-5', '1,2,3', '12,345', '1.23.4', '12,555', '1.234,5.6', '1e5', '0.500', '1234.567', '12.5000', '€'])(
    'refuses %j',
    (text) => {
      expect(parseDutchMoney(text)).toBeNull()
    },
  )

  it('round-trips through the input format', () => {
    for (const cents of [0, 5, 2444, 125000, 123456, 987654321]) expect(parseDutchMoney(formatMoneyInput(cents))).toBe(cents)
  })
})
