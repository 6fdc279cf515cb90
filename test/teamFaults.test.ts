import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AddressInfo } from 'node:net'
import { Harness } from './server/helpers/harness'
import { tcpProxy } from './team/proxy'
import { account, caseloadOf, workstation, type Workstation } from './team/workstations'
import { clientWithIndicatie } from './helpers/dossier'

const CONTACTS = 1500

/** The network cut in the middle of a multi-page pull: the next sync picks up where it stopped, nothing twice. */
describe('network cut mid-pull', () => {
  let h: Harness
  let net: Awaited<ReturnType<typeof tcpProxy>>
  let desk: Workstation
  let laptop: Workstation

  beforeAll(async () => {
    h = await Harness.start('pglite')
    await h.app.listen({ port: 0, host: '127.0.0.1' })
    net = await tcpProxy(() => (h.app.server.address() as AddressInfo).port)
    const url = `http://127.0.0.1:${net.port}`
    desk = await workstation('Bureau', url, await account(h, 'klantadviseur'))
    laptop = await workstation('Laptop', url, await account(h, 'klantadviseur'))
  }, 120_000)
  afterAll(async () => {
    desk?.dispose()
    laptop?.dispose()
    await net?.close()
    await h?.close()
  })

  it('resumes after the cut and applies every row exactly once', async () => {
    const { client } = await clientWithIndicatie(desk, { achternaam: 'Onderbroken' })
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
    await desk.sync()
    expect(desk.services!.teamserver.status().wachtend).toBe(0)

    const cursor = () => JSON.parse(laptop.services!.settings.get('teamserver')!).cursor as number
    const run = laptop.services!.syncEngine.syncNow()
    // Cut as soon as the first page is in: the second one is then being fetched or applied.
    for (let i = 0; i < 4000 && cursor() === 0; i++) await new Promise((r) => setTimeout(r, 2))
    net.cut()
    await run
    const cut = laptop.services!.teamserver.status()
    expect(cut.offlineSinds).not.toBeNull()
    expect(cut.melding).toMatch(/teamserver/i)
    const partial = laptop.db!.prepare('SELECT count(*) FROM contactmoment').pluck().get() as number
    expect(partial).toBeLessThan(CONTACTS)

    net.restore()
    await laptop.sync()
    const [row] = await caseloadOf(laptop, 'onderbroken')
    expect((await laptop.ok('contactmomenten.list', { clientId: row!.id, offset: 0, limit: 1 })).total).toBe(CONTACTS)
    const verslagen = laptop.db!.prepare('SELECT count(DISTINCT verslag) FROM contactmoment').pluck().get()
    expect(verslagen).toBe(CONTACTS)
    expect(laptop.services!.teamserver.status()).toMatchObject({ offlineSinds: null, melding: null })
  }, 300_000)
})
