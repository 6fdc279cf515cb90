import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AddressInfo } from 'node:net'
import { Harness } from './server/helpers/harness'
import { setPin, testBackend, type TestBackend } from './helpers/backend'
import { account, caseloadOf, workstation } from './team/workstations'

/**
 * A zorgkantoor that worked single-desk moves to a teamserver: a beheerder uploads the existing
 * database once to an empty server, and colleagues' workstations then receive all of it.
 */
describe('one-time upload of a single-desk database', () => {
  let h: Harness
  let url: string
  let desk: TestBackend

  beforeAll(async () => {
    h = await Harness.start('pglite')
    await h.app.listen({ port: 0, host: '127.0.0.1' })
    url = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`
    desk = testBackend()
    await desk.ok('demo.load', {})
    await setPin(desk)
  }, 180_000)
  afterAll(async () => {
    desk?.dispose()
    await h?.close()
  })

  const signIn = (gebruikersnaam: string, wachtwoord: string) => ({
    url,
    fingerprint: '',
    gebruikersnaam,
    wachtwoord,
    apparaatNaam: 'Oude werkplek',
    scope: 'bureau' as const,
  })

  it('refuses an ordinary sign-in and an adviser, then uploads for the beheerder, once', async () => {
    const adviser = await account(h, 'klantadviseur')
    const plain = await desk.call('teamserver.aanmelden', signIn('beheerder', h.admin.password))
    expect(plain.ok === false && plain.error.message).toContain('eenmalig naar een lege teamserver uploaden')
    const notAllowed = await desk.call('teamserver.uploaden', signIn(adviser.gebruikersnaam, adviser.password))
    expect(notAllowed.ok === false && notAllowed.error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('functioneel beheerder'),
    })
    expect(desk.services!.teamserver.status().modus).toBe('enkel')

    const report = await desk.ok('teamserver.uploaden', signIn('beheerder', h.admin.password))
    expect(report.geweigerd).toEqual([])
    expect(report.aantal).toBeGreaterThan(1000)
    // The demo's advisers have no account of the same name on this server.
    expect(report.nietGekoppeld).toEqual(expect.arrayContaining(['Demo-adviseur']))
    expect(report.status).toMatchObject({ modus: 'team', aangemeld: true })

    const colleague = await workstation('Nieuwe werkplek', url, adviser)
    try {
      await colleague.sync()
      const rows = await caseloadOf(colleague)
      expect(rows.length).toBe(100)
      const deskRows = await caseloadOf(desk as never)
      expect(rows.map((r) => r.naam)).toEqual(deskRows.map((r) => r.naam))
      expect((await colleague.ok('referentie.regios', {})).length).toBeGreaterThan(25)
    } finally {
      colleague.dispose()
    }

    const again = testBackend()
    try {
      await again.ok('demo.load', {})
      await setPin(again)
      const second = await again.call('teamserver.uploaden', { ...signIn('beheerder', h.admin.password), apparaatNaam: 'Tweede' })
      expect(second.ok === false && second.error.message).toMatch(/al eerder|al dossiers/)
    } finally {
      again.dispose()
    }
  }, 300_000)
})
