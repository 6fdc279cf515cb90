import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ENTITY_NAMES, type EntityName, entityDef, uuidv7 } from '../../src/shared/contracts/sync'
import { MALFORMED, validRow } from './helpers/examples'
import { ENGINES, Harness, type Session, stopCluster } from './helpers/harness'

// Bounded by counts, not time: generous limits so a busy 2-core machine passes too.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 240_000 })

afterAll(() => stopCluster())

describe.each(ENGINES)('push and pull on $engine', ({ engine, skip }) => {
  let h: Harness
  let a: Session
  let b: Session
  const refs = (s: Session, clientGid: string) => ({ clientGid, adviseurGid: s.account.id, deviceId: s.deviceId, userGid: s.account.id })
  const newClient = async (s: Session) => {
    const clientGid = uuidv7()
    const r = await h.push(s, [h.change('client', clientGid, validRow('client', refs(s, clientGid)).fields)])
    expect(r.body.results[0]!.status).toBe('applied')
    return clientGid
  }
  beforeAll(async () => {
    if (skip) return
    h = await Harness.start(engine)
    a = await h.user()
    b = await h.user()
  }, 180_000)
  afterAll(async () => h?.close())

  it.skipIf(skip)('every entity: a valid row round-trips, a malformed one is rejected alone with a Dutch reason', async () => {
    const clientGid = await newClient(h.admin)
    const pushable = ENTITY_NAMES.filter((e) => e !== 'client' && e !== 'adviseur')
    const valid = pushable.map((e) => ({ e, ...validRow(e, refs(h.admin, clientGid)) }))
    const bad = pushable.map((e) => {
      const v = validRow(e, refs(h.admin, clientGid))
      return h.change(e, v.gid, { ...v.fields, ...MALFORMED[e] })
    })
    const r = await h.push(h.admin, [...valid.map((v) => h.change(v.e, v.gid, v.fields)), ...bad])
    expect(r.status).toBe(200)
    const results = r.body.results
    expect(results.slice(0, valid.length).map((x) => `${x.status}`)).toEqual(valid.map(() => 'applied'))
    for (const x of results.slice(valid.length)) {
      expect(x.status).toBe('rejected')
      expect(x.message).toMatch(/Ongeldige (wijziging|auditregel)/)
    }
    const badClient = validRow('client', refs(h.admin, uuidv7()))
    const rc = await h.push(h.admin, [h.change('client', uuidv7(), { ...badClient.fields, ...MALFORMED.client })])
    expect(rc.body.results[0]!.message).toMatch(/elfproef/)
    const pulled = await h.pullAll(h.admin)
    for (const v of valid) {
      if (v.e === 'audit') continue // audit rows are not pulled; they are listed in beheer
      const row = pulled.rows.find((x) => x.gid === v.gid && x.entity === v.e)
      expect(row, v.e).toBeDefined()
      expect(row!.fields).toEqual(v.fields)
    }
    const reveal = validRow('audit', refs(h.admin, clientGid))
    await h.push(h.admin, [h.change('audit', reveal.gid, { ...reveal.fields, event: 'bsn.reveal', action: 'R' })])
    const audit = await h.call('GET', `/beheer/audit?clientGid=${clientGid}`, { token: await h.adminToken() })
    expect(audit.body.rows.map((x: { event: string }) => x.event)).toEqual(expect.arrayContaining(['client.read', 'bsn.reveal']))
    const adviseur = pulled.rows.find((x) => x.entity === 'adviseur' && x.gid === a.account.id)
    expect(adviseur?.fields).toMatchObject({ naam: a.account.naam, role: 'klantadviseur' })
    const pushAdviseur = await h.push(h.admin, [h.change('adviseur', a.account.id, validRow('adviseur', refs(h.admin, clientGid)).fields)])
    expect(pushAdviseur.body.results[0]!.status).toBe('rejected')
  })

  it.skipIf(skip)('a replayed batch is applied once; a reordered pair applies after the missing one arrives', async () => {
    const clientGid = await newClient(a)
    const cm = validRow('contactmoment', refs(a, clientGid))
    const batch = [h.change('contactmoment', cm.gid, cm.fields)]
    const first = await h.push(a, batch, uuidv7())
    const replay = await h.push(a, batch, uuidv7())
    expect(first.body.results[0]!.status).toBe('applied')
    expect(replay.body.results[0]).toMatchObject({ status: 'duplicate', firstStatus: 'applied', seq: first.body.results[0]!.seq })
    const edit1 = h.change('contactmoment', cm.gid, { verslag: 'Eerste' }, { baseVersion: 1, base: { verslag: 'Gebeld.' }, clientGid })
    const edit2 = h.change(
      'contactmoment',
      cm.gid,
      { vervolgactie: 'Terugbellen' },
      { baseVersion: 2, base: { vervolgactie: '' }, clientGid },
    )
    const early = await h.push(a, [edit2])
    expect(early.body.results[0]).toMatchObject({ status: 'rejected', retryable: true })
    expect((await h.push(a, [edit1])).body.results[0]!.status).toBe('applied')
    expect((await h.push(a, [edit2])).body.results[0]).toMatchObject({ status: 'applied', version: 3 })
    const rows = (await h.pullAll(b)).rows.filter((r) => r.gid === cm.gid)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.fields).toMatchObject({ verslag: 'Eerste', vervolgactie: 'Terugbellen' })
  })

  it.skipIf(skip)('authorization per change: another team’s dossier, a shared entity by a non-beheerder, reassignment', async () => {
    const other = await h.newTeam()
    const c = await h.user('klantadviseur', [other])
    const theirClient = await newClient(c)
    const cm = validRow('contactmoment', refs(a, theirClient))
    const r = await h.push(a, [
      h.change('contactmoment', cm.gid, cm.fields),
      h.change('gelijkgestelde_dag', uuidv7(), validRow('gelijkgestelde_dag', refs(a, theirClient)).fields),
    ])
    expect(r.body.results.map((x) => x.status)).toEqual(['rejected', 'rejected'])
    expect(r.body.results[0]!.message).toMatch(/ander team/)
    expect(r.body.results[1]!.message).toMatch(/beheerder/)
    expect((await h.pullAll(a)).rows.some((x) => x.clientGid === theirClient)).toBe(false)
    const mine = await newClient(a)
    const move = await h.push(a, [
      h.change('client', mine, { adviseurGid: b.account.id }, { baseVersion: 1, base: { adviseurGid: a.account.id } }),
    ])
    expect(move.body.results[0]!.message).toMatch(/teamleider/)
  })

  it.skipIf(skip)('disjoint edits merge; the same field edited twice becomes a conflict that its author resolves', async () => {
    const clientGid = await newClient(a)
    const base = validRow('client', refs(a, clientGid)).fields
    const ra = await h.push(a, [h.change('client', clientGid, { telefoon: '0201234567' }, { baseVersion: 1, base: { telefoon: '' } })])
    expect(ra.body.results[0]!.status).toBe('applied')
    const rb = await h.push(b, [h.change('client', clientGid, { email: 'jan@example.nl' }, { baseVersion: 1, base: { email: '' } })])
    expect(rb.body.results[0]).toMatchObject({ status: 'merged', version: 3 })
    const rc = await h.push(b, [
      h.change(
        'client',
        clientGid,
        { telefoon: '0307654321', woonplaats: 'Elders' },
        { baseVersion: 1, base: { telefoon: '', woonplaats: base.woonplaats } },
      ),
    ])
    expect(rc.body.results[0]!.status).toBe('conflict')
    const pulled = await h.pullAll(b)
    const conflict = pulled.conflicts.find((x) => x.id === rc.body.results[0]!.conflictId)!
    expect(conflict.fields).toEqual([{ field: 'telefoon', base: '', theirs: '0201234567', mine: '0307654321' }])
    const row = pulled.rows.find((x) => x.gid === clientGid)!
    expect(row.fields).toMatchObject({ telefoon: '0201234567', email: 'jan@example.nl', woonplaats: 'Elders' })
    expect(
      (await h.call('POST', `/sync/conflicts/${conflict.id}/resolve`, { token: a.accessToken, body: { keuze: { telefoon: 'mine' } } }))
        .status,
    ).toBe(404)
    const res = await h.call('POST', `/sync/conflicts/${conflict.id}/resolve`, {
      token: b.accessToken,
      body: { keuze: { telefoon: 'mine' } },
    })
    expect(res.status).toBe(200)
    const after = await h.pullAll(a)
    expect(after.rows.find((x) => x.gid === clientGid)!.fields!.telefoon).toBe('0307654321')
    expect((await h.pullAll(b)).conflicts.some((x) => x.id === conflict.id)).toBe(false)
    const audit = await h.call('GET', `/beheer/audit?clientGid=${clientGid}`, { token: await h.adminToken() })
    expect(audit.body.rows.find((x: { event: string }) => x.event === 'sync.conflict.resolve').details.keuze).toBe('telefoon:mine')
  })

  it.skipIf(skip)('append-only and frozen rows refuse changes; the same content again is a duplicate', async () => {
    const clientGid = await newClient(a)
    const t = validRow('toewijzing', refs(a, clientGid))
    await h.push(a, [h.change('toewijzing', t.gid, t.fields)])
    const same = await h.push(a, [h.change('toewijzing', t.gid, t.fields)])
    expect(same.body.results[0]!.status).toBe('duplicate')
    const changed = await h.push(a, [
      h.change('toewijzing', t.gid, { ...t.fields, reden: 'Anders' }),
      h.change('toewijzing', t.gid, null, { op: 'delete', baseVersion: 1, clientGid }),
    ])
    expect(changed.body.results.map((x) => x.status)).toEqual(['rejected', 'rejected'])
    const pv = validRow('plan_versie', refs(a, clientGid))
    await h.push(a, [h.change('plan_versie', pv.gid, { ...pv.fields, status: 'vastgesteld' })])
    const late = await h.push(a, [
      h.change('plan_versie', pv.gid, { inhoud: '{"a":1}' }, { baseVersion: 1, base: { inhoud: '{}' }, clientGid }),
    ])
    expect(late.body.results[0]!.message).toMatch(/vastgesteld/)
    expect(entityDef('toewijzing')!.appendOnly).toBe(true)
  })

  it.skipIf(skip)('a reassigned dossier reaches the new team whole and is hidden from the old team', async () => {
    const leader = await h.user('teamleider')
    const target = await h.newTeam()
    const newcomer = await h.user('klantadviseur', [target])
    const clientGid = await newClient(a)
    const rows = (['indicatie', 'contactmoment', 'taak'] as EntityName[]).map((e) => ({ e, ...validRow(e, refs(a, clientGid)) }))
    await h.push(
      a,
      rows.map((r) => h.change(r.e, r.gid, r.fields)),
    )
    const cursorA = (await h.pullAll(a)).cursor
    const move = await h.push(leader, [
      h.change(
        'client',
        clientGid,
        { teamId: target, adviseurGid: newcomer.account.id },
        { baseVersion: 1, base: { teamId: h.team, adviseurGid: a.account.id } },
      ),
    ])
    expect(move.body.results[0]!.status).toBe('applied')
    const got = (await h.pullAll(newcomer)).rows.filter((r) => r.clientGid === clientGid)
    expect(got.map((r) => r.entity).sort()).toEqual(['client', 'contactmoment', 'indicatie', 'taak'])
    expect(got[0]!.entity).toBe('client')
    const hidden = (await h.pullAll(a, cursorA)).rows.filter((r) => r.gid === clientGid)
    expect(hidden).toEqual([expect.objectContaining({ hidden: true, entity: 'client', fields: null })])
  })

  it.skipIf(skip)('a huisbezoek laptop holds only its marked dossiers, and drops one when the mark ends', async () => {
    const laptop = await h.user('pgb_adviseur', [h.team], 'huisbezoek')
    const c1 = await newClient(a)
    const c2 = await newClient(a)
    const mark = validRow('huisbezoek', refs(laptop, c1))
    expect((await h.push(laptop, [h.change('huisbezoek', mark.gid, mark.fields)])).body.results[0]!.status).toBe('applied')
    const seen = await h.pullAll(laptop)
    expect(seen.rows.some((r) => r.gid === c1)).toBe(true)
    expect(seen.rows.some((r) => r.gid === c2)).toBe(false)
    expect(seen.rows.some((r) => r.entity === 'adviseur')).toBe(true)
    await h.push(laptop, [h.change('huisbezoek', mark.gid, null, { op: 'delete', baseVersion: 1, clientGid: c1 })])
    const after = await h.pullAll(laptop, seen.cursor)
    expect(after.rows.filter((r) => r.hidden).map((r) => r.gid)).toEqual([c1])
  })

  it.skipIf(skip)('pull pages in seq order with a cursor and sees every row exactly once', async () => {
    const clientGid = await newClient(a)
    await h.push(
      a,
      Array.from({ length: 30 }, () => validRow('contactmoment', refs(a, clientGid))).map((r) =>
        h.change('contactmoment', r.gid, r.fields),
      ),
    )
    const all = await h.pullAll(b, 0, 7)
    const seqs = all.rows.map((r) => r.seq)
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
    expect(new Set(all.rows.map((r) => `${r.entity}/${r.gid}`)).size).toBe(all.rows.length)
    expect(all.pages).toBeGreaterThan(5)
  })
})
