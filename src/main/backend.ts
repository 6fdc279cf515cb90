import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { KEY_INVALID_MESSAGE, openDatabase } from './db/connection'
import { forkNode, runIntegrityCheck, trackProcesses, type LaunchProcess } from './db/integrity'
import { backgroundCheckpoints } from './db/checkpointer'
import { createMemoryRelease, type MemoryRelease } from './lib/memoryRelease'
import { loadOrCreateKey, type KeyWrapper } from './db/keys'
import { migrate } from './db/migrate'
import { migrations } from './db/migrations'
import type { Db } from './db/types'
import { createServices, type RuntimeState, type Services } from './features/services'
import { buildHandlers } from './features/handlers'
import { applyPendingRestore, createBackups } from './features/backups/backups'
import { buildMaintenanceHandlers } from './features/backups/backups.handlers'
import { createRouter, type Dispatch, type Handlers, type ServiceRoute } from './ipc/router'
import { createSenderCheck } from './ipc/sender'
import { createSleutel } from './features/sleutel/sleutel'
import { sleutelHandlers } from './features/sleutel/sleutel.handlers'
import type { AuditEvent } from '../shared/domain/auditEvents'
import { systemClock, type Clock } from './lib/clock'
import { AppError, CORRUPT_MESSAGE } from './lib/errors'
import { createLogger, type Logger } from './lib/log'
import { loadOrCreateAuditKey } from './features/audit/auditKey'
import { anchorStore } from './features/audit/anchor'
import { DATABASE_FILE } from './lib/paths'
import type { PaperPrinter, PdfRenderer } from './print/pdfRenderer'
import { events, routes, type EventName, type EventPayload } from '../shared/contracts/catalog'
import { installDutchErrors } from '../shared/validation/dutchErrors'

export interface BackendOptions {
  dataDir: string
  keyWrapper: KeyWrapper
  /** Base URLs of our own pages; calls from anywhere else are refused. */
  trustedBases: readonly string[]
  /** The built integrity worker (app) or its TypeScript source (tests, harness): quick_check and back-ups. */
  integrityWorker: URL
  /** How its process starts: Electron's utilityProcess in the app; child_process.fork by default. */
  launchDbProcess?: LaunchProcess
  /** The provider worker (import, export); by default beside the integrity worker, built or source alike. */
  aanbiedersWorker?: URL
  referenceDir?: string | null
  appVersion?: string
  clock?: Clock
  log?: Logger
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** The daily re-run of the task rules after start (default on; tests switch it off to stay deterministic). */
  backgroundRefresh?: boolean
  /** Print documents → PDF (Electron printToPDF in the app, Chromium page.pdf in tests). */
  pdf?: PdfRenderer | null
  /** The system print dialog (Electron only). */
  printer?: PaperPrinter | null
  /** A daily verified back-up after a healthy start (default on; tests switch it off). */
  autoBackup?: boolean
  /** Restarts the app (Electron: relaunch); used after scheduling a restore. */
  restart?: () => void
  /** The system's folder dialog (Electron only): a folder for the second back-up location. */
  pickFolder?: () => Promise<string | null>
  /** Sync with a configured teamserver in the background (default on; tests drive it themselves). */
  autoSync?: boolean
}

export interface Backend {
  dispatch: Dispatch
  /** Resolves when the background integrity check (and the task refresh after it) has finished. */
  integrityDone: Promise<void>
  /** Null when the database could not be opened. */
  db: Db | null
  services: Services | null
  /** Gives memory back after heavy jobs once the app is idle (lib/memoryRelease.ts). */
  memory: MemoryRelease
  close(): void
}

/**
 * Everything behind the IPC boundary, without Electron: open the database, migrate, wire the
 * services and the router, and start the integrity check in a worker. The Electron main process
 * and the Chromium test harness both call this; only the transport differs.
 */
export function createBackend(opts: BackendOptions): Backend {
  installDutchErrors()
  const clock = opts.clock ?? systemClock
  const log = opts.log ?? createLogger()
  const appVersion = opts.appVersion ?? '0.0.0'
  const state: RuntimeState = { integrity: 'pending', readOnly: false, logboek: { status: 'pending', reden: null } }
  // Push events are contracts too: a payload that does not match its schema is a bug, not a message.
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    opts.emit?.(event, events[event].parse(payload) as EventPayload<E>)
  const file = join(opts.dataDir, DATABASE_FILE)

  let db: Db | null = null
  let services: Services | null = null
  let startupError: AppError | null = null
  let key: Buffer | null = null
  let auditKey: Buffer | null = null
  let restored: string | null = null
  // When a call last started or ended: memory is given back only when the app is idle.
  let lastActivity = Date.now()
  const memory = createMemoryRelease({ lastActivity: () => lastActivity, log })
  try {
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 })
    key = loadOrCreateKey(opts.dataDir, opts.keyWrapper)
    auditKey = loadOrCreateAuditKey(opts.dataDir, opts.keyWrapper)
    restored = applyPendingRestore(opts.dataDir, clock.now())
    db = openDatabase(file, key)
    migrate(db, migrations)
    services = createServices(db, clock, {
      referenceDir: opts.referenceDir ?? null,
      appVersion,
      state,
      log,
      pdf: opts.pdf ?? null,
      printer: opts.printer ?? null,
      emit,
      onRevoked: (message) => wipe(message),
      autoSync: opts.autoSync !== false,
      auditKey,
      anchors: anchorStore(opts.dataDir, auditKey),
      aanbiedersWorker: opts.aanbiedersWorker ?? aanbiedersWorkerBeside(opts.integrityWorker),
      dbKey: key,
      afterHeavyWork: () => memory.request(),
    })
    if (restored) {
      services.uow.record({ event: 'backup.restore', details: { naam: restored } })
      // The restored log is older than the anchor: the anchor follows this deliberate, audited step.
      services.auditGuard.writeAnchor()
    }
  } catch (error) {
    db?.close()
    db = null
    log.error('database open failed', error)
    startupError = startupErrorOf(error)
  }

  const dbProcesses = trackProcesses(opts.launchDbProcess ?? forkNode)
  const dbJobs = { workerUrl: opts.integrityWorker, launch: dbProcesses.launch }
  const checkpoints = db ? backgroundCheckpoints({ db, file, key, jobs: dbJobs, readOnly: () => state.readOnly, log }) : null
  const backups = createBackups({ dataDir: opts.dataDir, key, jobs: dbJobs, clock, log })
  const recordMaintenance = () =>
    services && db?.open && !startupError
      ? (event: AuditEvent, details: Record<string, string>) => services!.uow.record({ event, details })
      : null
  const maintenance = buildMaintenanceHandlers({
    backups,
    record: recordMaintenance,
    restart: opts.restart,
    pickFolder: opts.pickFolder,
  })
  const sleutel = createSleutel({
    dataDir: opts.dataDir,
    wrapper: opts.keyWrapper,
    keys: key && auditKey && !startupError ? { database: key, logboek: auditKey } : null,
    backups,
    clock,
    verifyPin: services ? (pincode) => services!.werkplek.slot.verify(pincode) : null,
    record: (event) => recordMaintenance()?.(event, {}),
    pdf: opts.pdf ?? null,
    werkplek: () => services?.profiel.current()?.naam ?? 'Wlz Werkplek',
  })
  const open = { ...maintenance, ...sleutelHandlers(sleutel) }
  const handlers = { ...(services ? buildHandlers(services) : brokenHandlers(startupError!, appVersion)), ...open }
  // The status is what the window shows first: if the damage sits where it reads (settings, the
  // profile), it must still answer — with the startup-error screen and its back-ups — never fail.
  const readStatus = handlers['app.status']
  handlers['app.status'] = (input) => {
    try {
      return readStatus(input)
    } catch (error) {
      log.error('status could not be read', error)
      startupError = startupErrorOf(error)
      state.readOnly = true
      Object.assign(handlers, brokenHandlers(startupError, appVersion), open)
      return handlers['app.status'](input)
    }
  }
  const router = createRouter({
    handlers,
    isTrustedSender: createSenderCheck(opts.trustedBases),
    startupError: () => startupError,
    isReadOnly: () => state.readOnly,
    isLocked: () => services?.werkplek.slot.isLocked() ?? false,
    pinMissing: () => services?.werkplek.slot.pinMissing() ?? false,
    onCorruption: () => {
      state.readOnly = true
      state.integrity = 'failed'
    },
    log,
  })

  const integrityDone = db
    ? runIntegrityCheck(dbJobs, file, key, checkpoints?.adopt).then((result) => {
        // Closed meanwhile (its check process ended with it): nothing to report.
        if (!db?.open) return
        state.integrity = result.ok ? 'ok' : 'failed'
        // Stop writing at once: damage must not spread. Restore is offered in Beheer.
        state.readOnly = !result.ok
        if (!result.ok) log.error(`integrity check failed: ${result.problems.join('; ')}`)
        emit('app.integrity', { integrity: state.integrity, readOnly: state.readOnly })
        // Only a healthy, still open database gets its daily task refresh and back-up, and talks to a
        // teamserver: the check of a large file can end after the app was closed (quit within seconds).
        if (!result.ok || !services || !db?.open) return
        if (opts.autoSync !== false) services.syncEngine.start()
        void services.auditGuard.verify().then(() => services?.auditGuard.startSchedule())
        return (opts.backgroundRefresh === false ? Promise.resolve(0) : services.refresher.runIfDue())
          .then(() => (opts.autoBackup === false || backups.recent(20) ? undefined : backups.create()))
          .then(
            () => undefined,
            // Closed meanwhile: its refresh or back-up was stopped with it, which is no failure.
            (error: unknown) =>
              db?.open ? log.error('background maintenance failed', error) : log.info('background maintenance stopped: the app closed'),
          )
      })
    : Promise.resolve()

  /**
   * The teamserver revoked this device (a lost or replaced laptop): its data is removed — database,
   * key, back-ups — and from then on the app only says so. Audited centrally by the server.
   */
  function wipe(message: string): void {
    if (!db) return
    log.warn('device revoked by the teamserver: wiping local data')
    // Nothing may run on the closed database afterwards: no sync, no pending audit or anchor write.
    services?.syncEngine.close()
    services?.cacheWarmer.stop()
    services?.caseloadMemory.stop()
    memory.stop()
    checkpoints?.stop()
    dbProcesses.killAll()
    services?.settledAudit.discard()
    services?.auditGuard.stop(false)
    services = null
    db.close()
    checkpoints?.closed()
    db = null
    for (const name of readdirSync(opts.dataDir)) rmSync(join(opts.dataDir, name), { recursive: true, force: true })
    startupError = new AppError('DEVICE_REVOKED', `${message} De gegevens op deze werkplek zijn verwijderd.`)
    Object.assign(handlers, brokenHandlers(startupError, appVersion))
    emit('app.integrity', { integrity: 'failed', readOnly: true })
  }

  const dispatch: Dispatch = async (sender, route, input) => {
    lastActivity = Date.now()
    try {
      return await router(sender, route, input)
    } finally {
      lastActivity = Date.now()
    }
  }

  return {
    dispatch,
    integrityDone,
    db,
    services,
    memory,
    close() {
      memory.stop()
      services?.syncEngine.close()
      services?.cacheWarmer.stop()
      services?.caseloadMemory.stop()
      checkpoints?.stop()
      dbProcesses.killAll()
      services?.settledAudit.flush()
      services?.auditGuard.stop()
      if (db?.open) {
        // SQLite's advice: let it refresh planner statistics where they are stale, before closing.
        if (!state.readOnly) db.pragma('optimize')
        db.pragma('wal_checkpoint(TRUNCATE)')
        db.close()
      }
      checkpoints?.closed()
    },
  }
}

/** The built app has both workers side by side in out/main; a source tree has them in their folders. */
function aanbiedersWorkerBeside(integrityWorker: URL): URL {
  return integrityWorker.pathname.endsWith('.ts')
    ? new URL('../features/aanbieders/aanbieders.worker.ts', integrityWorker)
    : new URL('./aanbieders.worker.js', integrityWorker)
}

/**
 * A SQLite error while opening or first reading a file we created ourselves (e.g. "vtable constructor
 * failed") means the file is damaged: say so, so the startup screen offers the back-ups. A wrong key
 * and a newer version arrive as their own AppErrors with their own messages.
 */
function startupErrorOf(error: unknown): AppError {
  if (error instanceof AppError) return error
  const code = String((error as { code?: unknown }).code ?? '')
  if (code === 'SQLITE_NOTADB') return new AppError('DB_KEY_INVALID', KEY_INVALID_MESSAGE)
  if (code.startsWith('SQLITE_')) return new AppError('DB_CORRUPT', CORRUPT_MESSAGE)
  return new AppError('INTERNAL', 'De database kon niet worden geopend. Er is niets gewijzigd.')
}

/** When the database cannot be opened, only app.status answers (with the reason); the router refuses the rest. */
function brokenHandlers(error: AppError, appVersion: string): Pick<Handlers, ServiceRoute> {
  const refuse = () => {
    throw error
  }
  const handlers = Object.fromEntries(Object.keys(routes).map((name) => [name, refuse])) as unknown as Handlers
  handlers['app.status'] = () => ({
    state: 'error',
    error: { code: error.code, message: error.message },
    integrity: 'failed',
    readOnly: true,
    demo: false,
    appVersion,
    profiel: null,
    referentieGeladen: false,
    vergrendelenNaMinuten: 5,
    logboek: { status: 'pending', reden: null },
    slot: { vergrendeld: false, pincodeIngesteld: false, wachtSeconden: 0 },
  })
  return handlers
}
