// Workstation side of the teamserver: the first pull of a team with WLZ_BENCH_TEAM_DOSSIERS dossiers
// (default 10,000, ~10 rows each) into a new workstation, and an incremental sync, timed from the
// adviser's "synchroniseren" to the last row applied and the task rules run. The server runs in its
// own process (`scripts/server.mjs`, TLS, a throwaway PostgreSQL 15 cluster), so this process's memory
// is the workstation's. `npx tsx bench/teamFigures.ts` alone; bench/run.ts adds it (WLZ_BENCH_TEAM=0 skips).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { uuidv7 } from '../src/shared/contracts/sync/ids'
import { validRow } from '../test/server/helpers/examples'
import { pgMissingReason, startPgCluster } from '../test/server/helpers/pgCluster'
import { request, startServer } from '../test/server/helpers/serverProcess'
import { testBackend } from '../test/helpers/backend'
import { type Figure, round, summarise } from './stats'

const DOSSIERS = Number(process.env.WLZ_BENCH_TEAM_DOSSIERS ?? 10_000)
const ROWS_PER_DOSSIER = 10

async function seed(db: pg.Client, team: string, adviseur: string): Promise<number> {
  let rows = 0
  for (let start = 0; start < DOSSIERS; start += 500) {
    const values: unknown[] = []
    const tuples: string[] = []
    const dossiers: string[] = []
    for (let i = start; i < Math.min(DOSSIERS, start + 500); i++) {
      const clientGid = uuidv7()
      dossiers.push(clientGid)
      const refs = { clientGid, adviseurGid: adviseur, deviceId: adviseur, userGid: adviseur }
      const client = validRow('client', refs).fields
      client.bsn = String(100000000 + i) // local schema: 9 characters, unique (the server checked the elfproef)
      client.achternaam = `Bench${i}`
      const entities: Array<[string, string, Record<string, unknown>]> = [
        ['client', clientGid, client],
        ['indicatie', uuidv7(), { ...validRow('indicatie', refs).fields, besluitnummer: String(3_000_000_000 + i) }],
        ['leveringsvorm', uuidv7(), validRow('leveringsvorm', refs).fields],
        ...Array.from(
          { length: ROWS_PER_DOSSIER - 3 },
          () => ['contactmoment', uuidv7(), validRow('contactmoment', refs).fields] as [string, string, Record<string, unknown>],
        ),
      ]
      for (const [entity, gid, fields] of entities) {
        const n = values.length
        tuples.push(`($${n + 1}, $${n + 2}::uuid, 'dossier', $${n + 3}::uuid, 1, nextval('sync_seq'), $${n + 4}::jsonb, now())`)
        values.push(entity, gid, clientGid, JSON.stringify(fields))
        rows++
      }
    }
    await db.query(`INSERT INTO dossier (client_gid, team_id) SELECT unnest($1::uuid[]), $2`, [dossiers, team])
    await db.query(
      `INSERT INTO sync_row (entity, gid, scope, client_gid, version, seq, fields, changed_at) VALUES ${tuples.join(', ')}`,
      values,
    )
  }
  return rows
}

export async function teamFigures(): Promise<Figure[]> {
  const missing = pgMissingReason()
  if (missing) return [{ name: `team: not measured (${missing})`, size: '-', unit: 's', median: NaN, p95: NaN, runs: 0 }]
  const cluster = await startPgCluster()
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'wlz-bench-server-'))
  const databaseUrl = await cluster.createDatabase('bench')
  const server = await startServer({ WLZ_SERVER_DATA: data, DATABASE_URL: databaseUrl })
  const desk = testBackend()
  const out: Figure[] = []
  try {
    const port = server.port
    const login = await request(port, 'POST', '/auth/login', {
      body: { gebruikersnaam: 'beheerder', wachtwoord: server.password, device: { naam: 'Bench', publicKey: 'A'.repeat(43) + '=' } },
    })
    const wachtwoord = 'bench-wachtwoord-beheerder'
    await request(port, 'POST', '/auth/password', {
      token: login.body.accessToken,
      body: { huidigWachtwoord: server.password, nieuwWachtwoord: wachtwoord },
    })
    const me = (
      await request(port, 'POST', '/auth/login', {
        body: { gebruikersnaam: 'beheerder', wachtwoord, device: { naam: 'Bench 2', publicKey: 'B'.repeat(43) + '=' } },
      })
    ).body
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    const rows = await seed(db, me.account.teams[0].id, me.account.id).finally(() => db.end())
    const rss0 = process.memoryUsage().rss
    let peak = rss0
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100)
    const t0 = performance.now()
    await desk.ok('teamserver.aanmelden', {
      url: `https://127.0.0.1:${port}`,
      fingerprint: server.fingerprint,
      gebruikersnaam: 'beheerder',
      wachtwoord,
      apparaatNaam: 'Bench-werkplek',
      scope: 'bureau',
    })
    await desk.services!.syncEngine.syncNow()
    const first = (performance.now() - t0) / 1000
    clearInterval(sampler)
    const clients = desk.db!.prepare('SELECT count(*) FROM client').pluck().get() as number
    out.push({
      name: `team: first pull into a workstation (${rows} rows, ${clients} dossiers)`,
      size: String(DOSSIERS),
      unit: 's',
      median: round(first),
      p95: round(first),
      runs: 1,
      target: '≤ 30 s',
    })
    out.push({
      name: 'team: workstation RSS growth during first pull',
      size: String(DOSSIERS),
      unit: 'MB',
      median: round((peak - rss0) / 2 ** 20),
      p95: round((peak - rss0) / 2 ** 20),
      runs: 1,
      target: 'stated',
    })

    // Incremental: a colleague's 10 new contactmomenten, then the adviser's sync (push nothing, pull 10, apply, task rules).
    const clientGid = desk.db!.prepare('SELECT gid FROM client LIMIT 1').pluck().get() as string
    const samples: number[] = []
    for (let i = 0; i < 20; i++) {
      const refs = { clientGid, adviseurGid: me.account.id, deviceId: me.deviceId, userGid: me.account.id }
      const changes = Array.from({ length: 10 }, () => validRow('contactmoment', refs)).map((r) => ({
        changeId: uuidv7(),
        entity: 'contactmoment',
        gid: r.gid,
        op: 'upsert',
        baseVersion: null,
        base: null,
        fields: r.fields,
        clientGid,
        at: new Date().toISOString(),
      }))
      await request(port, 'POST', '/sync/push', { token: me.accessToken, body: { batchId: uuidv7(), changes } })
      const t = performance.now()
      await desk.services!.syncEngine.syncNow()
      samples.push(performance.now() - t)
    }
    const s = summarise(samples)
    out.push({
      name: 'team: incremental sync on a workstation (10 rows)',
      size: '10',
      unit: 'ms',
      median: round(s.median),
      p95: round(s.p95),
      runs: samples.length,
      target: 'p95 ≤ 50 ms (pull)',
    })
  } finally {
    desk.dispose()
    await server.kill()
    cluster.stop()
    fs.rmSync(data, { recursive: true, force: true })
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await teamFigures())
    console.log(`${f.name.padEnd(70)} ${f.size.padEnd(7)} ${f.median} ${f.unit} (p95 ${f.p95})  ${f.target ?? ''}`)
}
