import type { Db } from '../db/types'
import type { SettingsRepo } from '../db/settings'
import type { Logger } from '../lib/log'
import type { UnitOfWork } from '../write/unitOfWork'
import { AppError } from '../lib/errors'
import type { AuditEvent } from '../../shared/domain/auditEvents'
import type { Account } from '../../shared/contracts/sync/auth'
import { createApplier } from './apply.repo'
import { createCapture } from './capture'
import { createSyncEngine } from './engine'
import { outboxRepo } from './outbox.repo'
import { createSession } from './session'
import { teamStateRepo } from './state.repo'
import { syncRepo } from './sync.repo'
import { createTeamserverService } from './teamserver.service'

/**
 * Team-wide settings (reference tables, tariffs, letterhead, the provider register, colleagues):
 * with a teamserver they come from the server and only a functioneel beheerder changes them.
 */
const SHARED_EVENTS: ReadonlySet<AuditEvent> = new Set<AuditEvent>([
  'referentie.import',
  'referentiebedrag.create',
  'referentiebedrag.update',
  'referentiebedrag.delete',
  'referentiebedrag.import',
  'gelijkgestelde_dag.create',
  'gelijkgestelde_dag.update',
  'gelijkgestelde_dag.delete',
  'gelijkgestelde_dag.import',
  'briefpapier.update',
  'aanbieders.import',
  'aanbieders.locatie.update',
])

/** The parts of team sync the unit of work needs before any service exists. */
export function createSyncCore(db: Db, settings: SettingsRepo) {
  const state = teamStateRepo(settings)
  const outbox = outboxRepo(db)
  const sync = syncRepo(db)
  const capture = createCapture({ repo: outbox, deviceId: () => state.get()?.deviceId ?? null })
  return {
    state,
    outbox,
    sync,
    /** Capture runs whenever the workstation belongs to a team, signed in or not: offline work is sent later. */
    capture: { active: () => state.get() !== null, seal: (at: string) => void capture.seal(at) },
    /** Refuses a change to team-wide settings by anyone but a beheerder (team mode only). */
    guard(event: AuditEvent): void {
      const s = state.get()
      if (event === 'adviseur.create' && s)
        throw new AppError('FORBIDDEN', 'Collega’s komen van de teamserver; functioneel beheer maakt accounts aan.')
      if (s && event === 'client.reassign' && s.account?.role !== 'teamleider' && s.account?.role !== 'beheerder')
        throw new AppError('FORBIDDEN', 'Dossiers overdragen aan een collega doet de teamleider.')
      if (s && SHARED_EVENTS.has(event) && s.account?.role !== 'beheerder')
        throw new AppError(
          'FORBIDDEN',
          'Dit stelt de functioneel beheerder in voor het hele zorgkantoor; op deze werkplek kunt u het alleen inzien.',
        )
    },
    /** The audit role: the account's role in a team, else the department of the local profile. */
    role: () => state.get()?.account?.role ?? null,
  }
}
export type SyncCore = ReturnType<typeof createSyncCore>

export function createTeamSync(
  db: Db,
  core: SyncCore,
  deps: {
    uow: UnitOfWork
    now: () => Date
    log: Logger
    regioOf: (postcode: string) => string | null
    resync: (clientIds: Iterable<number>) => void
    hasLocalDossiers: () => boolean
    adoptAccount: (account: Account) => void
    clientNaam: (clientId: number) => string | null
    onRevoked: (message: string) => void
    onChange: () => void
    autoSync: boolean
  },
) {
  const session = createSession(core.state, deps.now)
  const applier = createApplier(db, core.outbox, () => deps.now().toISOString(), deps.regioOf)
  const engine = createSyncEngine({
    uow: deps.uow,
    outbox: core.outbox,
    sync: core.sync,
    state: core.state,
    session,
    applier,
    resync: deps.resync,
    now: deps.now,
    log: deps.log,
    onRevoked: deps.onRevoked,
    onChange: deps.onChange,
  })
  const service = createTeamserverService({
    uow: deps.uow,
    state: core.state,
    session,
    engine: () => engine,
    outbox: core.outbox,
    sync: core.sync,
    hasLocalDossiers: deps.hasLocalDossiers,
    adoptAccount: deps.adoptAccount,
    clientNaam: deps.clientNaam,
    autoSync: deps.autoSync,
  })
  return { engine, service, session }
}
