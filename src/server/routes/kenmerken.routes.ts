import type { FastifyInstance } from 'fastify'
import { BlokRequestSchema, GebruikRequestSchema } from '../../shared/contracts/sync'
import { issueBlock, reportUse } from '../kenmerken/kenmerken'
import { type RouteDeps, parse, principal } from './http'

export function kenmerkenRoutes(app: FastifyInstance, deps: RouteDeps) {
  app.post('/kenmerken/blok', async (req) => {
    const p = await principal(deps, req)
    const body = parse(BlokRequestSchema, req.body)
    return issueBlock(deps.sql, deps.clock, p, body.jaar, body.aantal)
  })
  app.post('/kenmerken/gebruik', async (req) =>
    reportUse(deps.sql, deps.clock, await principal(deps, req), parse(GebruikRequestSchema, req.body)),
  )
}
