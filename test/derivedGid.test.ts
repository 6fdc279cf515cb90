// The import gives new providers and locations their gid itself (aanbieders.repo.ts) with Node's
// SHA-256 instead of the table's trigger: it must be exactly the gid the trigger and the server derive.
import { describe, expect, it } from 'vitest'
import { derivedGid as native } from '../src/main/db/functions'
import { derivedGid as shared } from '../src/shared/contracts/sync/ids'

describe('derivedGid with node:crypto', () => {
  it('equals the shared one for ASCII, accents and emoji', () => {
    for (const [ns, name] of [
      ['locatie', '200000000001'],
      ['aanbieder', '70000000'],
      ['taak:0190b6a0-0000-7000-8000-000000000000', 'evaluatie|2026-11-22'],
      ['wachttijd', 'Zorgcentrum De Eik — é ü 😀'],
      ['', ''],
    ] as const)
      expect(native(ns, name)).toBe(shared(ns, name))
  })

  it('sets the version and variant bits as the shared one does, for every variant digit', () => {
    const variants = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const gid = native('locatie', String(200_000_000_000 + i))
      expect(gid).toBe(shared('locatie', String(200_000_000_000 + i)))
      expect(gid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      variants.add(gid[19]!)
    }
    expect([...variants].sort()).toEqual(['8', '9', 'a', 'b'])
  })
})
