import type { FastifyInstance } from 'fastify'
import { LoginRequestSchema, PasswordChangeSchema, RefreshRequestSchema } from '../../shared/contracts/sync'
import { changePassword, loadAccount } from '../accounts/accounts'
import { login, logout, refresh } from '../auth/sessions'
import { ownDevices } from '../devices/devices'
import { type RouteDeps, parse, principal } from './http'

export function authRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { sql, clock } = deps
  app.post('/auth/login', async (req) => login(sql, clock, parse(LoginRequestSchema, req.body), req.ip))
  app.post('/auth/refresh', async (req) => refresh(sql, clock, parse(RefreshRequestSchema, req.body)))
  app.post('/auth/logout', async (req) => {
    await logout(sql, clock, await principal(deps, req, { duringPasswordChange: true }))
    return { ok: true }
  })
  app.post('/auth/password', async (req) => {
    const p = await principal(deps, req, { duringPasswordChange: true })
    const body = parse(PasswordChangeSchema, req.body)
    return changePassword(sql, clock, p, body.huidigWachtwoord, body.nieuwWachtwoord)
  })
  /** The signed-in adviser's own devices (to choose the laptop a dossier goes on huisbezoek with). */
  app.get('/auth/apparaten', async (req) => ownDevices(sql, (await principal(deps, req)).accountId))
  app.get('/auth/me', async (req) => loadAccount(sql, (await principal(deps, req, { duringPasswordChange: true })).accountId))
}
