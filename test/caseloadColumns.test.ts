import { describe, expect, it } from 'vitest'
import { CaseloadColumns, ORDERS, type ColumnRow } from '../src/main/features/caseload/memory/caseloadColumns'
import { trigramSignature } from '../src/main/features/caseload/memory/columnValues'
import { matches } from '../src/main/features/caseload/memory/memoryQuery'
import { sortInSlices } from '../src/main/lib/slicedSort'
import { CaseloadFilterSchema } from '../src/shared/contracts/caseload.routes'

const row = (id: number, zoeknaam: string): ColumnRow => ({
  id,
  sort_naam: zoeknaam,
  zoeknaam,
  adviseur_id: 1,
  leveringsvorm: null,
  zorgprofiel: null,
  postcode: '1011 AB',
  geboortedatum: '1940-01-01',
  eerste_deadline: null,
  indicatie_einde: null,
  buiten_regio: 0,
  urgent_wachtend: 0,
})

function columns(names: string[]): CaseloadColumns {
  const cols = new CaseloadColumns()
  names.forEach((n, i) => cols.set(row(i + 1, n)))
  const ids = Int32Array.from(names, (_, i) => i + 1)
  for (const order of ORDERS)
    cols.mergeFew(
      order,
      new Uint8Array(0),
      ids.slice().sort((a, b) => cols.compare(order, a, b)),
    )
  return cols
}

describe('trigram signature', () => {
  it('holds every bit of a term that occurs in the name (so it never hides a match)', () => {
    const names = ['van den berg jan', 'muller anna', 'dyk pieter', 'bos fenna', 'ozturk ayse', 'yilmaz mehmet']
    for (const name of names)
      for (let i = 0; i + 3 <= name.length; i++)
        for (let j = i + 3; j <= name.length; j++) {
          const [lo, hi] = trigramSignature(name.slice(i, j))
          const [nlo, nhi] = trigramSignature(name)
          expect((nlo & lo) === lo && (nhi & hi) === hi).toBe(true)
        }
  })

  it('finds two terms in either order: each term is signed on its own, not the text between them', () => {
    // A name whose signature lacks a window that only the joined terms have ("a z" here).
    const name = ['zwaluw fenna', 'zwaluw bfenna', 'zwaluw cfenna'].find((n) => {
      const [lo, hi] = trigramSignature('fenna zwaluw')
      const [nlo, nhi] = trigramSignature(n)
      return (nlo & lo) !== lo || (nhi & hi) !== hi
    })
    expect(name, 'a name to test with').toBeDefined()
    const cols = columns([name!, 'kok jan'])
    const filter = CaseloadFilterSchema.parse({ adviseur: 1 })
    expect(Array.from(matches(cols, { zoek: 'fenna zwaluw', filter }, '2026-12-04', 1)!)).toEqual([1])
  })
})

describe('sortInSlices', () => {
  it('sorts as Array.prototype.sort does, keeps ties in their order, and hands the event loop back', async () => {
    let seed = 7
    const keys = Array.from({ length: 5000 }, () => (seed = (seed * 48271) % 2147483647) % 97)
    const ids = Int32Array.from(keys, (_, i) => i)
    let pauses = 0
    const sorted = await sortInSlices(
      ids,
      (a, b) => keys[a]! - keys[b]!,
      async () => void pauses++,
      1000,
    )
    expect(Array.from(sorted)).toEqual(Array.from(ids).sort((a, b) => keys[a]! - keys[b]! || a - b))
    expect(pauses).toBeGreaterThan(10)
  })
})
