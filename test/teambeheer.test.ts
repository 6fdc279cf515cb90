import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AddressInfo } from 'node:net'
import { Harness } from './server/helpers/harness'
import { account, workstation, type Workstation } from './team/workstations'
import { testBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'

/**
 * The beheer proxies on the workstation (teambeheer.*): a beheerder's workstation manages accounts,
 * teams and devices on a real teamserver, reads the central audit per client and the kenmerk gaps;
 * anyone else gets a plain Dutch refusal before anything is sent.
 */
describe('team beheer through the workstation', () => {
  let h: Harness
  let beheer: Workstation
  let adviseur: Workstation
  let url: string

  beforeAll(async () => {
    h = await Harness.start('pglite')
    await h.app.listen({ port: 0, host: '127.0.0.1' })
    url = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`
    beheer = await workstation('Beheerwerkplek', url, { gebruikersnaam: 'beheerder', password: h.admin.password })
    adviseur = await workstation('Bureau 7', url, await account(h, 'klantadviseur'))
  }, 120_000)

  afterAll(async () => {
    beheer?.dispose()
    adviseur?.dispose()
    await h?.close()
  })

  it('refuses beheer on a single desk and for an adviser, in Dutch', async () => {
    const single = testBackend()
    try {
      const r = await single.call('teambeheer.accounts', {})
      expect(r.ok === false && r.error).toMatchObject({ code: 'NOT_READY', message: expect.stringContaining('teamserver') })
    } finally {
      single.dispose()
    }
    const r = await adviseur.call('teambeheer.apparaten', {})
    expect(r.ok === false && r.error).toEqual({ code: 'FORBIDDEN', message: 'Dit kan alleen een functioneel beheerder.' })
  })

  it('makes a team and an account with a one-time password, disables it and resets its password', async () => {
    const team = await beheer.ok('teambeheer.teamMaken', { naam: 'Regio Noord' })
    expect((await beheer.ok('teambeheer.teams', {})).map((t) => t.naam)).toContain('Regio Noord')
    const dup = await beheer.call('teambeheer.teamMaken', { naam: 'Regio Noord' })
    expect(dup.ok === false && dup.error).toMatchObject({ code: 'DUPLICATE', message: 'Er is al een team met de naam Regio Noord.' })

    const made = await beheer.ok('teambeheer.accountMaken', {
      gebruikersnaam: ' j.devries ',
      naam: 'Joke de Vries',
      afdeling: 'pgb',
      regioCode: 'ZK01',
      role: 'pgb_adviseur',
      teams: [team.id],
    })
    expect(made.eenmaligWachtwoord.length).toBeGreaterThanOrEqual(12)
    expect(made.account).toMatchObject({ gebruikersnaam: 'j.devries', mustChangePassword: true, teams: [{ naam: 'Regio Noord' }] })

    const off = await beheer.ok('teambeheer.accountActief', { id: made.account.id, actief: false })
    expect(off.actief).toBe(false)
    const listed = (await beheer.ok('teambeheer.accounts', {})).find((a) => a.id === made.account.id)
    expect(listed?.actief).toBe(false)
    const reset = await beheer.ok('teambeheer.wachtwoordReset', { id: made.account.id })
    expect(reset.eenmaligWachtwoord).not.toBe(made.eenmaligWachtwoord)
  })

  it('checks input with Dutch messages before calling the server', async () => {
    const bad = await beheer.call('teambeheer.accountMaken', {
      gebruikersnaam: 'Hoofd Letters',
      naam: '',
      afdeling: 'klantadvies',
      regioCode: 'ZK01',
      role: 'klantadviseur',
      teams: [],
    })
    expect(bad.ok).toBe(false)
    const messages = bad.ok ? [] : (bad.error.issues ?? []).map((i) => `${i.path}: ${i.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'gebruikersnaam: Een gebruikersnaam bestaat uit kleine letters, cijfers, punt, streepje of liggend streepje.',
        'naam: Vul dit veld in.',
        'teams: Kies minstens één team.',
      ]),
    )
    const jaar = await beheer.call('teambeheer.kenmerken', { jaar: 1999 })
    expect(jaar.ok === false && jaar.error.issues?.[0]?.message).toBe('Kies een jaar vanaf 2000.')
  })

  it('lists devices with this one marked, refuses to revoke itself and revokes another', async () => {
    const devices = await beheer.ok('teambeheer.apparaten', {})
    const self = devices.find((d) => d.ditApparaat)!
    expect(self.naam).toBe('Beheerwerkplek')
    const own = await beheer.call('teambeheer.apparaatIntrekken', { id: self.id })
    expect(own.ok === false && own.error.code).toBe('CONFLICT')

    const laptopAccount = await account(h, 'pgb_adviseur')
    const laptop = await workstation('Laptop 3', url, laptopAccount, 'huisbezoek')
    try {
      const id = laptop.services!.teamserver.status().apparaat!.id!
      const r = await beheer.ok('teambeheer.apparaatIntrekken', { id })
      expect(r).toMatchObject({ id, dossiers: 0 })
      const after = (await beheer.ok('teambeheer.apparaten', {})).find((d) => d.id === id)
      expect(after?.revokedAt).not.toBeNull()
    } finally {
      laptop.dispose()
    }
  })

  it('reads the central audit of one client with names from this workstation, and the kenmerk series', async () => {
    const { client } = await clientWithIndicatie(adviseur, { achternaam: 'Centraal' })
    await adviseur.ok('dossier.get', { clientId: client.id })
    await adviseur.sync()
    await beheer.sync()
    const local = (
      await beheer.ok('caseload.query', {
        zoek: 'centraal',
        filter: { adviseur: 'alle' },
        sort: { kolom: 'naam', richting: 'asc' },
        offset: 0,
        limit: 10,
      })
    ).rows[0]!
    const page = await beheer.ok('teambeheer.audit', { clientId: local.id, limit: 2 })
    expect(page.more).toBe(true)
    expect(page.rows[0]).toMatchObject({ clientNaam: 'A. Centraal', apparaat: 'Bureau 7', door: expect.stringMatching(/^Adviseur/) })
    const rest = await beheer.ok('teambeheer.audit', { clientId: local.id, after: page.cursor, limit: 100 })
    expect(rest.rows.map((r) => r.event)).toContain('client.read')

    const series = await beheer.ok('teambeheer.kenmerken', { jaar: 2026 })
    expect(series.jaar).toBe(2026)
    // Every workstation fetched a block ahead of time: issued but unused numbers are gaps, each explained.
    expect(series.gaten.length).toBeGreaterThan(0)
    expect(series.gaten[0]!.uitleg).toMatch(/^Uitgegeven aan /)
  })
})
