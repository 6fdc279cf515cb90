import Fastify, { type FastifyInstance } from 'fastify'
import { PUSH_MAX_BYTES } from '../shared/contracts/sync'
import { type Clock, systemClock } from './clock'
import type { Sql } from './db/sql'
import { EventHub } from './sync/events'
import { authRoutes } from './routes/auth.routes'
import { beheerRoutes } from './routes/beheer.routes'
import { errorReply } from './routes/http'
import { kenmerkenRoutes } from './routes/kenmerken.routes'
import { syncRoutes } from './routes/sync.routes'

export interface AppOptions {
  sql: Sql
  clock?: Clock
  /** Fastify's logger (pino) to stdout; off in tests. Request bodies are never logged. */
  logger?: boolean
  https?: { key: string; cert: string }
  /** Behind a load balancer: take the client address from X-Forwarded-For (sign-in throttling). */
  trustProxy?: boolean
  heartbeatMs?: number
}

/**
 * Builds the Werkplek-server: one Fastify instance over an injected database and clock. The caller
 * owns the database (opens, migrates, closes); the app owns its LISTEN connection (the hub).
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const hub = new EventHub(opts.sql)
  await hub.start()
  const base = {
    logger: opts.logger ? { level: 'info' } : false,
    // One limit for every body: a push of 500 changes, an upload page. A 50 MB batch is refused before it is read.
    bodyLimit: PUSH_MAX_BYTES,
    trustProxy: opts.trustProxy ?? false,
  }
  const app = (opts.https ? Fastify({ ...base, https: opts.https }) : Fastify(base)) as unknown as FastifyInstance
  app.setErrorHandler((err, req, reply) => errorReply(err, req, reply))
  app.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Deze route bestaat niet.' } }))
  const deps = { sql: opts.sql, clock: opts.clock ?? systemClock, hub, heartbeatMs: opts.heartbeatMs ?? 25_000 }
  app.get('/health', async () => {
    await opts.sql.query('SELECT 1')
    return { ok: true, engine: opts.sql.engine }
  })
  authRoutes(app, deps)
  syncRoutes(app, deps)
  kenmerkenRoutes(app, deps)
  beheerRoutes(app, deps)
  app.addHook('preClose', async () => hub.close())
  return app
}
