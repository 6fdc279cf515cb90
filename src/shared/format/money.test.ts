import { describe, expect, it } from 'vitest'
import { formatMoneyInput, parseDutchMoney } from './money'

describe('parseDutchMoney', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['12,5', 1250],
    ['12.50', 1250],
    ['24,44', 2444],
    ['1.234', 123400],
    ['12.345.678', 1234567800],
    ['€ 77,00', 7700],
    ['0', 0],
    [' 63 ', 6300],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseDutchMoney(text)).toBe(cents)
  })

  it.each(['', 'abc', '-5', '1,2,3', '12,345', '1.23.4', '12,555', '1.234,5.6', '1e5'])('refuses %j', (text) => {
    expect(parseDutchMoney(text)).toBeNull()
  })

  it('round-trips through the input format', () => {
    for (const cents of [0, 5, 2444, 123456, 987654321]) expect(parseDutchMoney(formatMoneyInput(cents))).toBe(cents)
  })
})
