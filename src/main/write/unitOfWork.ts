import type { Db } from '../db/types'
import type { Clock } from '../lib/clock'
import { AppError } from '../lib/errors'
import type { Audit, AuditActor } from '../features/audit/audit'
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

/** What a worker needs to write as this unit of work would: the action's moment and who acts. */
export interface WorkerWrite {
  now: string
  actor: AuditActor
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
  /** Set while a worker's write (inWorker) holds the database's write lock. */
  let longWrite = false
  /** Audit-only records that arrived during a worker's write: written right after it ends. */
  const deferred: Array<Omit<WriteSpec, 'resync'>> = []

  // A write while a worker holds the write lock could only wait for it (freezing the window) or fail
  // half-way: it is refused at once, in Dutch, and nothing of it is written.
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
    // A read or print during a worker's import happened all the same: its record follows the import.
    if (longWrite) deferred.push(spec)
    else run({ ...spec, resync: false }, () => undefined)
  }

  /**
   * One write too large for the main thread (120,000 imported locations), done by a worker thread on
   * its own connection to the database file, in one transaction of its own: `fn` starts it and gets
   * the moment and the audit actor, so the worker writes the rows, the change capture and the audit
   * record as `run` would. While it holds the write lock the main connection only reads (WAL): the
   * unit of work answers other writes BUSY at once and keeps audit-only records until it ends, and the
   * connection's busy timeout is 0 meanwhile, so a write past the unit of work fails at once instead of
   * freezing the main thread for seconds. Afterwards the audit anchor follows the new head.
   */
  async function inWorker<T>(spec: Omit<WriteSpec, 'clientId' | 'resync'>, fn: (ctx: WorkerWrite) => Promise<T>): Promise<T> {
    mustBeFree()
    deps.guard?.(spec.event)
    longWrite = true
    const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number
    db.pragma('busy_timeout = 0')
    try {
      return await fn({ now: clock.now().toISOString(), actor: audit.actor() })
    } finally {
      db.pragma(`busy_timeout = ${busyTimeout}`)
      longWrite = false
      deps.committed?.()
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

  /**
   * Like `system`, for data that is made again from the same rows when lost (the daily task refresh,
   * which only marks the day done after its last part). Its commit does not wait for the disk
   * (synchronous NORMAL: the WAL is not fsynced): the refresh commits ~1,700 parts at 100k, and an
   * fsync beside a checkpoint's took 14–19 ms of the main thread. Consistency is kept either way, and
   * the next ordinary commit (FULL) syncs these frames along with its own, so nothing acknowledged
   * to a person ever depends on them.
   */
  function rederive<T>(fn: (now: string) => T): T {
    db.pragma('synchronous = NORMAL')
    try {
      return system(fn)
    } finally {
      db.pragma('synchronous = FULL')
    }
  }

  return { run, record, inWorker, all, system, rederive }
}

/**
 * The worker's side of `inWorker`: one write on the worker's own connection, with what `run` does
 * for every write, in the same transaction: change capture for the teamserver (read under the write
 * lock, so team membership cannot change underneath) and the HMAC'd audit record, chained onto the
 * last record, which this transaction's write lock keeps the last. `fn` is a generator whose every
 * `yield` ends a chunk; between chunks the worker's event loop turns, and `stopped()` (the window's
 * cancel) then ends it in a ROLLBACK: null. BEGIN IMMEDIATE … COMMIT, so it is all rows or none.
 */
export async function writeInChunks<T>(
  w: { db: Db; audit: Audit; capture: { active(): boolean; seal(at: string): void }; now: string },
  spec: Omit<WriteSpec, 'clientId' | 'resync'>,
  fn: (tx: WriteContext) => Generator<void, T>,
  stopped: () => boolean,
): Promise<T | null> {
  const { db } = w
  let details: AuditDetails = { ...spec.details }
  const tx: WriteContext = {
    now: w.now,
    today: w.now.slice(0, 10),
    forClient() {
      throw new Error('a chunked write belongs to no dossier')
    },
    detail(d) {
      details = { ...details, ...d }
    },
    resync() {},
  }
  db.exec('BEGIN IMMEDIATE')
  try {
    const captured = w.capture.active()
    const steps = fn(tx)
    for (;;) {
      const step = withCapture(db, captured, () => steps.next())
      if (step.done) {
        const entry = { event: spec.event, details: Object.keys(details).length ? details : undefined }
        withCapture(db, captured, () => w.audit.record(entry))
        if (captured) w.capture.seal(w.now)
        db.exec('COMMIT')
        return step.value
      }
      await new Promise((resolve) => setImmediate(resolve))
      if (stopped()) {
        db.exec('ROLLBACK')
        return null
      }
    }
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw frozenError(error) ?? error
  }
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
