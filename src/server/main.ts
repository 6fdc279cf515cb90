import fs from 'node:fs'
import path from 'node:path'
import { buildApp } from './app'
import { bootstrap } from './accounts/bootstrap'
import { systemClock } from './clock'
import { readConfig } from './config'
import { migrate } from './db/migrate'
import { pgliteSql } from './db/pglite'
import { postgresSql } from './db/postgres'
import type { Sql } from './db/sql'
import { ensureCertificate } from './tls'

/* oxlint-disable no-console -- the CLI talks to the operator on stdout */

/**
 * `npm run server`: PGlite in WLZ_SERVER_DATA (default ./wlz-server-data) unless DATABASE_URL names a
 * PostgreSQL ≥ 15; migrations; on an empty database the first beheerder with a one-time password,
 * printed here once; a TLS certificate and its fingerprint; then HTTPS on WLZ_SERVER_PORT (8443).
 */
async function main() {
  const config = readConfig()
  fs.mkdirSync(config.dataDir, { recursive: true })
  let sql: Sql
  if (config.databaseUrl) {
    sql = postgresSql(config.databaseUrl, { log: (m) => console.warn(m) })
    console.log('Database: PostgreSQL (DATABASE_URL)')
  } else {
    sql = await pgliteSql(path.join(config.dataDir, 'pglite'))
    console.log(`Database: ingebouwd (PGlite) in ${config.dataDir}`)
  }
  const applied = await migrate(sql)
  if (applied.length) console.log(`Schema bijgewerkt: ${applied.join(', ')}`)
  const password = await bootstrap(sql, systemClock)
  if (password) {
    console.log('')
    console.log('Eerste start: account "beheerder" aangemaakt met dit eenmalige wachtwoord (wordt niet opnieuw getoond):')
    console.log(`  ${password}`)
    console.log('Wijzig het bij de eerste aanmelding.')
    console.log('')
  }
  const tls = await ensureCertificate(config.dataDir, config.certFile, config.keyFile)
  const app = await buildApp({
    sql,
    https: { key: tls.key, cert: tls.cert },
    logger: process.env.WLZ_SERVER_LOG !== '0',
    trustProxy: process.env.WLZ_TRUST_PROXY === '1',
  })
  await app.listen({ host: config.host, port: config.port })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  console.log(`Vingerafdruk van het certificaat (SHA-256): ${tls.fingerprint}`)
  console.log(`Werkplek-server luistert op https://${config.host}:${port}`)

  let closing = false
  const shutdown = async () => {
    if (closing) return
    closing = true
    await app.close().catch(() => undefined)
    await sql.close().catch(() => undefined)
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown())
  process.on('SIGTERM', () => void shutdown())
}

main().catch((err: unknown) => {
  console.error(`De Werkplek-server kon niet starten: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
