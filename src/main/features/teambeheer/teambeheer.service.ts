import { z } from 'zod'
import { AppError } from '../../lib/errors'
import type { Session } from '../../sync/session'
import type { TeamStateRepo } from '../../sync/state.repo'
import { ServerCallError } from '../../sync/http'
import { asAppError } from '../../sync/signIn'
import { AccountSchema, type Account } from '../../../shared/contracts/sync/auth'
import { DeviceSchema, TeamSchema } from '../../../shared/contracts/sync/beheer'
import { GatenResponseSchema } from '../../../shared/contracts/sync/kenmerken'
import type { RouteArgs, RouteOutput } from '../../../shared/contracts/catalog'
import type { TeambeheerRepo } from './teambeheer.repo'

// The server's own records (a first account, a revoke) may lack a user, role or device, so this is
// looser than the audit schema workstations push with.
const ServerAuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  event: z.string(),
  action: z.enum(['C', 'R', 'U', 'D', 'E']),
  clientGid: z.string().nullable(),
  userGid: z.string().nullable(),
  role: z.string().nullable(),
  deviceId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
})
const AuditPage = z.object({ rows: z.array(ServerAuditRow), cursor: z.number().int(), more: z.boolean() })
const Password = z.object({ eenmaligWachtwoord: z.string() })
const Revoked = z.object({ id: z.string(), revokedAt: z.string(), dossiers: z.number().int() })

/**
 * Beheer of the team through the teamserver (accounts, teams, devices, the central audit, the kenmerk
 * series): thin calls as the signed-in beheerder. The server decides and audits; the workstation only
 * checks early that a beheerder is signed in, so others get a plain answer without a round trip.
 */
export function createTeambeheerService(deps: {
  state: TeamStateRepo
  session: Session
  repo: TeambeheerRepo
  clientNaam: (clientId: number) => string | null
}) {
  const { state, session, repo } = deps

  function beheerder(): void {
    const s = state.get()
    if (!s) throw new AppError('NOT_READY', 'Deze werkplek is niet met een teamserver verbonden.')
    if (!s.accessToken) throw new AppError('NOT_READY', 'Meld u eerst opnieuw aan bij de teamserver.')
    if (s.account?.role !== 'beheerder') throw new AppError('FORBIDDEN', 'Dit kan alleen een functioneel beheerder.')
  }

  /** One server call as the beheerder, its answer checked, its refusal in the server's Dutch words. */
  async function call<S extends z.ZodType>(schema: S, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
    beheerder()
    let answer: unknown
    try {
      answer = await session.call(method, path, body)
    } catch (e) {
      if (e instanceof ServerCallError && e.status === 404) throw new AppError('NOT_FOUND', e.message)
      if (e instanceof ServerCallError && e.code === 'DUPLICATE') throw new AppError('DUPLICATE', e.message)
      throw asAppError(e)
    }
    const parsed = schema.safeParse(answer)
    if (!parsed.success) throw new AppError('INTERNAL', 'De teamserver gaf een antwoord dat deze werkplek niet begrijpt.')
    return parsed.data as z.output<S>
  }

  const path = (id: string) => encodeURIComponent(id)

  return {
    accounts: (): Promise<Account[]> => call(z.array(AccountSchema), 'GET', '/beheer/accounts'),
    async accountMaken(input: RouteArgs<'teambeheer.accountMaken'>): Promise<RouteOutput<'teambeheer.accountMaken'>> {
      return call(Password.extend({ account: AccountSchema }), 'POST', '/beheer/accounts', input)
    },
    accountActief: (id: string, actief: boolean): Promise<Account> =>
      call(AccountSchema, 'PATCH', `/beheer/accounts/${path(id)}`, { actief }),
    wachtwoordReset: (id: string) => call(Password, 'POST', `/beheer/accounts/${path(id)}/wachtwoord-reset`, {}),
    teams: () => call(z.array(TeamSchema), 'GET', '/beheer/teams'),
    teamMaken: (naam: string) => call(TeamSchema, 'POST', '/beheer/teams', { naam }),
    async apparaten(): Promise<RouteOutput<'teambeheer.apparaten'>> {
      const mine = state.get()?.deviceId ?? null
      const list = await call(z.array(DeviceSchema), 'GET', '/beheer/devices')
      return list.map((d) => ({ ...d, ditApparaat: d.id === mine }))
    },
    async apparaatIntrekken(id: string): Promise<RouteOutput<'teambeheer.apparaatIntrekken'>> {
      if (id === state.get()?.deviceId)
        throw new AppError('CONFLICT', 'Dit is de werkplek waarop u nu werkt. Trek haar in vanaf een andere werkplek.')
      return call(Revoked, 'POST', `/beheer/devices/${path(id)}/revoke`, {})
    },
    async audit(input: RouteArgs<'teambeheer.audit'>): Promise<RouteOutput<'teambeheer.audit'>> {
      let clientGid: string | null = null
      if (input.clientId !== null) {
        clientGid = repo.clientGid(input.clientId)
        if (!clientGid) throw new AppError('NOT_FOUND', 'Deze cliënt is (nog) niet met de teamserver gedeeld.')
      }
      const query = new URLSearchParams({ after: String(input.after), limit: String(input.limit) })
      if (clientGid) query.set('clientGid', clientGid)
      const page = await call(AuditPage, 'GET', `/beheer/audit?${query}`)
      const devices = new Map((await call(z.array(DeviceSchema), 'GET', '/beheer/devices')).map((d) => [d.id, d.naam]))
      const clientNaam = (gid: string | null) => {
        const id = gid === null ? null : repo.clientId(gid)
        return id === null ? null : deps.clientNaam(id)
      }
      return {
        rows: page.rows.map((r) => ({
          id: r.id,
          at: r.at,
          event: r.event,
          action: r.action,
          clientNaam: r.clientGid ? (clientNaam(r.clientGid) ?? 'cliënt niet op deze werkplek') : null,
          door: r.userGid ? (repo.adviseurNaam(r.userGid) ?? 'onbekend account') : r.role === null ? 'teamserver' : null,
          role: r.role,
          apparaat: r.deviceId ? (devices.get(r.deviceId) ?? 'onbekend apparaat') : null,
          details: r.details ?? {},
        })),
        cursor: page.cursor,
        more: page.more,
      }
    },
    kenmerken: (jaar: number) => call(GatenResponseSchema, 'GET', `/beheer/kenmerken?jaar=${jaar}`),
  }
}
export type TeambeheerService = ReturnType<typeof createTeambeheerService>
