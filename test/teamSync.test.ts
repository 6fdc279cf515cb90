import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { ENGINES, Harness, stopCluster } from './server/helpers/harness'
import { tcpProxy } from './team/proxy'
import { account, caseloadOf, workstation, type Workstation } from './team/workstations'
import { clientWithIndicatie } from './helpers/dossier'

/**
 * One teamserver and three workstation backends (desk, laptop, beheer) on their own encrypted
 * databases, through a TCP relay the test can cut. Each workstation signs in through its route and
 * syncs when the test says so.
 */
describe.each(ENGINES)('team of workstations on $engine', ({ engine, skip }) => {
  let h: Harness
  let net: Awaited<ReturnType<typeof tcpProxy>>
  let desk: Workstation
  let laptop: Workstation
  let beheer: Workstation
  let deskAccount: { id: string }
  let laptopAccount: { id: string }

  beforeAll(async () => {
    if (skip) return
    h = await Harness.start(engine)
    await h.app.listen({ port: 0, host: '127.0.0.1' })
    net = await tcpProxy(() => (h.app.server.address() as AddressInfo).port)
    const url = `http://127.0.0.1:${net.port}`
    const d = await account(h, 'klantadviseur')
    const l = await account(h, 'pgb_adviseur')
    deskAccount = d
    laptopAccount = l
    desk = await workstation('Bureau 1', url, d)
    laptop = await workstation('Laptop pgb', url, l)
    beheer = await workstation('Beheer', url, { gebruikersnaam: 'beheerder', password: h.admin.password })
  }, 120_000)

  afterAll(async () => {
    for (const w of [desk, laptop, beheer]) w?.dispose()
    await net?.close()
    await h?.close()
    await stopCluster()
  })

  it.skipIf(skip)('shares a dossier made on one workstation with the others', async () => {
    const { client } = await clientWithIndicatie(desk, { achternaam: 'Deelbaar' })
    await desk.sync()
    // Everything the desk did reached the server (reads after this are audited and queued again).
    const status = desk.services!.teamserver.status()
    expect(status).toMatchObject({ modus: 'team', verbonden: true, wachtend: 0, conflicten: 0 })
    await laptop.sync()
    const rows = await caseloadOf(laptop, 'deelbaar')
    expect(rows.map((r) => r.naam)).toEqual(['Deelbaar, A.'])
    const dossier = await laptop.ok('dossier.get', { clientId: rows[0]!.id })
    expect(dossier.indicaties.map((i) => i.zorgprofiel)).toEqual(['754'])
    // The laptop's own task rules made the same tasks from the same data.
    const deskDossier = await desk.ok('dossier.get', { clientId: client.id })
    expect(dossier.taken.map((t) => t.titel).sort()).toEqual(deskDossier.taken.map((t) => t.titel).sort())
  })

  it.skipIf(skip)('works offline for a day and sends everything afterwards; disjoint edits merge', async () => {
    const deskId = (await caseloadOf(desk, 'deelbaar'))[0]!.id
    const laptopId = (await caseloadOf(laptop, 'deelbaar'))[0]!.id
    net.cut()
    const deskDossier = await desk.ok('dossier.get', { clientId: deskId })
    await desk.ok('clients.update', {
      id: deskId,
      version: deskDossier.client.version,
      persoon: { ...deskDossier.client.persoon, woonplaats: 'Leiden' },
    })
    const l = await laptop.ok('dossier.get', { clientId: laptopId })
    await laptop.ok('clients.update', {
      id: laptopId,
      version: l.client.version,
      persoon: { ...l.client.persoon, email: 'familie@example.org' },
    })
    for (let i = 0; i < 5; i++)
      await laptop.ok('contactmomenten.create', {
        clientId: laptopId,
        soort: 'huisbezoek_fysiek',
        datum: '2026-11-21',
        verslag: `Huisbezoek deel ${i + 1}`,
        deelnemers: '',
        vervolgactie: '',
        vervolgDeadline: null,
      })
    await laptop.sync()
    const offline = laptop.services!.teamserver.status()
    expect(offline.offlineSinds).not.toBeNull()
    expect(offline.wachtend).toBeGreaterThanOrEqual(6)
    net.restore()
    await laptop.sync()
    await desk.sync()
    await laptop.sync()
    expect(laptop.services!.teamserver.status()).toMatchObject({ wachtend: 0, offlineSinds: null })
    const onDesk = await desk.ok('dossier.get', { clientId: deskId })
    const onLaptop = await laptop.ok('dossier.get', { clientId: laptopId })
    expect(onDesk.client.persoon).toMatchObject({ woonplaats: 'Leiden', email: 'familie@example.org' })
    expect(onLaptop.client.persoon).toMatchObject({ woonplaats: 'Leiden', email: 'familie@example.org' })
    expect(onDesk.contactmomenten.total).toBe(5)
  })

  it.skipIf(skip)('turns the same field changed on two workstations into a conflict the adviser resolves', async () => {
    const deskId = (await caseloadOf(desk, 'deelbaar'))[0]!.id
    const laptopId = (await caseloadOf(laptop, 'deelbaar'))[0]!.id
    const d = await desk.ok('dossier.get', { clientId: deskId })
    const l = await laptop.ok('dossier.get', { clientId: laptopId })
    await desk.ok('clients.update', { id: deskId, version: d.client.version, persoon: { ...d.client.persoon, telefoon: '0201111111' } })
    await laptop.ok('clients.update', { id: laptopId, version: l.client.version, persoon: { ...l.client.persoon, telefoon: '0612222222' } })
    await desk.sync()
    await laptop.sync()
    const [conflict] = await laptop.ok('teamserver.conflicten', {})
    expect(conflict).toMatchObject({ soortLabel: 'Persoonsgegevens', clientNaam: expect.stringContaining('Deelbaar') })
    expect(conflict!.velden).toEqual([{ veld: 'telefoon', label: 'Telefoon', basis: '', server: '0201111111', hier: '0612222222' }])
    // Never a silent overwrite: until the adviser chooses, the server keeps what arrived first.
    expect((await laptop.ok('dossier.get', { clientId: laptopId })).client.persoon.telefoon).toBe('0201111111')
    const after = await laptop.ok('teamserver.conflictOplossen', { id: conflict!.id, keuze: { telefoon: 'hier' } })
    expect(after.conflicten).toBe(0)
    await desk.sync()
    expect((await desk.ok('dossier.get', { clientId: deskId })).client.persoon.telefoon).toBe('0612222222')
    expect((await laptop.ok('dossier.get', { clientId: laptopId })).client.persoon.telefoon).toBe('0612222222')
    const log = await laptop.ok('audit.list', { clientId: laptopId, userId: null, offset: 0, limit: 50 })
    expect(log.rows.map((r) => r.event)).toContain('teamserver.conflict.opgelost')
  })

  it.skipIf(skip)('lets only a beheerder change team-wide settings, which then reach every workstation', async () => {
    const refused = await desk.call('briefpapier.save', { ...(await desk.ok('briefpapier.get', {})), organisatie: 'Eigen briefpapier' })
    expect(refused.ok === false && refused.error.code).toBe('FORBIDDEN')
    await beheer.ok('briefpapier.save', { ...(await beheer.ok('briefpapier.get', {})), organisatie: 'Zorgkantoor Teamregio (fictief)' })
    await beheer.sync()
    await desk.sync()
    expect((await desk.ok('briefpapier.get', {})).organisatie).toBe('Zorgkantoor Teamregio (fictief)')
    // Colleagues come from the server's accounts.
    const names = (await desk.ok('adviseurs.list', {})).map((a) => a.naam)
    expect(names.length).toBeGreaterThanOrEqual(3)
  })

  it.skipIf(skip)('delivers a reassignment by the teamleider to the colleague’s workstation', async () => {
    const leiderAccount = await account(h, 'teamleider')
    const leider = await workstation('Teamleider', `http://127.0.0.1:${net.port}`, leiderAccount)
    try {
      await leider.sync()
      const [row] = await caseloadOf(leider, 'deelbaar')
      const colleagues = await leider.ok('adviseurs.list', {})
      const pgb = colleagues.find((a) => a.naam === laptop.services!.profiel.current()!.naam)!
      await leider.ok('caseload.reassign', { clientIds: [row!.id], naarAdviseurId: pgb.id, reden: 'Vertrek collega' })
      await leider.sync()
      await laptop.sync()
      const mine = (
        await laptop.ok('caseload.query', {
          zoek: '',
          filter: { adviseur: 'mij' },
          sort: { kolom: 'naam', richting: 'asc' },
          offset: 0,
          limit: 100,
        })
      ).rows
      expect(mine.map((r) => r.naam)).toContain('Deelbaar, A.')
      expect(laptopAccount.id).toBe(laptop.services!.teamserver.status().account && laptopAccount.id)
      expect(deskAccount.id).not.toBe(laptopAccount.id)
    } finally {
      leider.dispose()
    }
  })

  it.skipIf(skip)('keeps the dossiers marked "mee op huisbezoek" on a home-visit laptop, visible to colleagues', async () => {
    const pgb = await account(h, 'pgb_adviseur')
    const url = `http://127.0.0.1:${net.port}`
    const bureau = await workstation('Bureau pgb', url, pgb)
    const huisbezoek = await workstation('Laptop huisbezoek', url, pgb, 'huisbezoek')
    try {
      await bureau.sync()
      await huisbezoek.sync()
      expect(await caseloadOf(huisbezoek)).toEqual([])
      const [row] = await caseloadOf(bureau, 'deelbaar')
      const apparaten = await bureau.ok('huisbezoek.apparaten', {})
      const laptopDevice = apparaten.find((a) => a.naam === 'Laptop huisbezoek')!
      const marks = await bureau.ok('huisbezoek.meenemen', { clientId: row!.id, apparaatId: laptopDevice.id })
      expect(marks).toEqual([
        expect.objectContaining({ apparaatNaam: 'Laptop huisbezoek', adviseurNaam: pgb.gebruikersnaam ? expect.any(String) : null }),
      ])
      await bureau.sync()
      await huisbezoek.sync()
      expect((await caseloadOf(huisbezoek)).map((r) => r.naam)).toEqual(['Deelbaar, A.'])
      // A colleague sees who took it along, on which device, since when.
      await desk.sync()
      const deskRow = (await caseloadOf(desk, 'deelbaar'))[0]!
      expect(await desk.ok('huisbezoek.list', { clientId: deskRow.id })).toEqual([
        expect.objectContaining({ apparaatNaam: 'Laptop huisbezoek', ditApparaat: false, sinds: expect.any(String) }),
      ])
      // Back from the visit: the mark ends and the laptop no longer holds the dossier.
      await bureau.ok('huisbezoek.terugzetten', { clientId: row!.id, apparaatId: laptopDevice.id })
      await bureau.sync()
      await huisbezoek.sync()
      expect(await caseloadOf(huisbezoek)).toEqual([])
    } finally {
      bureau.dispose()
      huisbezoek.dispose()
    }
  })

  it.skipIf(skip)('wipes a revoked laptop at its next contact', async () => {
    const deviceId = laptop.services!.teamserver.status().apparaat!.id!
    const r = await h.call('POST', `/beheer/devices/${deviceId}/revoke`, { token: await h.adminToken(), body: {} })
    expect(r.status).toBe(200)
    await laptop.services!.syncEngine.syncNow()
    expect(existsSync(laptop.dataDir) ? readdirSync(laptop.dataDir) : []).toEqual([])
    const status = await laptop.ok('app.status', {})
    expect(status).toMatchObject({ state: 'error', error: { code: 'DEVICE_REVOKED' } })
    const refused = await laptop.call('caseload.query', {
      zoek: '',
      filter: { adviseur: 'alle' },
      sort: { kolom: 'naam', richting: 'asc' },
      offset: 0,
      limit: 10,
    })
    expect(refused.ok).toBe(false)
  })
})
