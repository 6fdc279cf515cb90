import { AppError } from '../lib/errors'
import type { UnitOfWork } from '../write/unitOfWork'
import { TokensSchema, type Account } from '../../shared/contracts/sync/auth'
import type { RouteArgs } from '../../shared/contracts/catalog'
import type { SyncConflict, SyncStatus } from '../../shared/contracts/teamserver.routes'
import { callJson, readFingerprint, ServerCallError } from './http'
import type { OutboxRepo } from './outbox.repo'
import { newDeviceKeys, type Session } from './session'
import type { TeamStateRepo } from './state.repo'
import type { SyncRepo } from './sync.repo'
import type { SyncEngine } from './engine'
import { ENTITY_LABEL, fieldLabel } from './labels'

/** A call to the server that failed, as the adviser's error (the server's Dutch reason where it gave one). */
export function asAppError(e: unknown): AppError {
  if (e instanceof AppError) return e
  if (e instanceof ServerCallError) {
    const code =
      e.status === 401 || e.status === 403 ? 'FORBIDDEN' : e.status === 409 ? 'CONFLICT' : e.offline ? 'NOT_READY' : 'VALIDATION_ERROR'
    return new AppError(code, e.message)
  }
  throw e
}

/**
 * Beheer → Teamserver on the workstation: connecting (certificate pinned at first contact), signing
 * in as this device, the sync status for the shell, conflicts to resolve and refused changes.
 */
export function createTeamserverService(deps: {
  uow: UnitOfWork
  state: TeamStateRepo
  session: Session
  engine: () => SyncEngine
  outbox: OutboxRepo
  sync: SyncRepo
  hasLocalDossiers: () => boolean
  /** The signed-in account becomes this workstation's adviser (its own row, gid = account id). */
  adoptAccount: (account: Account) => void
  clientNaam: (clientId: number) => string | null
}) {
  const { state } = deps

  function status(): SyncStatus {
    const s = state.get()
    if (!s) {
      return {
        modus: 'enkel',
        verbonden: false,
        aangemeld: false,
        offlineSinds: null,
        laatsteSync: null,
        wachtend: 0,
        geweigerd: 0,
        conflicten: 0,
        bezig: false,
        melding: null,
        server: null,
        apparaat: null,
        account: null,
      }
    }
    const counts = deps.outbox.counts()
    return {
      modus: 'team',
      verbonden: Boolean(s.accessToken) && s.offlineSince === null && s.lastSyncAt !== null,
      aangemeld: Boolean(s.accessToken),
      offlineSinds: s.offlineSince,
      laatsteSync: s.lastSyncAt,
      wachtend: counts.wachtend,
      geweigerd: counts.geweigerd,
      conflicten: deps.sync.conflicts().length,
      bezig: deps.engine().isRunning(),
      melding: s.lastError,
      server: { url: s.url, fingerprint: s.fingerprint },
      apparaat: { id: s.deviceId, naam: s.deviceNaam, scope: s.scope },
      account: s.account
        ? {
            gebruikersnaam: s.account.gebruikersnaam,
            naam: s.account.naam,
            role: s.account.role,
            mustChangePassword: s.account.mustChangePassword,
          }
        : null,
    }
  }

  async function aanmelden(input: RouteArgs<'teamserver.aanmelden'>): Promise<SyncStatus> {
    const current = state.get()
    if (current && current.url !== input.url)
      throw new AppError(
        'CONFLICT',
        `Deze werkplek is verbonden met ${current.url}. Een andere teamserver kan niet zonder een lege werkplek.`,
      )
    if (current && current.fingerprint !== input.fingerprint)
      throw new AppError('CONFLICT', 'De vingerafdruk verschilt van het certificaat dat bij de eerste verbinding is vastgelegd.')
    if (input.url.startsWith('https:') && !input.fingerprint)
      throw new AppError('VALIDATION_ERROR', 'Controleer en bevestig eerst de vingerafdruk van het certificaat van de teamserver.')
    if (!current && deps.hasLocalDossiers())
      throw new AppError(
        'CONFLICT',
        'Op deze werkplek staan al cliënten uit de enkele-werkplekmodus. Laat een functioneel beheerder die eenmalig naar een lege teamserver uploaden, of verbind een lege werkplek.',
      )
    const keys = current ? { privateKey: current.privateKey, publicKey: current.publicKey } : newDeviceKeys()
    let tokens
    try {
      const body = {
        gebruikersnaam: input.gebruikersnaam,
        wachtwoord: input.wachtwoord,
        device: {
          ...(current?.deviceId ? { id: current.deviceId } : {}),
          naam: input.apparaatNaam,
          publicKey: keys.publicKey,
          scope: input.scope,
        },
      }
      tokens = TokensSchema.parse(await callJson({ url: input.url, fingerprint: input.fingerprint }, 'POST', '/auth/login', body))
    } catch (e) {
      throw asAppError(e)
    }
    deps.uow.system(() => {
      state.set({
        url: input.url,
        fingerprint: input.fingerprint,
        deviceNaam: input.apparaatNaam,
        scope: input.scope,
        deviceId: tokens.deviceId,
        ...keys,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        accessExpiresAt: tokens.accessExpiresAt,
        account: tokens.account,
        cursor: current?.cursor ?? 0,
        lastSyncAt: current?.lastSyncAt ?? null,
        offlineSince: null,
        lastError: null,
      })
      deps.adoptAccount(tokens.account)
    })
    if (!tokens.account.mustChangePassword) deps.engine().start()
    return status()
  }

  return {
    status,
    async vingerafdruk(url: string): Promise<{ fingerprint: string }> {
      try {
        return { fingerprint: await readFingerprint(url) }
      } catch (e) {
        throw asAppError(e)
      }
    },
    aanmelden,
    async wachtwoord(input: RouteArgs<'teamserver.wachtwoord'>): Promise<SyncStatus> {
      try {
        await deps.session.call('POST', '/auth/password', { huidigWachtwoord: input.huidig, nieuwWachtwoord: input.nieuw })
        const account = await deps.session.call<Account>('GET', '/auth/me')
        deps.uow.system(() => state.update({ account }))
      } catch (e) {
        throw asAppError(e)
      }
      deps.engine().start()
      return status()
    },
    async afmelden(): Promise<SyncStatus> {
      const s = state.get()
      if (!s) return status()
      // Numbers still in this device's blocks go back to the server, so the series has no unexplained gap.
      deps.uow.system(() => deps.sync.returnUnused())
      await deps.engine().syncNow()
      await deps.session.call('POST', '/auth/logout', {}).catch(() => undefined)
      deps.engine().stop()
      deps.uow.system(() => state.update({ accessToken: null, refreshToken: null, accessExpiresAt: null }))
      return status()
    },
    async synchroniseren(): Promise<SyncStatus> {
      if (!state.get()?.accessToken) throw new AppError('NOT_READY', 'Meld u eerst aan bij de teamserver.')
      await deps.engine().syncNow()
      return status()
    },
    conflicten(): SyncConflict[] {
      return deps.sync.conflicts().map((c) => ({
        id: c.id,
        entity: c.entity,
        soortLabel: ENTITY_LABEL[c.entity] ?? c.entity,
        clientId: c.clientId,
        clientNaam: c.clientId === null ? null : deps.clientNaam(c.clientId),
        aangemaaktOp: c.createdAt,
        velden: c.fields.map((f) => ({ veld: f.field, label: fieldLabel(f.field), basis: f.base, server: f.theirs, hier: f.mine })),
      }))
    },
    async conflictOplossen(input: RouteArgs<'teamserver.conflictOplossen'>): Promise<SyncStatus> {
      const c = deps.sync.conflicts().find((x) => x.id === input.id)
      if (!c) throw new AppError('NOT_FOUND', 'Dit conflict bestaat niet (meer); misschien is het al opgelost.')
      const keuze = Object.fromEntries(
        Object.entries(input.keuze).map(([veld, k]) => [
          veld,
          k === 'server' ? 'theirs' : k === 'hier' ? 'mine' : k === 'basis' ? 'base' : { value: k.waarde },
        ]),
      )
      try {
        await deps.session.call('POST', `/sync/conflicts/${encodeURIComponent(input.id)}/resolve`, { keuze })
      } catch (e) {
        throw asAppError(e)
      }
      deps.uow.record({
        event: 'teamserver.conflict.opgelost',
        clientId: c.clientId,
        details: { conflictId: c.id, velden: Object.keys(keuze).length },
      })
      deps.uow.system((now) => deps.sync.markResolved(c.id, now))
      await deps.engine().syncNow()
      return status()
    },
    geweigerd: () =>
      deps.outbox
        .rejected()
        .map((r) => ({ changeId: r.changeId, soortLabel: ENTITY_LABEL[r.entity] ?? r.entity, melding: r.message, op: r.op })),
  }
}
export type TeamserverService = ReturnType<typeof createTeamserverService>
