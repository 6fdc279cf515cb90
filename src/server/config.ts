import path from 'node:path'

/** Everything the server reads from its environment, in one place. */
export interface ServerConfig {
  /** postgres://… for a real PostgreSQL ≥ 15; absent: PGlite in `dataDir`. */
  databaseUrl: string | undefined
  /** Data folder: the PGlite database and the generated TLS certificate. */
  dataDir: string
  host: string
  port: number
  certFile: string | undefined
  keyFile: string | undefined
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.WLZ_SERVER_PORT ?? env.PORT ?? 8443)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`WLZ_SERVER_PORT is geen geldig poortnummer: ${env.WLZ_SERVER_PORT}`)
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.WLZ_SERVER_DATA || './wlz-server-data'),
    host: env.WLZ_SERVER_HOST || '0.0.0.0',
    port,
    certFile: env.WLZ_SERVER_CERT || undefined,
    keyFile: env.WLZ_SERVER_KEY || undefined,
  }
}
