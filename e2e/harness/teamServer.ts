import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../../src/server/app'
import { bootstrap } from '../../src/server/accounts/bootstrap'
import { migrate } from '../../src/server/db/migrate'
import { pgliteSql } from '../../src/server/db/pglite'
import { ensureCertificate } from '../../src/server/tls'
import { storyClock } from '../../src/main/lib/clock'
import { tcpProxy } from '../../test/team/proxy'

export interface TeamServer {
  /** The server itself, for the workstation whose network stays up. */
  url: string
  /** Through a TCP relay the spec can cut and restore (the same server, another port). */
  relayUrl: string
  relay: Awaited<ReturnType<typeof tcpProxy>>
  /** What `npm run server` prints at its start, for the beheerder to compare. */
  fingerprint: string
  /** The first beheerder's one-time password, as printed once at the first start. */
  beheerderWachtwoord: string
  close(): Promise<void>
}

/**
 * A real Werkplek-server in the test process, as `npm run server` starts it: PGlite, the numbered
 * migrations, the first beheerder with a one-time password, and HTTPS with a self-signed certificate
 * (so the workstations pin its fingerprint) on a loopback port. Its clock is the story clock the
 * workstations use, so tokens and "sinds" times agree.
 */
export async function startTeamServer(today: string): Promise<TeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wlz-e2e-server-'))
  const sql = await pgliteSql(undefined)
  await migrate(sql)
  const story = storyClock(today)
  const clock = () => story.now()
  const password = await bootstrap(sql, clock)
  const tls = await ensureCertificate(dataDir)
  const app = await buildApp({ sql, clock, https: { key: tls.key, cert: tls.cert }, heartbeatMs: 5_000 })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  const relay = await tcpProxy(() => port)
  return {
    url: `https://127.0.0.1:${port}`,
    relayUrl: `https://127.0.0.1:${relay.port}`,
    relay,
    fingerprint: tls.fingerprint,
    beheerderWachtwoord: password!,
    async close() {
      await relay.close()
      await app.close()
      await sql.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
