import type { Db } from '../db/types'
import { settingsRepo } from '../db/settings'
import type { Clock } from '../lib/clock'
import type { Logger } from '../lib/log'
import { createUnitOfWork } from '../write/unitOfWork'
import { createAudit } from './audit/audit'
import { createAuditGuard } from './audit/auditGuard'
import type { AnchorStore } from './audit/anchor'
import { auditRepo } from './audit/audit.repo'
import { createSettledAudit } from './audit/searchAudit'
import { createAuditLogService } from './audit/auditLog.service'
import { activiteitenRepo } from './activiteiten/activiteiten.repo'
import { createActiviteitenService } from './activiteiten/activiteiten.service'
import { caseloadRepo } from './caseload/caseload.repo'
import { createCaseloadService } from './caseload/caseload.service'
import { createCacheWarmer } from './caseload/cacheWarmer'
import { createCaseloadMemory } from './caseload/memory/caseloadMemory'
import { caseloadColumnsRepo } from './caseload/memory/caseloadColumns.repo'
import { cacheWarmRepo } from './caseload/cacheWarm.repo'
import { clientsRepo } from './clients/clients.repo'
import { createClientsService } from './clients/clients.service'
import { createDemoService } from './demo/demo.service'
import { dossierRepo } from './dossier/dossier.repo'
import { createDossierService } from './dossier/dossier.service'
import { profielRepo } from './profiel/profiel.repo'
import { createProfielService } from './profiel/profiel.service'
import { referentieRepo } from './referentie/referentie.repo'
import { createReferentieService } from './referentie/referentie.service'
import { createTaskRefresher } from './taken/refresh'
import { takenRepo } from './taken/taken.repo'
import { createTaskSync } from './taken/taken.sync'
import { createPrintService } from './print/print.service'
import { createWerkplekService } from './werkplek/werkplek.service'
import { bedragenRepo } from './bedragen/bedragen.repo'
import { createBedragenService } from './bedragen/bedragen.service'
import { plannenRepo } from './plannen/plannen.repo'
import { createPlannenService } from './plannen/plannen.service'
import { createPlanPrinter } from './plannen/planPrint'
import { overschrijvingRepo } from './plannen/overschrijving.repo'
import { createOverschrijvingService } from './plannen/overschrijving.service'
import { batchRepo } from './brieven/batch.repo'
import { createBatchService } from './brieven/batch.service'
import { brievenRepo } from './brieven/brieven.repo'
import { createBrievenService } from './brieven/brieven.service'
import { createAanbiedersServices } from './aanbieders/aanbieders.compose'
import type { PaperPrinter, PdfRenderer } from '../print/pdfRenderer'
import { createAfdrukService } from './print/afdrukken'
import type { AppStatus } from '../../shared/contracts/app.routes'
import type { EventName, EventPayload } from '../../shared/contracts/catalog'
import { bedragOp } from '../../shared/domain/plannen/bedragen'
import { displayName } from '../../shared/domain/names'
import { createSyncCore, createTeamSync } from '../sync/compose'
import { kenmerkBron } from '../sync/kenmerken'
import { huisbezoekRepo } from './huisbezoek/huisbezoek.repo'
import { termijnenRepo } from './termijnen/termijnen.repo'
import { createTermijnenService } from './termijnen/termijnen.service'
import { createHuisbezoekService } from './huisbezoek/huisbezoek.service'
import { teambeheerRepo } from './teambeheer/teambeheer.repo'
import { createTeambeheerService } from './teambeheer/teambeheer.service'

export interface RuntimeState {
  integrity: AppStatus['integrity']
  readOnly: boolean
  logboek: AppStatus['logboek']
}

/**
 * Wires the repositories and services of one open database. Composition only: no SQL and no
 * business rules here, and nothing that imports Electron.
 */
export function createServices(
  db: Db,
  clock: Clock,
  opts: {
    referenceDir: string | null
    appVersion: string
    state: RuntimeState
    log: Logger
    pdf: PdfRenderer | null
    printer: PaperPrinter | null
    emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
    /** The teamserver revoked this device: its data must go. */
    onRevoked?: (message: string) => void
    /** Background sync with a teamserver (off in tests). */
    autoSync?: boolean
    /** The audit chain's HMAC key and the anchor file outside the database (features/audit). */
    auditKey: Buffer
    anchors: AnchorStore
    /** The provider worker (import, export) and the database key its read-only connection needs. */
    aanbiedersWorker: URL
    dbKey: Buffer | null
    /** After the day's task refresh and a batch of letters: the backend gives memory back once idle. */
    afterHeavyWork?: () => void
  },
) {
  const settings = settingsRepo(db)
  const syncCore = createSyncCore(db, settings)
  // The caseload's columns in memory: built after the first page, current with every write of this connection.
  const caseloadMemory = createCaseloadMemory(caseloadColumnsRepo(db), {
    log: opts.log,
    afterHeavyWork: opts.afterHeavyWork,
    // Read when the build runs (after the first page), by then the refresher exists.
    yieldTo: () => refresher.running(),
  })
  const repos = {
    audit: auditRepo(db),
    clients: clientsRepo(db),
    referentie: referentieRepo(db),
    profiel: profielRepo(db),
    dossier: dossierRepo(db),
    activiteiten: activiteitenRepo(db),
    taken: takenRepo(db),
    caseload: caseloadRepo(db, {}, caseloadMemory),
    plannen: plannenRepo(db),
    overschrijvingen: overschrijvingRepo(db),
    bedragen: bedragenRepo(db),
    brieven: brievenRepo(db),
    batch: batchRepo(db),
    termijnen: termijnenRepo(db),
  }
  // The audit actor is read lazily: the profile may be created after the services are.
  let currentUser: () => { id: number; afdeling: string } | null = () => null
  const currentUserId = () => currentUser()?.id ?? null
  const audit = createAudit(
    repos.audit,
    () => db.inTransaction,
    clock,
    () => {
      const u = currentUser()
      return { userId: u?.id ?? null, role: syncCore.role() ?? u?.afdeling ?? null, onBehalfOf: null }
    },
    opts.auditKey,
  )
  const auditGuard = createAuditGuard({
    repo: repos.audit,
    audit,
    key: opts.auditKey,
    anchors: opts.anchors,
    log: opts.log,
    onResult: (c) => {
      opts.state.logboek = { status: c.reden ? 'failed' : 'ok', reden: c.reden }
      opts.emit?.('app.logboek', opts.state.logboek)
    },
  })
  const sync = createTaskSync(db, clock, (code) => repos.referentie.regioNaam(code, clock.today()))
  const uow = createUnitOfWork({
    db,
    clock,
    audit,
    clientMustExist: (id) => clients.mustGet(id),
    resyncDossier: (id) => sync.sync(id),
    capture: syncCore.capture,
    guard: syncCore.guard,
    committed: () => auditGuard.committed(),
  })
  const settledAudit = createSettledAudit(uow, opts.log)
  const cacheWarmer = createCacheWarmer(cacheWarmRepo(db))
  const auditLog = createAuditLogService({ uow, repo: repos.audit, check: () => auditGuard.check() })

  const referentie = createReferentieService({ clock, uow, repo: repos.referentie, currentUserId })
  const profiel = createProfielService({ uow, repo: repos.profiel, settings, referentie, inTeam: () => syncCore.capture.active() })
  currentUser = () => profiel.current()
  // A new gemeente or postcode table moves clients between regions: their rules run again.
  referentie.onRegionsChanged((ids) => sync.syncMany(ids))
  const clients = createClientsService({ clock, uow, repo: repos.clients, referentie: repos.referentie, currentUserId })
  const activiteiten = createActiviteitenService({ clock, uow, repo: repos.activiteiten, taken: repos.taken, currentUserId })
  const dossier = createDossierService({ clock, uow, repo: repos.dossier, clients, activiteiten })
  const caseload = createCaseloadService({
    clock,
    uow,
    repo: repos.caseload,
    clients: repos.clients,
    adviseurs: repos.profiel,
    settledAudit,
    currentUserId,
    warmer: cacheWarmer,
    memory: caseloadMemory,
  })
  const print = createPrintService({ clock, uow, settings, pdf: opts.pdf })
  const hasProfile = () => profiel.current() !== null
  const werkplek = createWerkplekService({ uow, settings, clock, hasProfile, onSlot: (slot) => opts.emit?.('werkplek.slot', slot) })
  const termijnen = createTermijnenService({ clock, uow, repo: repos.termijnen, resync: (ids) => sync.syncMany(ids) })
  const bedragen = createBedragenService({
    uow,
    repo: repos.bedragen,
    today: () => clock.today(),
    inGebruik: () => repos.plannen.budgetplanJaren(),
  })
  const plannen = createPlannenService({
    clock,
    uow,
    repo: repos.plannen,
    clients,
    bedragen,
    overschrijvingen: repos.overschrijvingen,
    currentUserId,
  })
  const overschrijvingen = createOverschrijvingService({ uow, repo: repos.overschrijvingen, plannen, currentUserId })
  const adviseurNaam = () => profiel.current()?.naam ?? null
  const printPlan = createPlanPrinter({ plannen, print, clients, adviseurNaam, uow })
  const budgetVoor = (clientId: number, datum: string) => {
    const zp = repos.clients.zorgprofiel(clientId)
    return zp ? (bedragOp(bedragen.rows(), 'pgb_budget_jaar', zp, datum)?.bedragCent ?? null) : null
  }
  const brieven = createBrievenService({
    clock,
    uow,
    repo: repos.brieven,
    dossier: repos.dossier,
    clients,
    adviseur: () => profiel.current(),
    print,
    budgetVoor,
    plannen: repos.plannen,
    gelijkgesteldeDagen: () => repos.termijnen.all(),
    kenmerken: kenmerkBron({ ...syncCore, local: (jaar, n) => repos.brieven.nextKenmerken(jaar, n) }),
  })
  const brievenBatch = createBatchService({
    clock,
    uow,
    repo: repos.batch,
    clients,
    brieven,
    print,
    currentUserId,
    emit: opts.emit ?? (() => undefined),
    afterRun: opts.afterHeavyWork,
  })
  const aanbieders = createAanbiedersServices(db, {
    clock,
    uow,
    settings,
    clients,
    print,
    adviseurId: () => profiel.currentId(),
    adviseurNaam,
    emit: opts.emit,
    workerUrl: opts.aanbiedersWorker,
    dbKey: opts.dbKey,
    auditKey: opts.auditKey,
  })
  const demo = createDemoService({
    uow,
    taken: repos.taken,
    clock,
    settings,
    referenceDir: opts.referenceDir,
    profiel,
    referentie,
    clients,
    dossier,
    activiteiten,
    sync: (id) => sync.sync(id),
    bedragen,
    aanbieders: aanbieders.aanbiedersImport,
    briefpapier: (bp) => void print.saveBriefpapier(bp),
  })
  const refresher = createTaskRefresher({
    uow,
    clients: repos.clients,
    sync,
    settings,
    clock,
    log: opts.log,
    afterRun: opts.afterHeavyWork,
  })
  const clientNaam = (id: number) => {
    const c = repos.clients.get(id)
    return c ? displayName(c) : null
  }
  const team = createTeamSync(db, syncCore, {
    uow,
    now: () => clock.now(),
    log: opts.log,
    regioOf: (postcode) => repos.referentie.regioOfPostcode(postcode, clock.today()),
    resync: (ids) => uow.system(() => sync.syncMany(ids)),
    calendarChanged: (jaren) => uow.system(() => sync.syncMany(repos.termijnen.clientsMetOpenTermijnIn(jaren))),
    hasLocalDossiers: () => repos.clients.idsAfter(0, 1).length > 0,
    adoptAccount: (account) => profiel.adoptAccount(account),
    clientNaam,
    onRevoked: (message) => opts.onRevoked?.(message),
    onChange: () => opts.emit?.('teamserver.status', team.service.status()),
    autoSync: opts.autoSync ?? true,
  })

  const app = {
    status(): AppStatus {
      return {
        state: 'ready',
        integrity: opts.state.integrity,
        readOnly: opts.state.readOnly,
        demo: demo.isDemo(),
        appVersion: opts.appVersion,
        profiel: profiel.current(),
        referentieGeladen: referentie.hasAny(),
        vergrendelenNaMinuten: werkplek.get().vergrendelenNaMinuten,
        logboek: opts.state.logboek,
        slot: werkplek.slot.status(),
      }
    },
  }
  return {
    app,
    uow,
    audit,
    auditGuard,
    settledAudit,
    cacheWarmer,
    caseloadMemory,
    settings,
    referentie,
    profiel,
    clients,
    dossier,
    activiteiten,
    caseload,
    demo,
    refresher,
    sync,
    print,
    werkplek,
    termijnen,
    auditLog,
    bedragen,
    plannen,
    overschrijvingen,
    printPlan,
    brieven,
    brievenBatch,
    ...aanbieders,
    teamserver: team.service,
    huisbezoek: createHuisbezoekService({ uow, repo: huisbezoekRepo(db), state: syncCore.state, session: team.session, currentUserId }),
    teambeheer: createTeambeheerService({ state: syncCore.state, session: team.session, repo: teambeheerRepo(db), clientNaam }),
    syncEngine: team.engine,
    afdrukken: createAfdrukService(opts.printer),
  }
}
export type Services = ReturnType<typeof createServices>
