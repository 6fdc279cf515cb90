import type { Db } from '../db/types'
import type { Clock } from '../lib/clock'
import { AppError } from '../lib/errors'
import type { Audit } from '../features/audit/audit'
import type { AuditDetails, AuditEvent } from '../../shared/domain/auditEvents'
import { frozenError } from '../db/freeze'
import { withCapture } from '../db/functions'

export interface WriteSpec {
  /** The audit event of this action; its kind of access and label come from AUDIT_EVENTS. */
  event: AuditEvent
  /** The dossier this action belongs to. It must exist; its task rules run again afterwards. */
  clientId?: number | null
  /** Run the task rules and refresh the caseload summary afterwards (default: yes for a dossier). */
  resync?: boolean
  details?: AuditDetails
}

export interface WriteContext {
  /** The moment of this action, one value for every row it writes. */
  readonly now: string
  readonly today: string
  /** For an action that creates the dossier: from here on it belongs to this client. */
  forClient(clientId: number): void
  /** Ids and counts for the audit record (never a BSN or free text). */
  detail(details: AuditDetails): void
  /** Ask for the task rules to run at the end when the spec said not to (e.g. a changed evaluation date). */
  resync(): void
}

export interface UnitOfWorkDeps {
  db: Db
  clock: Clock
  audit: Audit
  /** Throws NOT_FOUND (in Dutch) when the client does not exist (any more). */
  clientMustExist: (clientId: number) => void
  /** Recomputes a dossier's tasks and caseload summary inside the current transaction. */
  resyncDossier: (clientId: number) => void
  /** The teamserver's change capture; absent or inactive in single-desk mode. */
  capture?: { active(): boolean; seal(at: string): void }
  /** Refuses an action this user may not take here (team-wide settings in a team); throws in Dutch. */
  guard?: (event: AuditEvent) => void
  /** After the outermost transaction committed (the audit anchor follows the log). */
  committed?: () => void
}

/**
 * The one write path for every route that changes data or must be logged: one SQLite transaction in
 * which the dossier is checked, the change is made, the task rules run again when asked, and one
 * typed audit record is appended. A failure anywhere leaves nothing behind. Frozen rows (a
 * vastgesteld plan, a definitieve brief, the audit log) answer with one error code, FROZEN.
 * This is also the single place where the teamserver's change capture records what a write did.
 */
export function createUnitOfWork(deps: UnitOfWorkDeps) {
  const { db, clock, audit } = deps

  function run<T>(spec: WriteSpec, fn: (tx: WriteContext) => T): T {
    deps.guard?.(spec.event)
    let clientId = spec.clientId ?? null
    let resync = spec.resync ?? clientId !== null
    let details: AuditDetails = { ...spec.details }
    const now = clock.now().toISOString()
    const tx: WriteContext = {
      now,
      today: clock.today(),
      forClient(id) {
        clientId = id
        resync = spec.resync ?? true
      },
      detail(d) {
        details = { ...details, ...d }
      },
      resync() {
        resync = true
      },
    }
    try {
      return db.transaction(() => {
        if (clientId !== null) deps.clientMustExist(clientId)
        // What the person's action writes is captured for the teamserver; what the task rules derive
        // from it is not (every workstation derives the same).
        const captured = deps.capture?.active() ?? false
        const result = withCapture(db, captured, () => fn(tx))
        if (resync && clientId !== null) deps.resyncDossier(clientId)
        const entry = { event: spec.event, clientId, details: Object.keys(details).length ? details : undefined }
        withCapture(db, captured, () => audit.record(entry))
        if (captured) deps.capture!.seal(now)
        return result
      })()
    } catch (error) {
      throw frozenError(error) ?? error
    } finally {
      if (!db.inTransaction) deps.committed?.()
    }
  }

  /** An action that changes nothing but must be logged (a print, an export, a search): its audit record. */
  function record(spec: Omit<WriteSpec, 'resync'>): void {
    run({ ...spec, resync: false }, () => undefined)
  }

  /** Several actions (each its own `run`, each audited) that succeed or fail together. */
  function all<T>(fn: () => T): T {
    try {
      return db.transaction(fn)()
    } catch (error) {
      throw frozenError(error) ?? error
    }
  }

  /**
   * Upkeep of derived data that no person asked for (the daily task refresh, client regions after a
   * new postcode table): a transaction without an audit record, and never sent to a teamserver,
   * because every workstation derives the same from the same data.
   */
  function system<T>(fn: (now: string) => T): T {
    return db.transaction(() => fn(clock.now().toISOString()))()
  }

  return { run, record, all, system }
}
export type UnitOfWork = ReturnType<typeof createUnitOfWork>

/** Validation problems from a domain check, as one Dutch error with every issue listed. */
export function throwIssues(issues: Array<{ path: string; message: string }>): void {
  if (issues.length) throw new AppError('VALIDATION_ERROR', issues[0]!.message, issues)
}

export function mustExist<T>(record: T | undefined, what: string): T {
  if (!record) throw new AppError('NOT_FOUND', `${what} bestaat niet (meer).`)
  return record
}
