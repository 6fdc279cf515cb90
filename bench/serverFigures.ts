// Werkplek-server figures, on PGlite and PostgreSQL side by side, loopback only, bounded loops.
// `npx tsx bench/serverFigures.ts` prints them alone; bench/run.ts can add `serverFigures()` to its list
// (skip with WLZ_BENCH_SERVER=0). PostgreSQL is a throwaway cluster (test/server/helpers/pgCluster.ts).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { uuidv7 } from '../src/shared/contracts/sync'
import { validRow } from '../test/server/helpers/examples'
import { type EngineName, Harness, type Session, stopCluster } from '../test/server/helpers/harness'
import { pgMissingReason } from '../test/server/helpers/pgCluster'
import { type Figure, round, summarise, time } from './stats'

const DOSSIERS = Number(process.env.WLZ_BENCH_SERVER_DOSSIERS ?? 10_000)
const SSE = Number(process.env.WLZ_BENCH_SERVER_SSE ?? 500)
const DECEMBER_S = Number(process.env.WLZ_BENCH_SERVER_DECEMBER_S ?? 60)

const contactmomenten = (h: Harness, s: Session, clientGid: string, n: number) =>
  Array.from({ length: n }, () =>
    validRow('contactmoment', { clientGid, adviseurGid: s.account.id, deviceId: s.deviceId, userGid: s.account.id }),
  ).map((r) => h.change('contactmoment', r.gid, r.fields))

async function newClient(h: Harness, s: Session): Promise<string> {
  const clientGid = uuidv7()
  await h.push(s, [
    h.change(
      'client',
      clientGid,
      validRow('client', { clientGid, adviseurGid: s.account.id, deviceId: s.deviceId, userGid: s.account.id }).fields,
    ),
  ])
  return clientGid
}

async function engineFigures(engine: EngineName): Promise<Figure[]> {
  const h = await Harness.start(engine)
  const out: Figure[] = []
  const fig = (
    name: string,
    size: string,
    r: { median: number; p95: number; runs: number },
    target?: string,
    unit: Figure['unit'] = 'ms',
  ) => out.push({ name: `server ${engine}: ${name}`, size, unit, median: round(r.median), p95: round(r.p95), runs: r.runs, target })
  try {
    const a = await h.user()
    const b = await h.user()
    const clientGid = await newClient(h, a)
    fig('push 100 changes', '100', await time(30, () => h.push(a, contactmomenten(h, a, clientGid, 100))), 'p95 ≤ 100 ms')
    let cursor = (await h.pullAll(b)).cursor
    const pulls: number[] = []
    for (let i = 0; i < 30; i++) {
      await h.push(a, contactmomenten(h, a, clientGid, 10))
      const t = performance.now()
      const r = await h.call('GET', `/sync/pull?after=${cursor}&limit=1000`, { token: b.accessToken })
      pulls.push(performance.now() - t)
      cursor = r.body.cursor
    }
    fig('incremental pull (10 new rows)', '10', { ...summarise(pulls), runs: pulls.length }, 'p95 ≤ 50 ms')

    // First pull of a team with DOSSIERS dossiers of ~10 rows: seeded in SQL (the push path is measured above).
    const team = await h.newTeam()
    const fresh = await h.user('klantadviseur', [team])
    await h.sql.query(`INSERT INTO dossier SELECT gen_random_uuid(), $1 FROM generate_series(1, $2)`, [team, DOSSIERS])
    await h.sql.query(
      `INSERT INTO sync_row (entity, gid, scope, client_gid, version, seq, fields, changed_at)
       SELECT CASE WHEN k = 0 THEN 'client' ELSE 'contactmoment' END, CASE WHEN k = 0 THEN d.client_gid ELSE gen_random_uuid() END,
              'dossier', d.client_gid, 1, nextval('sync_seq'), jsonb_build_object('verslag', repeat('x', 300), 'datum', '2026-11-30'), now()
       FROM dossier d CROSS JOIN generate_series(0, 9) k WHERE d.team_id = $1`,
      [team],
    )
    const t0 = performance.now()
    const all = await h.pullAll(fresh, 0, 1000)
    const total = (performance.now() - t0) / 1000
    out.push({
      name: `server ${engine}: first pull of a team (rows ${all.rows.length}, pages ${all.pages})`,
      size: String(DOSSIERS),
      unit: 's',
      median: round(total),
      p95: round(total),
      runs: 1,
      target: '≤ 30 s',
    })

    // December run at the real rate: 50 workstations each push 10 changes every 6 s = 5,000 changes a
    // minute, for DECEMBER_S seconds of wall time (not compressed), with latency per push.
    const stations = await Promise.all(Array.from({ length: 50 }, () => h.user()))
    const clients = await Promise.all(stations.map((s) => newClient(h, s)))
    const lat: number[] = []
    const t1 = performance.now()
    const rounds = Math.max(1, Math.round(DECEMBER_S / 6))
    await Promise.all(
      stations.map(async (s, i) => {
        await new Promise((r) => setTimeout(r, (i * 6000) / stations.length)) // spread over the interval
        for (let k = 0; k < rounds; k++) {
          const start = performance.now()
          await h.push(s, contactmomenten(h, s, clients[i]!, 10))
          const took = performance.now() - start
          lat.push(took)
          await new Promise((r) => setTimeout(r, Math.max(0, 6000 - took)))
        }
      }),
    )
    const wall = (performance.now() - t1) / 1000
    fig(
      `December run: ${lat.length * 10} changes from 50 workstations at 5,000/min, ${round(wall)} s wall`,
      String(lat.length * 10),
      { ...summarise(lat), runs: lat.length },
      'p95 push latency',
    )

    // Live connections: SSE over a loopback listener; RSS growth per connection.
    await h.app.listen({ host: '127.0.0.1', port: 0 })
    const port = (h.app.server.address() as AddressInfo).port
    global.gc?.()
    const before = process.memoryUsage().rss
    const reqs: http.ClientRequest[] = []
    await Promise.all(
      Array.from(
        { length: SSE },
        () =>
          new Promise<void>((resolve, reject) => {
            const req = http.get(
              { host: '127.0.0.1', port, path: '/sync/events', agent: false, headers: { authorization: `Bearer ${a.accessToken}` } },
              (res) => res.once('data', () => resolve()),
            )
            req.on('error', reject)
            reqs.push(req)
          }),
      ),
    )
    const growthMb = (process.memoryUsage().rss - before) / 1024 / 1024
    out.push({
      name: `server ${engine}: ${SSE} live SSE connections held; RSS growth in total (${round((growthMb * 1024) / SSE)} KB per connection; client sockets in the same process)`,
      size: String(SSE),
      unit: 'MB',
      median: round(growthMb),
      p95: round(growthMb),
      runs: 1,
    })
    for (const r of reqs) r.destroy()
  } finally {
    await h.close()
  }
  return out
}

export async function serverFigures(): Promise<Figure[]> {
  if (process.env.WLZ_BENCH_SERVER === '0') return []
  const engines: EngineName[] = pgMissingReason() ? ['pglite'] : ['pglite', 'postgres']
  const out: Figure[] = []
  for (const e of engines) out.push(...(await engineFigures(e)))
  await stopCluster()
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await serverFigures()
  console.log('Werkplek-server (loopback, in-process inject for push/pull, HTTP for SSE):')
  for (const f of figures)
    console.log(`${f.name.padEnd(110)} ${String(f.median).padStart(9)} ${f.unit} p50  ${String(f.p95).padStart(9)} p95  ${f.target ?? ''}`)
  console.log('Left out: TLS handshake cost, network latency, a workstation applying the pulled rows, and its memory.')
  process.exit(0)
}
