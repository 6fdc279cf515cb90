import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { referenceDataDir } from '../src/main/lib/referenceDir'
import { haversineKm } from '../src/shared/domain/aanbieders/afstand'

// The known distances in ../shared/data/README.md, between PC4 points of the reference file.
const pc4 = new Map(
  readFileSync(join(referenceDataDir(), 'pc4_nl.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(','))
    .map((c) => [c[0]!, { lat: Number(c[6]), lon: Number(c[7]) }] as const),
)

describe('haversineKm', () => {
  it.each([
    ['1011', '3511', 34.6],
    ['1011', '9711', 146.2],
    ['6211', '9711', 269.9],
    ['2511', '3011', 21.1],
  ])('%s → %s is %s km', (a, b, km) => {
    expect(haversineKm(pc4.get(a)!, pc4.get(b)!)).toBeCloseTo(km, 1)
  })
  it('is zero for the same point and symmetric', () => {
    const a = pc4.get('1011')!
    const b = pc4.get('9711')!
    expect(haversineKm(a, a)).toBe(0)
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9)
  })
})
