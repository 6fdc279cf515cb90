import type { Db } from '../db/types'
import type { Clock } from '../lib/clock'
import { AppError, Cancelled } from '../lib/errors'
import type { Audit } from '../features/audit/audit'
import type { AuditDetails, AuditEvent } from '../../shared/domain/auditEvents'
import { frozenError } from '../db/freeze'
import { withCapture } from '../db/functions'
import { flushWal, longWritePragmas } from '../db/longWrite'

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
  /** After a chunked write: checkpoint its large WAL off the main thread; resolves when done. */
  afterLongWrite?: () => Promise<void>
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
  /** Set while a chunked write holds its transaction open across turns of the event loop. */
  let longWrite = false
  /** Audit-only records that arrived during a chunked write: written right after it ends. */
  const deferred: Array<Omit<WriteSpec, 'resync'>> = []

  // A write that arrives between two chunks would otherwise become part of the long transaction and be
  // rolled back with it on a cancel: it is refused, in Dutch, and nothing of it is written.
  function mustBeFree(): void {
    if (longWrite) throw new AppError('BUSY', BUSY_MESSAGE)
  }

  function run<T>(spec: WriteSpec, fn: (tx: WriteContext) => T): T {
    mustBeFree()
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
    // A read or print during a long import happened all the same: its record follows the import.
    if (longWrite) deferred.push(spec)
    else run({ ...spec, resync: false }, () => undefined)
  }

  /**
   * One write too large to hold the main thread (120,000 imported locations): `fn` is a generator
   * whose every `yield` ends a chunk; yielding a promise waits for it and resumes with its value. All chunks run in ONE transaction, so the all-or-nothing promise
   * holds; between chunks the event loop turns (setImmediate), so the window and IPC stay responsive.
   * An abort between chunks rolls everything back and throws `Cancelled`. While it runs, other writes
   * answer BUSY and audit-only records wait. Reads on this connection in between may see the rows
   * written so far; they are gone again after a rollback.
   */
  async function runChunked<T>(
    spec: Omit<WriteSpec, 'clientId' | 'resync'>,
    fn: (tx: WriteContext) => Generator<unknown, T>,
    signal?: AbortSignal,
  ): Promise<T> {
    mustBeFree()
    deps.guard?.(spec.event)
    let details: AuditDetails = { ...spec.details }
    const now = clock.now().toISOString()
    const tx: WriteContext = {
      now,
      today: clock.today(),
      forClient() {
        throw new Error('a chunked write belongs to no dossier')
      },
      detail(d) {
        details = { ...details, ...d }
      },
      resync() {},
    }
    const captured = deps.capture?.active() ?? false
    longWrite = true
    const restore = longWritePragmas(db)
    db.exec('BEGIN IMMEDIATE')
    try {
      const steps = fn(tx)
      let input: unknown
      for (;;) {
        const step = withCapture(db, captured, () => steps.next(input))
        if (step.done) {
          withCapture(db, captured, () => audit.record({ event: spec.event, details: Object.keys(details).length ? details : undefined }))
          if (captured) deps.capture!.seal(now)
          // What the chunks spilled into the WAL goes to disk off the main thread first, so COMMIT's
          // own fsync has only the last pages left (it stalled the window 0.2–0.4 s before).
          await flushWal(db)
          if (signal?.aborted) throw new Cancelled()
          db.exec('COMMIT')
          return step.value
        }
        // A yielded promise is the next chunk's data (awaited outside the step, so every write stays
        // synchronous and captured). The event loop turns once after every chunk either way: a promise
        // that is already settled resumes as a microtask, and chunks would then run back to back.
        input = step.value instanceof Promise ? await step.value : undefined
        await new Promise((resolve) => setImmediate(resolve))
        if (signal?.aborted) throw new Cancelled()
      }
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw frozenError(error) ?? error
    } finally {
      restore.restoreCache()
      longWrite = false
      if (!db.inTransaction) deps.committed?.()
      void (deps.afterLongWrite?.() ?? Promise.resolve()).finally(restore.restoreCheckpoint)
      for (const spec of deferred.splice(0)) record(spec)
    }
  }

  /** Several actions (each its own `run`, each audited) that succeed or fail together. */
  function all<T>(fn: () => T): T {
    mustBeFree()
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
    mustBeFree()
    return db.transaction(() => fn(clock.now().toISOString()))()
  }

  return { run, record, runChunked, all, system }
}

export const BUSY_MESSAGE = 'Er wordt nu een groot bestand opgeslagen. Probeer het over een paar seconden opnieuw; er is niets gewijzigd.'

export type UnitOfWork = ReturnType<typeof createUnitOfWork>

/** Validation problems from a domain check, as one Dutch error with every issue listed. */
export function throwIssues(issues: Array<{ path: string; message: string }>): void {
  if (issues.length) throw new AppError('VALIDATION_ERROR', issues[0]!.message, issues)
}

export function mustExist<T>(record: T | undefined, what: string): T {
  if (!record) throw new AppError('NOT_FOUND', `${what} bestaat niet (meer).`)
  return record
}
