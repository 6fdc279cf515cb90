import type { FastifyReply, FastifyRequest } from 'fastify'
import { ZodError, type z } from 'zod'
import type { Clock } from '../clock'
import type { Sql } from '../db/sql'
import { isUnavailable } from '../db/sql'
import { ServerError, forbidden, unauthenticated } from '../errors'
import { authenticate } from '../auth/sessions'
import type { Principal } from '../auth/principal'
import type { EventHub } from '../sync/events'

/** What every route module gets: the database, the clock and the live-channel hub. */
export interface RouteDeps {
  sql: Sql
  clock: Clock
  hub: EventHub
  heartbeatMs: number
}

/** zod parse that throws the ZodError for the error handler to turn into a Dutch 400. */
export const parse = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => schema.parse(value ?? {})

export function bearer(req: FastifyRequest): string {
  const h = req.headers.authorization
  if (!h?.startsWith('Bearer ')) throw unauthenticated('Meld u aan: dit verzoek heeft geen toegangstoken.')
  return h.slice(7)
}

/** Authenticates the request; while a one-time password is in use only /auth/password and /auth/logout are open. */
export async function principal(
  deps: RouteDeps,
  req: FastifyRequest,
  opts: { beheerder?: boolean; duringPasswordChange?: boolean } = {},
): Promise<Principal> {
  const p = await authenticate(deps.sql, deps.clock, bearer(req))
  if (p.mustChangePassword && !opts.duringPasswordChange) {
    throw new ServerError(403, 'PASSWORD_CHANGE_REQUIRED', 'Kies eerst een nieuw wachtwoord; het eenmalige wachtwoord is alleen daarvoor.')
  }
  if (opts.beheerder && p.role !== 'beheerder') throw forbidden('Dit kan alleen een functioneel beheerder.')
  return p
}

const MESSAGES = {
  tooLarge: 'Het verzoek is te groot (hoogstens 8 MB). Verstuur minder wijzigingen per keer.',
  json: 'Het verzoek is geen geldige JSON.',
  unavailable: 'De database is even niet bereikbaar. Probeer het over enkele seconden opnieuw.',
  internal: 'Er ging iets mis op de server. Er is niets opgeslagen; probeer het opnieuw.',
}

/**
 * Every error leaves as `{ error: { code, message } }` with a Dutch message and never a stack trace:
 * our own ServerErrors as they are, schema errors as 400 with the field issues, Fastify's body errors
 * (too large, bad JSON) with their status, database outages as 503, anything else as a plain 500.
 */
export function errorReply(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const send = (status: number, code: string, message: string, issues?: Array<{ path: string; message: string }>) =>
    reply
      .status(status)
      .type('application/json')
      .send({ error: issues ? { code, message, issues } : { code, message } })
  if (err instanceof ServerError) return send(err.status, err.code, err.message, err.issues)
  if (err instanceof ZodError) {
    const issues = err.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }))
    return send(400, 'VALIDATION_ERROR', `De gegevens kloppen niet: ${issues[0]?.path || 'verzoek'}: ${issues[0]?.message ?? ''}`, issues)
  }
  const e = err as { code?: string; statusCode?: number; name?: string }
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.statusCode === 413) return send(413, 'PAYLOAD_TOO_LARGE', MESSAGES.tooLarge)
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(415, 'UNSUPPORTED_MEDIA_TYPE', 'Verstuur de gegevens als JSON.')
  if (e.statusCode === 400 && (e.code?.startsWith('FST_ERR_CTP') || e.name === 'SyntaxError'))
    return send(400, 'INVALID_JSON', MESSAGES.json)
  if (isUnavailable(err)) {
    reply.header('retry-after', '5')
    return send(503, 'DB_UNAVAILABLE', MESSAGES.unavailable)
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)
    return send(e.statusCode, 'BAD_REQUEST', 'Dit verzoek kan de server niet verwerken.')
  req.log.error({ err }, 'interne fout')
  return send(500, 'INTERNAL', MESSAGES.internal)
}
