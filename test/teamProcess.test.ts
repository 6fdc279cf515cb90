import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pgMissingReason, startPgCluster, type PgCluster } from './server/helpers/pgCluster'
import { request, startServer, type ServerProcess } from './server/helpers/serverProcess'
import { tcpProxy } from './team/proxy'
import { caseloadOf, workstation, type Workstation } from './team/workstations'
import { clientWithIndicatie } from './helpers/dossier'
import { testBackend } from './helpers/backend'

const skip = pgMissingReason()
const CONTACTS = 1200

/**
 * The Werkplek-server as an operator runs it (its own process, TLS with a self-signed certificate,
 * PostgreSQL), a workstation that pinned its fingerprint, and the server killed with SIGKILL while the
 * workstation pushes a large outbox. After a restart nothing is lost and nothing is applied twice.
 */
describe.skipIf(skip)('workstation and a server process', () => {
  let cluster: PgCluster
  let url: string
  let data: string
  let server: ServerProcess
  let net: Awaited<ReturnType<typeof tcpProxy>>
  let desk: Workstation
  let password: string

  beforeAll(async () => {
    cluster = await startPgCluster()
    url = await cluster.createDatabase('werkplek')
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'wlz-server-'))
    server = await startServer({ WLZ_SERVER_DATA: data, DATABASE_URL: url })
    net = await tcpProxy(() => server.port)
    // The beheerder replaces the one-time password the server printed once.
    const login = await request(server.port, 'POST', '/auth/login', {
      body: { gebruikersnaam: 'beheerder', wachtwoord: server.password, device: { naam: 'Installatie', publicKey: 'A'.repeat(43) + '=' } },
    })
    password = 'een-eigen-wachtwoord-van-de-beheerder'
    await request(server.port, 'POST', '/auth/password', {
      token: login.body.accessToken,
      body: { huidigWachtwoord: server.password, nieuwWachtwoord: password },
    })
  }, 120_000)

  afterAll(async () => {
    desk?.dispose()
    await server?.kill()
    await net?.close()
    cluster?.stop()
    if (data) fs.rmSync(data, { recursive: true, force: true })
  })

  it('signs in only with the fingerprint the server printed', async () => {
    const b = testBackend()
    try {
      const shown = await b.ok('teamserver.vingerafdruk', { url: `https://127.0.0.1:${net.port}` })
      expect(shown.fingerprint).toBe(server.fingerprint)
      const wrong = server.fingerprint.replace(/^../, server.fingerprint.startsWith('00') ? '11' : '00')
      const refused = await b.call('teamserver.aanmelden', {
        url: `https://127.0.0.1:${net.port}`,
        fingerprint: wrong,
        gebruikersnaam: 'beheerder',
        wachtwoord: password,
        apparaatNaam: 'Verkeerde vingerafdruk',
        scope: 'bureau',
      })
      expect(refused.ok === false && refused.error.message).toContain('certificaat van de teamserver is veranderd')
      expect(b.services!.teamserver.status().modus).toBe('enkel')
    } finally {
      b.dispose()
    }
  })

  it('loses and doubles nothing when the server is killed with SIGKILL in the middle of a push', async () => {
    desk = await workstation(
      'Bureau',
      `https://127.0.0.1:${net.port}`,
      { gebruikersnaam: 'beheerder', password },
      'bureau',
      {},
      server.fingerprint,
    )
    expect(desk.services!.teamserver.status().server).toEqual({ url: `https://127.0.0.1:${net.port}`, fingerprint: server.fingerprint })
    const { client } = await clientWithIndicatie(desk, { achternaam: 'Robuust' })
    for (let i = 0; i < CONTACTS; i++)
      await desk.ok('contactmomenten.create', {
        clientId: client.id,
        soort: 'telefonisch',
        datum: '2026-11-20',
        verslag: `Gesprek ${i + 1}`,
        deelnemers: '',
        vervolgactie: '',
        vervolgDeadline: null,
      })
    const before = desk.services!.teamserver.status().wachtend
    expect(before).toBeGreaterThan(CONTACTS)

    // Kill the server as soon as the first batch is acknowledged: the next one is then on its way.
    const run = desk.services!.syncEngine.syncNow()
    for (let i = 0; i < 2000 && desk.services!.teamserver.status().wachtend === before; i++) await new Promise((r) => setTimeout(r, 5))
    await server.kill('SIGKILL')
    await run
    const afterKill = desk.services!.teamserver.status()
    expect(afterKill.wachtend).toBeGreaterThan(0)
    expect(afterKill.offlineSinds).not.toBeNull()

    server = await startServer({ WLZ_SERVER_DATA: data, DATABASE_URL: url })
    await desk.sync()
    expect(desk.services!.teamserver.status()).toMatchObject({ wachtend: 0, geweigerd: 0, offlineSinds: null })

    const db = new pg.Client({ connectionString: url })
    await db.connect()
    try {
      const rows = await db.query<{ n: number; versions: number[] }>(
        `SELECT count(*)::int AS n, array_agg(DISTINCT version) AS versions FROM sync_row WHERE entity = 'contactmoment'`,
      )
      expect(rows.rows[0]).toEqual({ n: CONTACTS, versions: [1] })
    } finally {
      await db.end()
    }
    // The same server data back on the workstation: one dossier, every contact once.
    const rows = await caseloadOf(desk, 'robuust')
    expect((await desk.ok('contactmomenten.list', { clientId: rows[0]!.id, offset: 0, limit: 1 })).total).toBe(CONTACTS)
  }, 600_000)
})
