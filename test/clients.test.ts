import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'

let b: TestBackend
beforeEach(async () => {
  b = testBackend({ today: '2026-11-22' })
  await withProfile(b)
})
afterEach(() => b.dispose())

const valid = { voornamen: 'Johanna Maria', voorvoegsel: 'van den', achternaam: 'Berg', geboortedatum: '1941-05-17', bsn: '999996708' }

describe('clients (foundation slice)', () => {
  it('creates a client, masks the BSN and finds it after a restart', async () => {
    const created = await b.ok('clients.create', valid)
    expect(created).toMatchObject({ naam: 'J.M. van den Berg', sortNaam: 'Berg, J.M. van den', bsnMasked: '*****6708' })
    const again = b.restart()
    try {
      const list = await again.ok('caseload.query', {})
      expect(list.total).toBe(1)
      expect(list.rows[0]!.id).toBe(created.id)
      expect(JSON.stringify(list)).not.toContain('999996708')
      expect(list.rows[0]!.naam).toBe('Berg, J.M. van den')
    } finally {
      again.dispose()
    }
  })

  it('rejects an invalid BSN with a Dutch message and writes nothing', async () => {
    const r = await b.call('clients.create', { ...valid, bsn: '999998620' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION_ERROR')
      expect(r.error.issues?.[0]).toMatchObject({ path: 'bsn', message: expect.stringMatching(/elfproef/) })
    }
    expect((await b.ok('caseload.query', {})).total).toBe(0)
  })

  it('accepts a birth date of today and refuses tomorrow', async () => {
    expect((await b.call('clients.create', { ...valid, geboortedatum: '2026-11-22' })).ok).toBe(true)
    const r = await b.call('clients.create', { ...valid, bsn: '999911120', geboortedatum: '2026-11-23' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.issues?.[0]).toMatchObject({ path: 'geboortedatum', message: 'De geboortedatum ligt in de toekomst.' })
  })

  it('refuses empty names and impossible dates', async () => {
    const r = await b.call('clients.create', { ...valid, voornamen: '   ', geboortedatum: '1950-02-30' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      const paths = r.error.issues?.map((i) => i.path)
      expect(paths).toEqual(expect.arrayContaining(['voornamen', 'geboortedatum']))
      expect(r.error.issues?.find((i) => i.path === 'voornamen')?.message).toBe('Vul dit veld in.')
    }
    expect((await b.ok('caseload.query', {})).total).toBe(0)
  })

  it('asks before creating a second client with the same name and birth date', async () => {
    await b.ok('clients.create', valid)
    const twin = { ...valid, bsn: '999911120' }
    const r = await b.call('clients.create', twin)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('DUPLICATE')
      expect(r.error.issues?.[0]).toMatchObject({ path: 'bevestigDubbel', message: expect.stringContaining('*****6708') })
    }
    expect((await b.call('clients.create', { ...twin, bevestigDubbel: true })).ok).toBe(true)
    expect((await b.ok('caseload.query', {})).total).toBe(2)
  })

  it('refuses a second client with the same BSN', async () => {
    await b.ok('clients.create', valid)
    const r = await b.call('clients.create', { ...valid, voornamen: 'Anders' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('DUPLICATE')
    expect((await b.ok('caseload.query', {})).total).toBe(1)
  })

  it('searches accent-insensitively, by ij/y and by full BSN', async () => {
    await b.ok('clients.create', { ...valid, voorvoegsel: '', achternaam: 'Müller' })
    await b.ok('clients.create', { ...valid, voorvoegsel: 'van', achternaam: 'Dijk', bsn: '999911120' })
    expect((await b.ok('caseload.query', { zoek: 'muller' })).rows.map((r) => r.naam)).toEqual(['Müller, J.M.'])
    expect((await b.ok('caseload.query', { zoek: 'van dyk' })).rows.map((r) => r.naam)).toEqual(['Dijk, J.M. van'])
    expect((await b.ok('caseload.query', { zoek: '9999 11 120' })).rows.map((r) => r.naam)).toEqual(['Dijk, J.M. van'])
    expect((await b.ok('caseload.query', { zoek: 'zzz' })).total).toBe(0)
  })

  it('writes exactly one audit record per create and per settled search', async () => {
    const count = () => b.db!.prepare('SELECT event, action, count(*) AS n FROM audit_log GROUP BY event, action').all()
    const before = count()
    const created = await b.ok('clients.create', valid)
    for (const typed of ['b', 'be', 'ber', 'berg']) await b.ok('caseload.query', { zoek: typed })
    b.services!.settledAudit.flush()
    const after = count() as Array<{ event: string; action: string; n: number }>
    const n = (event: string) => after.find((r) => r.event === event)?.n ?? 0
    const m = (event: string) => (before as typeof after).find((r) => r.event === event)?.n ?? 0
    expect(n('client.create') - m('client.create')).toBe(1)
    expect(n('client.search') - m('client.search')).toBe(1)
    const row = b.db!.prepare(`SELECT client_id, user_id, user_role FROM audit_log WHERE event = 'client.create'`).get()
    expect(row).toEqual({ client_id: created.id, user_id: 1, user_role: 'klantadvies' })
  })
})
