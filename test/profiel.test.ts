import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'

let b: TestBackend
beforeEach(async () => {
  b = testBackend()
  await withProfile(b)
})
afterEach(() => b.dispose())

describe('profiel: editable in Beheer', () => {
  it('changes naam, functie, afdeling and regio of the adviser working here, logged', async () => {
    const p = await b.ok('profiel.update', { naam: 'Test Adviseur', functie: 'Pgb-consulent', afdeling: 'pgb', regioCode: 'ZK01' })
    expect(p).toMatchObject({ naam: 'Test Adviseur', functie: 'Pgb-consulent', afdeling: 'pgb', regioCode: 'ZK01' })
    expect((await b.ok('app.status', {})).profiel).toMatchObject({ functie: 'Pgb-consulent', regioNaam: 'Amstelland en De Meerlanden' })
    const log = b.db!.prepare("SELECT count(*) FROM audit_log WHERE event = 'profiel.update'").pluck().get()
    expect(log).toBe(1)
  })

  it("refuses an unknown region and a colleague's name, next to the field", async () => {
    await b.ok('adviseurs.create', { naam: 'Collega Een', functie: 'Klantadviseur', afdeling: 'klantadvies', regioCode: 'ZK02' })
    const regio = await b.call('profiel.update', {
      naam: 'Test Adviseur',
      functie: 'Klantadviseur',
      afdeling: 'klantadvies',
      regioCode: 'ZK99',
    })
    expect(regio.ok ? [] : regio.error.issues?.map((i) => i.path)).toEqual(['regioCode'])
    const naam = await b.call('profiel.update', {
      naam: 'Collega Een',
      functie: 'Klantadviseur',
      afdeling: 'klantadvies',
      regioCode: 'ZK02',
    })
    expect(naam.ok ? [] : naam.error.issues?.map((i) => i.path)).toEqual(['naam'])
  })
})
