import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isValidBsn, maskBsn, normaliseBsn, testBsns } from './bsn'

describe('BSN elfproef (wlz-reference §12)', () => {
  it('accepts the documented valid numbers', () => {
    for (const bsn of ['111222333', '999996708', '999911120', '123456782']) expect(isValidBsn(bsn)).toBe(true)
  })
  it('rejects the documented invalid numbers, a zero sum and non-digits', () => {
    for (const bsn of ['999998620', '000000000', '000000012', '12345678', '1234567890', '12345678a', '']) {
      expect(isValidBsn(bsn)).toBe(false)
    }
  })
  it('rejects a weighted sum of 0, which the "sum mod 11 = d9" shortcut would accept', () => {
    // 9·0+…+2·1 = 2 and d9 = 2: the shortcut says valid, the −1 form gives sum 0 → invalid.
    expect(isValidBsn('000000012')).toBe(false)
    expect(isValidBsn('000000000')).toBe(false)
  })
  it('detects every single-digit typing error', () => {
    const valid = [...take(testBsns('9999'), 200)]
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.nat(8), fc.integer({ min: 1, max: 9 }), (bsn, pos, delta) => {
        const digits = bsn.split('')
        digits[pos] = String((Number(digits[pos]) + delta) % 10)
        expect(isValidBsn(digits.join(''))).toBe(false)
      }),
    )
  })
  it('normalises typed separators and pads old 8-digit numbers', () => {
    expect(normaliseBsn('9999.96.708')).toBe('999996708')
    expect(normaliseBsn(' 1112 22 333 ')).toBe('111222333')
    expect(normaliseBsn('11222333')).toBe('011222333')
  })
  it('masks all but the last four digits', () => {
    expect(maskBsn('999996708')).toBe('*****6708')
  })
  it('generates only valid, distinct test numbers in the 9999 range', () => {
    const list = [...take(testBsns('9999'), 1000)]
    expect(new Set(list).size).toBe(1000)
    expect(list.every((b) => isValidBsn(b) && b.startsWith('9999'))).toBe(true)
  })
})

function* take<T>(it: Iterable<T>, n: number): Generator<T> {
  let i = 0
  for (const v of it) {
    if (i++ >= n) return
    yield v
  }
}
