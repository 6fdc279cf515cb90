import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { migrate } from '../../src/server/db/migrate'
import { uuidv7 } from '../../src/shared/contracts/sync'
import { validRow } from './helpers/examples'
import { ENGINES, Harness, type Session, stopCluster } from './helpers/harness'

// Bounded by counts, not time: generous limits so a busy 2-core machine passes too.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 240_000 })

afterAll(() => stopCluster())

describe.each(ENGINES)('errors, kenmerken, audit and upload on $engine', ({ engine, skip }) => {
  let h: Harness
  let a: Session
  beforeAll(async () => {
    if (skip) return
    h = await Harness.start(engine)
    a = await h.user()
  }, 180_000)
  afterAll(async () => h?.close())

  const noStack = (body: unknown) => {
    const text = JSON.stringify(body)
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|node_modules|Error:/)
  }

  it.skipIf(skip)('migrations: applied once, a second run is a no-op, a newer schema is refused in Dutch', async () => {
    const rows = await h.sql.query<{ version: number; name: string }>('SELECT version, name FROM schema_migration ORDER BY version')
    expect(rows).toEqual([{ version: 1, name: 'core' }])
    expect(await migrate(h.sql)).toEqual([])
    await h.sql.query(`INSERT INTO schema_migration (version, name) VALUES (999, 'toekomst')`)
    await expect(migrate(h.sql)).rejects.toThrow(/nieuwere server/)
    await h.sql.query('DELETE FROM schema_migration WHERE version = 999')
  })

  it.skipIf(skip)('a 50 MB body gets 413, bad JSON 400, an unknown route 404: Dutch, without a stack', async () => {
    const big = `{"batchId":"${uuidv7()}","changes":[${'"x",'.repeat((50 * 1024 * 1024) / 4)}"x"]}`
    const r = await h.call('POST', '/sync/push', { token: a.accessToken, payload: big, headers: { 'content-type': 'application/json' } })
    expect(r.status).toBe(413)
    expect(r.body.error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/te groot/) })
    const bad = await h.call('POST', '/sync/push', {
      token: a.accessToken,
      payload: '{"batchId": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('INVALID_JSON')
    noStack(bad.body)
    const many = await h.push(
      a,
      Array.from({ length: 501 }, () => h.change('gelijkgestelde_dag', uuidv7(), {})),
    )
    expect(many.status).toBe(400)
    expect(many.body.error.message).toMatch(/Hoogstens 500/)
    const nf = await h.call('GET', '/bestaat/niet')
    expect(nf.body.error).toEqual({ code: 'NOT_FOUND', message: 'Deze route bestaat niet.' })
  })

  it.skipIf(skip)('an error thrown inside a handler is a Dutch 500 without a stack, and the batch is rolled back whole', async () => {
    const clientGid = uuidv7()
    const before = await h.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_row')
    // A trigger that fails on the second row of this batch stands in for any internal error mid-push.
    await h.sql.query(
      `CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.entity = 'indicatie' THEN RAISE EXCEPTION 'kapot'; END IF; RETURN NEW; END $$`,
    )
    await h.sql.query('CREATE TRIGGER boom BEFORE INSERT ON sync_row FOR EACH ROW EXECUTE FUNCTION boom()')
    const ind = validRow('indicatie', { clientGid, adviseurGid: a.account.id, deviceId: a.deviceId, userGid: a.account.id })
    const r = await h.push(a, [
      h.change(
        'client',
        clientGid,
        validRow('client', { clientGid, adviseurGid: a.account.id, deviceId: a.deviceId, userGid: a.account.id }).fields,
      ),
      h.change('indicatie', ind.gid, ind.fields),
    ])
    await h.sql.query('DROP TRIGGER boom ON sync_row')
    expect(r.status).toBe(500)
    expect(r.body.error).toEqual({ code: 'INTERNAL', message: expect.stringMatching(/niets opgeslagen/) })
    noStack(r.body)
    const after = await h.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_row')
    expect(after[0]!.n).toBe(before[0]!.n)
    expect((await h.sql.query('SELECT 1 FROM dossier WHERE client_gid = $1', [clientGid])).length).toBe(0)
  })

  it.skipIf(skip)('kenmerk blocks are disjoint across devices; use is reported once; the gap report explains the rest', async () => {
    const b = await h.user()
    const blocks = await Promise.all(
      [a, b, a].map((s) => h.call('POST', '/kenmerken/blok', { token: s.accessToken, body: { jaar: 2026, aantal: 10 } })),
    )
    const ranges = blocks.map((x) => [x.body.van, x.body.tot] as [number, number]).sort((x, y) => x[0] - y[0])
    expect(ranges).toEqual([
      [1, 10],
      [11, 20],
      [21, 30],
    ])
    const aBlock = blocks[0]!.body
    const bBlock = blocks[1]!.body
    const use = await h.call('POST', '/kenmerken/gebruik', {
      token: a.accessToken,
      body: { jaar: 2026, gebruikt: [{ nummer: aBlock.van, briefGid: uuidv7() }], ongebruikt: [aBlock.van + 1] },
    })
    expect(use.body).toEqual({ vastgelegd: 2, geweigerd: [] })
    const foreign = await h.call('POST', '/kenmerken/gebruik', {
      token: a.accessToken,
      body: { jaar: 2026, gebruikt: [{ nummer: bBlock.van, briefGid: uuidv7() }], ongebruikt: [] },
    })
    expect(foreign.body.geweigerd[0].message).toMatch(/niet aan dit apparaat/)
    const twice = await h.call('POST', '/kenmerken/gebruik', {
      token: a.accessToken,
      body: { jaar: 2026, gebruikt: [{ nummer: aBlock.van, briefGid: uuidv7() }], ongebruikt: [] },
    })
    expect(twice.body.geweigerd[0].message).toMatch(/maar één keer/)
    h.clock.advance(24 * 3600_000)
    const gaps = await h.call('GET', '/beheer/kenmerken?jaar=2026', { token: await h.adminToken() })
    expect(gaps.body.uitgegevenTot).toBe(30)
    expect(gaps.body.gebruikt).toBe(1)
    const covered = gaps.body.gaten.reduce((n: number, g: { van: number; tot: number }) => n + g.tot - g.van + 1, 0)
    expect(covered).toBe(29)
    expect(gaps.body.gaten.find((g: { van: number }) => g.van === aBlock.van + 1).uitleg).toMatch(/ongebruikt teruggemeld op/)
    expect(gaps.body.gaten.find((g: { van: number }) => g.van === bBlock.van).uitleg).toMatch(/nog niet gebruikt/)
    const [n] = await h.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM kenmerk_nummer WHERE jaar = 2026')
    expect(n!.n).toBe(2)
  })

  it.skipIf(skip)('an upload goes once, only to an empty server, and not by a non-beheerder', async () => {
    const u = await h.user()
    const clientGid = uuidv7()
    const change = h.change(
      'client',
      clientGid,
      validRow('client', { clientGid, adviseurGid: h.admin.account.id, deviceId: h.admin.deviceId, userGid: h.admin.account.id }).fields,
    )
    expect((await h.push(u, [change])).body.results[0]!.status).toBe('applied')
    const nonAdmin = await h.call('POST', '/beheer/upload', {
      token: u.accessToken,
      body: { uploadId: uuidv7(), laatste: true, changes: [change] },
    })
    expect(nonAdmin.status).toBe(403)
    const refused = await h.call('POST', '/beheer/upload', {
      token: await h.adminToken(),
      body: { uploadId: uuidv7(), laatste: true, changes: [change] },
    })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'UPLOAD_REFUSED', message: expect.stringMatching(/lege server/) })
  })

  it.skipIf(skip)(
    'an upload to an empty server: pages, then closed for good',
    async () => {
      const fresh = await Harness.start(engine)
      try {
        const uploadId = uuidv7()
        const clientGid = uuidv7()
        const r = { clientGid, adviseurGid: fresh.admin.account.id, deviceId: fresh.admin.deviceId, userGid: fresh.admin.account.id }
        const p1 = await fresh.call('POST', '/beheer/upload', {
          token: fresh.admin.accessToken,
          body: { uploadId, laatste: false, changes: [fresh.change('client', clientGid, validRow('client', r).fields)] },
        })
        expect(p1.status).toBe(200)
        const cm = validRow('contactmoment', r)
        const p2 = await fresh.call('POST', '/beheer/upload', {
          token: fresh.admin.accessToken,
          body: { uploadId, laatste: true, changes: [fresh.change('contactmoment', cm.gid, cm.fields)] },
        })
        expect(p2.body.results[0].status).toBe('applied')
        const again = await fresh.call('POST', '/beheer/upload', {
          token: fresh.admin.accessToken,
          body: { uploadId, laatste: true, changes: [] },
        })
        expect(again.body.error.code).toBe('UPLOAD_REFUSED')
        const [n] = await fresh.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_row WHERE upload_id = $1', [uploadId])
        expect(n!.n).toBe(2)
      } finally {
        await fresh.close()
      }
    },
    180_000,
  )
})
