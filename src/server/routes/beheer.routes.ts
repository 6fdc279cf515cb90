import type { FastifyInstance } from 'fastify'
import {
  AccountCreateSchema,
  AccountUpdateSchema,
  AuditQuerySchema,
  GatenQuerySchema,
  IdParamSchema,
  TeamCreateSchema,
  UploadRequestSchema,
} from '../../shared/contracts/sync'
import { createAccount, listAccounts, resetPassword, updateAccount } from '../accounts/accounts'
import { createTeam, listTeams } from '../accounts/teams'
import { listAudit } from '../audit/audit'
import { listDevices, revokeDevice } from '../devices/devices'
import { gapReport } from '../kenmerken/kenmerken'
import { uploadPage } from '../sync/upload'
import { type RouteDeps, parse, principal } from './http'

/** Functioneel beheer: accounts, teams, devices, the central audit, kenmerk gaps and the one-time upload. */
export function beheerRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { sql, clock } = deps
  const beheerder = (req: Parameters<typeof principal>[1]) => principal(deps, req, { beheerder: true })
  const id = (params: unknown) => parse(IdParamSchema, params).id

  app.get('/beheer/accounts', async (req) => (await beheerder(req), listAccounts(sql)))
  app.post('/beheer/accounts', async (req) => createAccount(sql, clock, await beheerder(req), parse(AccountCreateSchema, req.body)))
  app.patch('/beheer/accounts/:id', async (req) =>
    updateAccount(sql, clock, await beheerder(req), id(req.params), parse(AccountUpdateSchema, req.body)),
  )
  app.post('/beheer/accounts/:id/wachtwoord-reset', async (req) => resetPassword(sql, clock, await beheerder(req), id(req.params)))

  app.get('/beheer/teams', async (req) => (await beheerder(req), listTeams(sql)))
  app.post('/beheer/teams', async (req) => {
    await beheerder(req)
    return createTeam(sql, clock, parse(TeamCreateSchema, req.body).naam)
  })

  app.get('/beheer/devices', async (req) => (await beheerder(req), listDevices(sql)))
  app.post('/beheer/devices/:id/revoke', async (req) => revokeDevice(sql, clock, await beheerder(req), id(req.params)))

  app.get('/beheer/audit', async (req) => {
    await beheerder(req)
    return listAudit(sql, parse(AuditQuerySchema, req.query))
  })
  app.get('/beheer/kenmerken', async (req) => {
    await beheerder(req)
    return gapReport(sql, parse(GatenQuerySchema, req.query).jaar)
  })
  app.post('/beheer/upload', async (req) => uploadPage(sql, clock, await beheerder(req), parse(UploadRequestSchema, req.body)))
}
