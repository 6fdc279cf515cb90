import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie, leveringsvorm } from './helpers/dossier'
import { ENTITIES, entityDef } from '../src/shared/contracts/sync/entities'
import { teamSetting } from './helpers/team'
import type { OutboxRow } from '../src/main/sync/outbox.repo'

/**
 * Change capture without a server: a workstation that belongs to a team (its state says so) turns
 * every action into outbox changes. Each change must pass the server's own field schema for its
 * entity, so what a workstation sends is what the server accepts.
 */
let b: TestBackend

/** Writes a team connection into the settings and reopens the backend, as after a sign-in and a restart. */
function joinTeam(old: TestBackend): TestBackend {
  const b = old
  const s = b.services!
  s.uow.system(() =>
    s.settings.set(
      'teamserver',
      JSON.stringify(
        teamSetting({ gebruikersnaam: 'test.adviseur', naam: 'Test Adviseur', functie: 'Klantadviseur', role: 'klantadviseur' }),
      ),
    ),
  )
  return old.restart()
}
const outbox = (b: TestBackend) => b.services!.teamserver && (b.db!.prepare('SELECT seq FROM outbox').all() as unknown[]).length
const rows = (b: TestBackend): OutboxRow[] =>
  (
    b
      .db!.prepare(
        'SELECT change_id AS changeId, entity, gid, op, base_version AS baseVersion, base, fields, client_gid AS clientGid FROM outbox ORDER BY seq',
      )
      .all() as Array<OutboxRow & { base: string | null; fields: string | null }>
  ).map((r) => ({ ...r, base: r.base && JSON.parse(r.base), fields: r.fields && JSON.parse(r.fields) }))

beforeEach(async () => {
  b = testBackend()
  await withProfile(b)
})
afterEach(() => b.dispose())

describe('change capture', () => {
  it('records nothing in single-desk mode', async () => {
    await clientWithIndicatie(b)
    expect(outbox(b)).toBe(0)
    expect(b.db!.prepare('SELECT count(*) FROM sync_pending').pluck().get()).toBe(0)
  })

  it('turns each action into changes the server schema accepts, coalesced per row until sent', async () => {
    b = joinTeam(b)
    const { client, indicatie } = await clientWithIndicatie(b)
    await b.ok('leveringsvormen.create', leveringsvorm(client.id, 'pgb', '2026-02-01'))
    const d = await b.ok('dossier.get', { clientId: client.id })
    await b.ok('clients.update', { id: client.id, version: d.client.version, persoon: { ...d.client.persoon, woonplaats: 'Leiden' } })
    await b.ok('contactmomenten.create', {
      clientId: client.id,
      soort: 'telefonisch',
      datum: '2026-11-20',
      verslag: 'Gebeld',
      deelnemers: '',
      vervolgactie: '',
      vervolgDeadline: null,
    })
    const changes = rows(b)
    const entities = changes.map((c) => c.entity)
    // One change per row: the client's create and its later address change became one.
    expect(entities.filter((e) => e === 'client')).toHaveLength(1)
    expect(entities).toEqual(expect.arrayContaining(['client', 'indicatie', 'leveringsvorm', 'contactmoment']))
    const clientChange = changes.find((c) => c.entity === 'client')!
    expect(clientChange.fields).toMatchObject({ woonplaats: 'Leiden', achternaam: 'Testpersoon' })
    expect(clientChange.base).toBeNull()
    expect(changes.find((c) => c.entity === 'indicatie')!.fields).toMatchObject({
      clientGid: clientChange.gid,
      besluitnummer: indicatie.besluitnummer,
    })
    // No derived rows: generated tasks and the caseload summary stay local.
    expect(entities).not.toContain('taak')
    for (const c of changes) {
      const def = entityDef(c.entity)!
      const parsed = def.fields.safeParse(c.fields)
      expect(parsed.success, `${c.entity}: ${JSON.stringify(parsed.error?.issues.slice(0, 2))}`).toBe(true)
      if (def.scope === 'dossier') expect(c.clientGid).toBe(clientChange.gid)
    }
  })

  it('sends only the changed fields with their earlier values once a row is known to the server', async () => {
    b = joinTeam(b)
    const { client } = await clientWithIndicatie(b)
    // Pretend everything so far reached the server at version 1.
    b.services!.uow.system(() => {
      for (const r of rows(b)) b.db!.prepare('INSERT INTO sync_version (entity, gid, version) VALUES (?, ?, 1)').run(r.entity, r.gid)
      b.db!.exec('DELETE FROM outbox')
    })
    const d = await b.ok('dossier.get', { clientId: client.id })
    await b.ok('clients.update', { id: client.id, version: d.client.version, persoon: { ...d.client.persoon, telefoon: '0612345678' } })
    const [change] = rows(b).filter((c) => c.entity === 'client')
    expect(change).toMatchObject({ op: 'upsert', baseVersion: 1, base: { telefoon: '' }, fields: { telefoon: '0612345678' } })
    expect(ENTITIES.client.fields.partial().safeParse(change!.fields).success).toBe(true)
  })

  it('keeps a concept letter that was made and deleted before sending out of the outbox', async () => {
    b = joinTeam(b)
    const { client } = await clientWithIndicatie(b)
    const brief = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'uitnodiging_keuzegesprek',
      gegevens: {},
      vrijeTekst: { toelichting: '', afsluiting: '' },
    })
    expect(rows(b).some((c) => c.entity === 'brief')).toBe(true)
    await b.ok('brieven.delete', { id: brief.id, version: brief.version })
    expect(rows(b).some((c) => c.entity === 'brief')).toBe(false)
  })

  it('refuses team-wide settings to an adviser who is not a beheerder', async () => {
    b = joinTeam(b)
    const r = await b.call('bedragen.create', {
      soort: 'max_tarief_dagdeel',
      sleutel: '',
      geldigVanaf: '2027-01-01',
      bedragCent: 7500,
      geverifieerd: false,
      bron: '',
    })
    expect(r.ok === false && r.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('functioneel beheerder') })
    const colleague = await b.call('adviseurs.create', {
      naam: 'Nieuwe Collega',
      functie: 'Klantadviseur',
      afdeling: 'pgb',
      regioCode: 'ZK02',
    })
    expect(colleague.ok === false && colleague.error.code).toBe('FORBIDDEN')
  })
})
