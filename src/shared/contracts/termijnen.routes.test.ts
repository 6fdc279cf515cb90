import { describe, expect, it } from 'vitest'
import { termijnenRoutes } from './termijnen.routes'
import { OverschrijfInputSchema } from './plannen.routes'
import { TariefImportInputSchema } from './bedragen.routes'

describe('routes of issue 12', () => {
  it('bound and check their input strictly', () => {
    const create = termijnenRoutes['termijnen.gelijkgesteld.create'].input
    expect(create.parse({ datum: '2029-05-11', besluit: 'Besluit (test)', bron: 'Stb. (test)' })).toMatchObject({ geverifieerd: false })
    expect(create.safeParse({ datum: '2029-02-30', besluit: 'x', bron: 'y' }).success).toBe(false)
    expect(create.safeParse({ datum: '2029-05-11', besluit: ' ', bron: 'y' }).success).toBe(false)
    expect(create.safeParse({ datum: '2029-05-11', besluit: 'x', bron: 'y', extra: 1 }).success).toBe(false)
    const imp = termijnenRoutes['termijnen.gelijkgesteld.import'].input
    expect(imp.safeParse({ rijen: [] }).success).toBe(false)
  })
  it('refuse an overschrijving without a real reason, and an oversized CSV', () => {
    const kort = OverschrijfInputSchema.safeParse({ versieId: 1, revisie: 1, code: 'tarieven', reden: 'klopt wel' })
    expect(kort.success || kort.error.issues[0]!.message).toBe('Schrijf in minstens 20 tekens op waarom deze controle toch akkoord is.')
    expect(TariefImportInputSchema.safeParse({ bestandsnaam: 'x.csv', inhoud: 'x'.repeat(2_000_001) }).success).toBe(false)
  })
})
