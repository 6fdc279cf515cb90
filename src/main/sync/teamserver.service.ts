import { AppError } from '../lib/errors'
import type { UnitOfWork } from '../write/unitOfWork'
import type { Account } from '../../shared/contracts/sync/auth'
import type { RouteArgs, RouteOutput } from '../../shared/contracts/catalog'
import type { SyncConflict, SyncStatus } from '../../shared/contracts/teamserver.routes'
import { callJson, readFingerprint } from './http'
import { asAppError, checkEndpoint, signIn, stateAfterSignIn } from './signIn'
import { uploadDatabase } from './upload'
import { uuidv7 } from '../../shared/contracts/sync/ids'
import { AccountSchema } from '../../shared/contracts/sync/auth'
import type { Change } from '../../shared/contracts/sync/protocol'
import { UploadResponseSchema } from '../../shared/contracts/sync/beheer'
import type { OutboxRepo } from './outbox.repo'
import type { Session } from './session'
import type { TeamStateRepo } from './state.repo'
import type { SyncRepo } from './sync.repo'
import type { SyncEngine } from './engine'
import { ENTITY_LABEL, fieldLabel } from './labels'

const refusedMessage = (n: number) =>
  n
    ? `${n} ${n === 1 ? 'wijziging' : 'wijzigingen'} van de server ${n === 1 ? 'past' : 'passen'} niet op deze werkplek (bijvoorbeeld een besluitnummer dat hier al bestaat). Meld het bij functioneel beheer.`
    : null

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
  /** Sync in the background after signing in (off in tests, which say when to sync). */
  autoSync: boolean
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
      melding: s.lastError ?? refusedMessage(deps.sync.refusedCount()),
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
    checkEndpoint(input, current)
    if (!current && deps.hasLocalDossiers())
      throw new AppError(
        'CONFLICT',
        'Op deze werkplek staan al cliënten uit de enkele-werkplekmodus. Laat een functioneel beheerder die eenmalig naar een lege teamserver uploaden, of verbind een lege werkplek.',
      )
    const { tokens, keys } = await signIn(input, current)
    deps.uow.system(() => {
      state.set(stateAfterSignIn(input, tokens, keys, current))
      deps.adoptAccount(tokens.account)
    })
    if (!tokens.account.mustChangePassword && deps.autoSync) deps.engine().start()
    return status()
  }

  /** The one-time upload of this single-desk database by a beheerder (continues after a break). */
  async function uploaden(input: RouteArgs<'teamserver.uploaden'>): Promise<RouteOutput<'teamserver.uploaden'>> {
    const current = state.get()
    if (current && !current.uploadId) throw new AppError('CONFLICT', 'Deze werkplek hoort al bij een team; er valt niets meer te uploaden.')
    checkEndpoint(input, current)
    if (!current && !deps.hasLocalDossiers()) throw new AppError('NOT_FOUND', 'Op deze werkplek staan geen cliënten. Meld u gewoon aan.')
    const { tokens, keys } = await signIn(input, current)
    const refuse = async (message: string) => {
      await callJson({ url: input.url, fingerprint: input.fingerprint }, 'POST', '/auth/logout', {}, tokens.accessToken).catch(
        () => undefined,
      )
      throw new AppError('FORBIDDEN', message)
    }
    if (tokens.account.role !== 'beheerder') await refuse('Alleen een functioneel beheerder kan een werkplek uploaden.')
    if (tokens.account.mustChangePassword)
      await refuse('Kies eerst een eigen wachtwoord: meld u één keer aan op een lege werkplek of in Beheer → Teamserver.')
    // From here on the workstation belongs to the team (the upload id lets a broken-off upload continue).
    deps.uow.system(() => state.set({ ...stateAfterSignIn(input, tokens, keys, current), uploadId: current?.uploadId ?? uuidv7() }))
    try {
      const accounts = AccountSchema.array().parse(await deps.session.call('GET', '/beheer/accounts'))
      const uploadId = state.get()!.uploadId!
      const send = async (changes: Change[], laatste: boolean) =>
        UploadResponseSchema.parse(await deps.session.call('POST', '/beheer/upload', { uploadId, laatste, changes })).results
      const report = await uploadDatabase({ uow: deps.uow, outbox: deps.outbox, uploadId, accounts, send, now: new Date().toISOString() })
      deps.uow.system(() => {
        state.update({ uploadId: null })
        deps.adoptAccount(tokens.account)
      })
      if (deps.autoSync) deps.engine().start()
      return { status: status(), ...report }
    } catch (e) {
      throw asAppError(e)
    }
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
    uploaden,
    async wachtwoord(input: RouteArgs<'teamserver.wachtwoord'>): Promise<SyncStatus> {
      try {
        await deps.session.call('POST', '/auth/password', { huidigWachtwoord: input.huidig, nieuwWachtwoord: input.nieuw })
        const account = await deps.session.call<Account>('GET', '/auth/me')
        deps.uow.system(() => state.update({ account }))
      } catch (e) {
        throw asAppError(e)
      }
      if (deps.autoSync) deps.engine().start()
      return status()
    },
    async afmelden(): Promise<SyncStatus> {
      const s = state.get()
      if (!s) return status()
      // Numbers still in this device's blocks go back to the server, so the series has no unexplained gap.
      deps.uow.system(() => deps.sync.returnUnused())
      await deps.engine().finalRun()
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
