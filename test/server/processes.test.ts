import { X509Certificate, generateKeyPairSync } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Change, uuidv7 } from '../../src/shared/contracts/sync'
import { validRow } from './helpers/examples'
import { type PgCluster, pgMissingReason, startPgCluster } from './helpers/pgCluster'
import { type ServerProcess, listen, request, startServer } from './helpers/serverProcess'

const keys = () => Buffer.from(generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64')

async function signIn(port: number, gebruikersnaam: string, wachtwoord: string, nieuw?: string) {
  const r = await request(port, 'POST', '/auth/login', {
    body: { gebruikersnaam, wachtwoord, device: { naam: 'Proces-test', publicKey: keys() } },
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  if (nieuw)
    expect(
      (
        await request(port, 'POST', '/auth/password', {
          token: r.body.accessToken,
          body: { huidigWachtwoord: wachtwoord, nieuwWachtwoord: nieuw },
        })
      ).status,
    ).toBe(200)
  return r.body as { accessToken: string; account: { id: string }; deviceId: string }
}

const clientChanges = (s: { account: { id: string }; deviceId: string }, n: number, verslag = 'Gebeld.'): Change[] => {
  const clientGid = uuidv7()
  const refs = { clientGid, adviseurGid: s.account.id, deviceId: s.deviceId, userGid: s.account.id }
  const mk = (entity: Change['entity'], gid: string, fields: Record<string, unknown>): Change => ({
    changeId: uuidv7(),
    entity,
    gid,
    op: 'upsert',
    baseVersion: null,
    base: null,
    fields,
    clientGid,
    at: new Date().toISOString(),
  })
  return [
    mk('client', clientGid, validRow('client', refs).fields),
    ...Array.from({ length: n - 1 }, () => validRow('contactmoment', refs)).map((r) =>
      mk('contactmoment', r.gid, { ...r.fields, verslag }),
    ),
  ]
}

describe('the server as separate processes', () => {
  it('npm run server on the embedded default prints a fingerprint that equals the certificate served over TLS', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'wlz-server-'))
    const s = await startServer({ WLZ_SERVER_DATA: data, DATABASE_URL: '' })
    try {
      const cert = new X509Certificate(fs.readFileSync(path.join(data, 'server-cert.pem')))
      expect(s.fingerprint).toBe(cert.fingerprint256)
      expect(s.password).toMatch(/^[a-z2-9-]{23}$/)
      const health = await request(s.port, 'GET', '/health')
      expect(health.body).toEqual({ ok: true, engine: 'pglite' })
      expect(health.fingerprint).toBe(s.fingerprint)
      await signIn(s.port, 'beheerder', s.password!, 'een-nieuw-wachtwoord')
    } finally {
      await s.kill()
      fs.rmSync(data, { recursive: true, force: true })
    }
  }, 240_000)
})

const skip = pgMissingReason()
describe.skipIf(skip)('two server processes on one PostgreSQL', () => {
  let cluster: PgCluster
  let url: string
  let data: string
  let a: ServerProcess
  let b: ServerProcess
  let token: string
  let me: { accessToken: string; account: { id: string }; deviceId: string }
  beforeAll(async () => {
    cluster = await startPgCluster()
    url = await cluster.createDatabase('twee')
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'wlz-server-'))
    a = await startServer({ WLZ_SERVER_DATA: data, DATABASE_URL: url })
    b = await startServer({ WLZ_SERVER_DATA: data, DATABASE_URL: url })
    expect([a.password, b.password].filter(Boolean)).toHaveLength(1) // only one instance created the beheerder
    me = await signIn(a.port, 'beheerder', (a.password ?? b.password)!, 'een-nieuw-wachtwoord')
    token = me.accessToken
  }, 240_000)
  afterAll(async () => {
    await a?.kill()
    await b?.kill()
    cluster?.stop()
    fs.rmSync(data, { recursive: true, force: true })
  }, 60_000)

  it('pushes through both, a live listener on B wakes on a push to A, pulls see every row once in seq order', async () => {
    const live = listen(b.port, token)
    const batches = Array.from({ length: 6 }, () => clientChanges(me, 20))
    const results = await Promise.all(
      batches.map((changes, i) => request(i % 2 ? b.port : a.port, 'POST', '/sync/push', { token, body: { batchId: uuidv7(), changes } })),
    )
    for (const r of results) expect(r.body.results.every((x: { status: string }) => x.status === 'applied')).toBe(true)
    const maxSeq = Math.max(...results.flatMap((r) => r.body.results.map((x: { seq: number }) => x.seq)))
    await live.until(maxSeq)
    live.close()
    const seen: Array<{ seq: number; gid: string }> = []
    for (let after = 0, more = true; more;) {
      const r = await request(seen.length % 2 ? a.port : b.port, 'GET', `/sync/pull?after=${after}&limit=37`, { token })
      seen.push(...r.body.rows)
      after = r.body.cursor
      more = r.body.more
    }
    const pushed = new Set(batches.flat().map((c) => c.gid))
    const got = seen.filter((r) => pushed.has(r.gid)).map((r) => r.gid)
    expect(got.length).toBe(pushed.size)
    expect(new Set(got).size).toBe(pushed.size)
    expect(seen.map((r) => r.seq)).toEqual(seen.map((r) => r.seq).sort((x, y) => x - y))
  }, 120_000)

  it('kill -9 during a large push: after a restart the same batch applies each change exactly once', async () => {
    const batch = { batchId: uuidv7(), changes: clientChanges(me, 500, 'x'.repeat(8000)) }
    const db = new pg.Client({ connectionString: url })
    await db.connect()
    try {
      const sent = request(a.port, 'POST', '/sync/push', { token, body: batch, onSent: () => a.child.kill('SIGKILL') }).catch(() => null)
      await sent
      const gids = batch.changes.map((c) => c.gid)
      const count = async () =>
        (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_row WHERE gid = ANY($1::uuid[])', [gids])).rows[0]!.n
      expect([0, 500]).toContain(await count()) // never half-applied
      a = await startServer({ WLZ_SERVER_DATA: data, DATABASE_URL: url })
      const again = await request(a.port, 'POST', '/sync/push', { token, body: batch })
      expect(again.status).toBe(200)
      expect(again.body.results.every((x: { status: string }) => x.status === 'applied' || x.status === 'duplicate')).toBe(true)
      expect(await count()).toBe(500)
      const versions = await db.query<{ v: number }>('SELECT DISTINCT version AS v FROM sync_row WHERE gid = ANY($1::uuid[])', [gids])
      expect(versions.rows).toEqual([{ v: 1 }])
      const third = await request(b.port, 'POST', '/sync/push', { token, body: batch })
      expect(third.body.results.every((x: { status: string }) => x.status === 'duplicate')).toBe(true)
    } finally {
      await db.end()
    }
  }, 180_000)

  it('PostgreSQL restarted under a running server: a Dutch 503 at most, then the retry succeeds, no crash', async () => {
    cluster.restart()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 40; attempt++) {
      const r = await request(b.port, 'GET', '/sync/pull?after=0&limit=1', { token })
      statuses.push(r.status)
      if (r.status === 200) break
      expect(r.status).toBe(503)
      expect(r.body.error.message).toMatch(/database is even niet bereikbaar/)
      await new Promise((done) => setTimeout(done, 250))
    }
    expect(statuses.at(-1)).toBe(200)
    expect(b.child.exitCode).toBeNull()
    const live = listen(b.port, token)
    const r = await request(a.port, 'POST', '/sync/push', { token, body: { batchId: uuidv7(), changes: clientChanges(me, 2) } })
    expect(r.status).toBe(200)
    await live.until(r.body.results[1].seq) // the LISTEN connection came back too
    live.close()
  }, 120_000)
})
