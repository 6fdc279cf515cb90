import type { Db } from '../db/types'
import { settingsRepo } from '../db/settings'
import type { Clock } from '../lib/clock'
import type { Logger } from '../lib/log'
import { createAudit } from './audit/audit'
import { createSettledAudit } from './audit/searchAudit'
import { createAuditLogService } from './audit/auditLog.service'
import { createActiviteitenService } from './activiteiten/activiteiten.service'
import { createCaseloadService } from './caseload/caseload.service'
import { createClientsService } from './clients/clients.service'
import { createDemoService } from './demo/demo.service'
import { createDossierService } from './dossier/dossier.service'
import { createDossierWriter } from './dossier/dossierWrite'
import { createProfielService } from './profiel/profiel.service'
import { createReferentieService } from './referentie/referentie.service'
import { createTaskRefresher } from './taken/refresh'
import { createTaskSync } from './taken/taken.sync'
import { createPrintService } from './print/print.service'
import { createWerkplekService } from './werkplek/werkplek.service'
import { createBedragenService } from './bedragen/bedragen.service'
import { createPlannenService } from './plannen/plannen.service'
import { createPlanPrinter } from './plannen/planPrint'
import { bedragOp } from '../../shared/domain/plannen/bedragen'
import { createBrievenService } from './brieven/brieven.service'
import { pc4Punten } from './aanbieders/pc4'
import { createImportService } from './aanbieders/import.service'
import { createRegisterService } from './aanbieders/register.service'
import { createVergelijkService } from './aanbieders/vergelijk.service'
import { createWachtlijstService } from './aanbieders/wachtlijst.service'
import { createKeuzehulp } from './aanbieders/keuzehulp'
import { createLocatieService } from './aanbieders/locatie.service'
import { createBatchService } from './brieven/batch.service'
import type { PaperPrinter, PdfRenderer } from '../print/pdfRenderer'
import type { AppStatus } from '../../shared/contracts/app.routes'
import type { EventName, EventPayload } from '../../shared/contracts/catalog'

export interface RuntimeState {
  integrity: AppStatus['integrity']
  readOnly: boolean
}

/** Wires the services of one open database. Plain TypeScript: nothing here imports Electron. */
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
  },
) {
  const settings = settingsRepo(db)
  // The audit actor is read lazily: the profile may be created after the services are.
  let currentUser: () => { id: number; afdeling: string } | null = () => null
  const audit = createAudit(db, clock, () => {
    const u = currentUser()
    return { userId: u?.id ?? null, role: u?.afdeling ?? null, onBehalfOf: null }
  })
  const settledAudit = createSettledAudit(db, audit, opts.log)
  const auditLog = createAuditLogService(db, audit)
  const currentUserId = () => currentUser()?.id ?? null

  const referentie = createReferentieService(db, clock, audit, currentUserId)
  const profiel = createProfielService(db, clock, audit, settings, referentie)
  currentUser = () => profiel.current()
  const sync = createTaskSync(db, clock, (code) => referentie.repo.regioNaam(code, clock.today()))
  referentie.onRegionsChanged((ids) => ids.forEach((id) => sync.sync(id)))
  const clients = createClientsService({ db, clock, audit, referentie: referentie.repo, sync, currentUserId })
  const write = createDossierWriter({ db, clock, audit, sync, clients })
  const activiteiten = createActiviteitenService({ db, clock, write, currentUserId })
  const dossier = createDossierService({ db, clock, audit, write, clients, activiteiten })
  const caseload = createCaseloadService({ db, clock, audit, settledAudit, sync, currentUserId })
  const print = createPrintService({ db, clock, audit, settings, pdf: opts.pdf })
  const werkplek = createWerkplekService({ db, settings, audit })
  const bedragen = createBedragenService({ db, clock, audit })
  const plannen = createPlannenService({ db, clock, audit, clients, sync, bedragen, currentUserId })
  const printPlan = createPlanPrinter({ plannen, print, clients, adviseurNaam: () => profiel.current()?.naam ?? null, audit, db })
  const zorgprofielVan = db.prepare('SELECT zorgprofiel FROM client WHERE id = ?').pluck()
  const budgetVoor = (clientId: number, datum: string) => {
    const zp = zorgprofielVan.get(clientId) as string | null
    return zp ? (bedragOp(bedragen.rows(), 'pgb_budget_jaar', zp, datum)?.bedragCent ?? null) : null
  }
  const brieven = createBrievenService({ db, clock, audit, sync, clients, adviseur: () => profiel.current(), print, budgetVoor })
  const brievenBatch = createBatchService({
    db,
    clock,
    audit,
    clients,
    brieven,
    print,
    currentUserId,
    emit: opts.emit ?? (() => undefined),
  })
  const pc4 = pc4Punten(db, () => clock.today())
  const aanbiedersImport = createImportService({ db, clock, audit, pc4 })
  const register = createRegisterService({ db, clock, audit })
  const vergelijk = createVergelijkService({ db, clock, clients, pc4 })
  const locatie = createLocatieService({ db, clock, audit })
  const wachtlijst = createWachtlijstService({ db, clock, audit, clients, sync })
  const keuzehulp = createKeuzehulp({ db, clock, audit, print, vergelijk, adviseurNaam: () => profiel.current()?.naam ?? null })
  const demo = createDemoService({
    db,
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
    aanbieders: aanbiedersImport,
  })
  const refresher = createTaskRefresher({ db, sync, settings, clock, log: opts.log })

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
      }
    },
  }
  return {
    app,
    audit,
    settledAudit,
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
    auditLog,
    bedragen,
    plannen,
    printPlan,
    brieven,
    brievenBatch,
    aanbiedersImport,
    register,
    locatie,
    vergelijk,
    wachtlijst,
    keuzehulp,
    printer: opts.printer,
  }
}
export type Services = ReturnType<typeof createServices>
