import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie, leveringsvorm } from './helpers/dossier'

let b: TestBackend
beforeEach(async () => {
  b = testBackend({ today: '2026-11-22' })
  await withProfile(b)
})
afterEach(() => b.dispose())

const buiten = async () =>
  (await b.ok('caseload.query', { filter: { adviseur: 'alle', signalen: ['buiten_regio'] } })).rows.map((r) => r.id)

/** Moves a client to Utrecht (ZK23); the adviser's region is ZK02. */
async function moveToUtrecht(clientId: number) {
  const { client } = await b.ok('dossier.get', { clientId })
  await b.ok('clients.update', {
    id: clientId,
    version: client.version,
    persoon: { ...client.persoon, postcode: '3511 AB', woonplaats: 'Utrecht' },
  })
}

describe('the stored "buiten regio" signal (migration 10)', () => {
  it('follows the client’s address and the adviser’s region, also when a teamserver changes that region', async () => {
    const { client } = await clientWithIndicatie(b)
    expect(await buiten()).toEqual([])
    await moveToUtrecht(client.id)
    expect(await buiten()).toEqual([client.id])
    // A pulled adviser row with a new region (no dossier write on this workstation): the trigger follows.
    b.db!.prepare(`UPDATE adviseur SET regio_code = 'ZK23' WHERE id = 1`).run()
    expect(await buiten()).toEqual([])
    b.db!.prepare(`UPDATE adviseur SET regio_code = 'ZK02' WHERE id = 1`).run()
    expect(await buiten()).toEqual([client.id])
  })

  it('follows a dossier handed to a colleague in the client’s region', async () => {
    const { client } = await clientWithIndicatie(b)
    await moveToUtrecht(client.id)
    const collega = await b.ok('adviseurs.create', {
      naam: 'Collega Utrecht',
      functie: 'Klantadviseur',
      afdeling: 'klantadvies',
      regioCode: 'ZK23',
    })
    await b.ok('caseload.reassign', { clientIds: [client.id], naarAdviseurId: collega.id, reden: 'Verhuisd naar Utrecht' })
    expect(await buiten()).toEqual([])
  })
})

describe('the caseload summary', () => {
  it('is only rewritten when it changed, so the daily refresh of an unchanged dossier writes nothing', async () => {
    const { client } = await clientWithIndicatie(b)
    const db = b.db!
    db.exec(`CREATE TEMP TABLE writes (n INTEGER); INSERT INTO writes VALUES (0);
      CREATE TEMP TRIGGER count_writes AFTER UPDATE ON client BEGIN UPDATE writes SET n = n + 1; END;`)
    const writes = () => db.prepare('SELECT n FROM writes').pluck().get() as number
    const sync = b.services!.sync
    sync.sync(client.id)
    expect(writes()).toBe(0)
    // A new leveringsvorm changes the summary: written once, by the rules that run after the write.
    await b.ok('leveringsvormen.create', leveringsvorm(client.id, 'vpt', '2026-11-02'))
    expect(writes()).toBe(1)
    expect((await b.ok('caseload.query', {})).rows[0]!.leveringsvorm).toBe('vpt')
    sync.sync(client.id)
    expect(writes()).toBe(1)
  })
})
