import type { FastifyInstance } from 'fastify'
import { PullQuerySchema, PushRequestSchema, ResolveRequestSchema } from '../../shared/contracts/sync'
import { IdParamSchema } from '../../shared/contracts/sync'
import { ServerError } from '../errors'
import { authenticate } from '../auth/sessions'
import { resolveConflict } from '../sync/conflicts'
import { currentSeq } from '../sync/events'
import { pull } from '../sync/pull'
import { push } from '../sync/push'
import { type RouteDeps, bearer, parse, principal } from './http'

export function syncRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { sql, clock } = deps
  app.post('/sync/push', async (req) => push(sql, clock, await principal(deps, req), parse(PushRequestSchema, req.body)))
  app.get('/sync/pull', async (req) => {
    const p = await principal(deps, req)
    const q = parse(PullQuerySchema, req.query)
    return pull(sql, p, q.after, q.limit)
  })
  app.post('/sync/conflicts/:id/resolve', async (req) => {
    const p = await principal(deps, req)
    return resolveConflict(sql, clock, p, parse(IdParamSchema, req.params).id, parse(ResolveRequestSchema, req.body).keuze)
  })

  /**
   * Server-sent events: `data: {"seq":N}` whenever rows committed (on this or any other instance), a
   * comment line as heartbeat every 25 s so proxies keep the connection, and the session re-checked at
   * each heartbeat: a revoked device or disabled account gets `event: end` with the reason and is closed.
   */
  app.get('/sync/events', async (req, reply) => {
    const token = bearer(req)
    await principal(deps, req)
    const seq = await currentSeq(sql)
    reply.hijack()
    const res = reply.raw
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    })
    res.write(`retry: 5000\ndata: ${JSON.stringify({ seq })}\n\n`)
    const unsubscribe = deps.hub.subscribe((n) => res.write(`data: ${JSON.stringify({ seq: n })}\n\n`))
    const untrack = deps.hub.track(res)
    const heartbeat = setInterval(() => {
      res.write(': hartslag\n\n')
      authenticate(sql, clock, token).catch((err: unknown) => {
        const code = err instanceof ServerError ? err.code : 'UNAVAILABLE'
        if (code === 'UNAVAILABLE') return
        res.end(`event: end\ndata: ${JSON.stringify({ code })}\n\n`)
      })
    }, deps.heartbeatMs)
    heartbeat.unref()
    res.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      untrack()
    })
  })
}
