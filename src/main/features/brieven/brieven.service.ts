import { CONFLICT_MESSAGE } from '../../db/versioned'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ClientsService } from '../clients/clients.service'
import type { DossierRepo } from '../dossier/dossier.repo'
import type { PlannenRepo } from '../plannen/plannen.repo'
import type { PrintService } from '../print/print.service'
import type { KenmerkBron } from '../../sync/kenmerken'
import type { Adviseur } from '../../../shared/contracts/profiel.routes'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import type { BriefDetail } from '../../../shared/contracts/brieven.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { briefInhoud, type BriefBron, type BriefInhoud } from '../../../shared/domain/brieven/inhoud'
import type { GelijkgesteldeDag } from '../../../shared/domain/termijnen/feestdagen'
import type { BriefRow, BrievenRepo } from './brieven.repo'
import type { AuditDetails, AuditEvent } from '../../../shared/domain/auditEvents'
import { bronReader } from './brievenBron'
import { checkBatchBedragen, checkBedragen } from './bedragCheck'
import { createFinaliser, DEFINITIEF_MESSAGE, sha256 } from './brievenFinalise'
import { createVoorinvuller } from './voorinvullen'
import { pdfBestandsnaam } from '../../../shared/format/bestandsnaam'

export { DEFINITIEF_MESSAGE, sha256, type Uitkomst } from './brievenFinalise'

/**
 * Letters: concepts that can be edited, and finalising, which archives the letter for good
 * (kenmerk, PDF bytes, SHA-256, template version, the data snapshot it was made from). A reprint
 * returns the archived bytes; a correction is a new letter referring to the old one. The SQLite
 * triggers of migration 0003 guard the archive too, whatever happens here.
 */
export function createBrievenService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: BrievenRepo
  dossier: DossierRepo
  clients: ClientsService
  adviseur: () => Adviseur | null
  print: PrintService
  /** The local series, or this device's blocks from the teamserver. */
  kenmerken: KenmerkBron
  /** The vastgesteld budgetplannen a pgb op maat grants (from 2025). */
  plannen: PlannenRepo
  /** The Beheer table of gelijkgestelde dagen (Atw art. 3 lid 3). */
  gelijkgesteldeDagen: () => readonly GelijkgesteldeDag[]
  /** The yearly pgb budget for the client's zorgprofiel on a date (before 2025), from Beheer → Bedragen en tarieven. */
  budgetVoor?: (clientId: number, datum: string) => number | null
}) {
  const { clock, uow, repo } = deps
  const bron = bronReader({
    dossier: deps.dossier,
    plannen: deps.plannen,
    clients: deps.clients,
    adviseur: deps.adviseur,
    briefpapier: deps.print.briefpapier,
    gelijkgesteldeDagen: deps.gelijkgesteldeDagen,
  })
  const voorinvullen = createVoorinvuller({
    repo,
    dossier: deps.dossier,
    plannen: deps.plannen,
    today: () => clock.today(),
    budgetVoor: deps.budgetVoor,
  })

  /** One unit of work per action; only a registered verzenddatum changes the tasks (the bezwaartermijn starts). */
  const tx = <T>(clientId: number, event: AuditEvent, details: AuditDetails, fn: (now: string) => T): T =>
    uow.run({ event, clientId, details, resync: event === 'brief.verzonden' }, ({ now }) => fn(now))

  function mustGet(id: number): BriefRow {
    const b = repo.get(id)
    if (!b) throw new AppError('NOT_FOUND', 'Deze brief bestaat niet (meer).')
    return b
  }

  function corrigeert(b: BriefRow): { kenmerk: string; datum: string } | null {
    const old = b.corrigeertId ? repo.get(b.corrigeertId) : undefined
    return old?.kenmerk && old.datum ? { kenmerk: old.kenmerk, datum: old.datum } : null
  }

  type Inhoud = BriefInhoud & { sha256: string | null; templateVersie: number | null; budgetplan: BriefDetail['budgetplan'] }

  /** A finalised letter comes from its snapshot; a concept from the dossier as it is now. */
  function inhoudVan(b: BriefRow): Inhoud {
    if (b.status === 'definitief') {
      const a = repo.archief(b.id)!
      const snapshot = JSON.parse(a.snapshot) as BriefBron
      const budgetplan = snapshot.dossier?.budgetplan ?? null
      return { ...briefInhoud(snapshot), ontbrekend: [], sha256: a.sha256, templateVersie: a.templateVersie, budgetplan }
    }
    const concept = bron(b, { datum: clock.today(), kenmerk: null, corrigeert: corrigeert(b) })
    return { ...briefInhoud(concept), sha256: null, templateVersie: null, budgetplan: concept.dossier?.budgetplan ?? null }
  }

  function detail(id: number): BriefDetail {
    const b = mustGet(id)
    const { props, ontbrekend, notities, sha256: sha, templateVersie, budgetplan } = inhoudVan(b)
    const { adviseurId: _a, ...rest } = b
    return { ...rest, inhoud: props, ontbrekend, notities, sha256: sha, templateVersie, budgetplan }
  }

  /** Refuses a wrong amount before anything is written; returns the budgetplan version a pgb op maat grants. */
  const checkGegevens = (clientId: number, soort: BriefRow['soort'], g: BriefRow['gegevens']): number | null =>
    checkBedragen(soort, g, bron.dossierVoor(clientId, soort, g, clock.today()))?.versieId ?? null

  function mustBeConcept(b: BriefRow): void {
    if (b.status === 'definitief') throw new AppError('FROZEN', DEFINITIEF_MESSAGE)
  }

  const finaliser = createFinaliser({
    clock,
    uow,
    repo,
    print: deps.print,
    kenmerken: deps.kenmerken,
    bron,
    mustGet,
    corrigeert,
    adviseurId: () => deps.adviseur()?.id ?? null,
  })

  return {
    repo,
    mustGet,
    detail,
    inhoudVan,
    async finalise(id: number, version: number): Promise<BriefDetail> {
      await finaliser.finalise(id, version)
      return detail(id)
    },
    finaliseReeks: finaliser.finaliseReeks,
    /** A batch's shared data: from 2025 no amount (each client's plan gives it). */
    checkBatch: checkBatchBedragen,
    list: (input: RouteArgs<'brieven.list'>) =>
      repo.list(input).map(({ version: _v, gegevens: _g, vrijeTekst: _t, adviseurId: _a, gecorrigeerdDoorId: _c, ...s }) => s),
    get(id: number): BriefDetail {
      const b = mustGet(id)
      return uow.run({ event: 'brief.read', clientId: b.clientId, resync: false, details: { briefId: id } }, () => detail(id))
    },
    create({ clientId, soort, gegevens: input, vrijeTekst }: RouteArgs<'brieven.create'>): BriefDetail {
      deps.clients.mustGet(clientId)
      const gegevens = voorinvullen(clientId, soort, input)
      const budgetplanVersieId = checkGegevens(clientId, soort, gegevens)
      const adviseurId = deps.adviseur()?.id ?? null
      const id = tx(clientId, 'brief.create', {}, (now) =>
        repo.insert({ clientId, soort, gegevens, vrijeTekst, corrigeertId: null, batchId: null, adviseurId, budgetplanVersieId }, now),
      )
      return detail(id)
    },
    update({ id, version, gegevens, vrijeTekst }: RouteArgs<'brieven.update'>): BriefDetail {
      const b = mustGet(id)
      mustBeConcept(b)
      const budgetplanVersieId = checkGegevens(b.clientId, b.soort, gegevens)
      tx(b.clientId, 'brief.update', { briefId: id }, (now) => {
        if (!repo.update(id, version, gegevens, vrijeTekst, budgetplanVersieId, now)) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
      })
      return detail(id)
    },
    delete({ id, version }: RouteArgs<'brieven.delete'>): { id: number } {
      const b = mustGet(id)
      mustBeConcept(b)
      tx(b.clientId, 'brief.delete', { briefId: id }, () => {
        if (!repo.remove(id, version)) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
      })
      return { id }
    },
    async concept(id: number): Promise<PdfFile> {
      const b = mustGet(id)
      mustBeConcept(b)
      const { props } = inhoudVan(b)
      const pdf = await deps.print.render({ kind: 'brief', concept: true, ...props })
      uow.record({ event: 'brief.concept', clientId: b.clientId, details: { briefId: id } })
      return { bestandsnaam: pdfBestandsnaam('concept-brief', b.clientNaam), pdf: Buffer.from(pdf).toString('base64') }
    },
    /** A reprint: exactly the archived bytes. */
    pdf(id: number): PdfFile & { sha256: string } {
      const b = mustGet(id)
      if (b.status !== 'definitief')
        throw new AppError('FORBIDDEN', 'Deze brief is nog een concept. Maak een concept-PDF of maak de brief eerst definitief.')
      return tx(b.clientId, 'brief.reprint', { briefId: id }, () => {
        const bytes = repo.archiefPdf(id)!
        return { bestandsnaam: pdfBestandsnaam('brief', b.kenmerk, b.clientNaam), pdf: bytes.toString('base64'), sha256: sha256(bytes) }
      })
    },
    verzonden({ id, verzondenOp }: RouteArgs<'brieven.verzonden'>): BriefDetail {
      const b = mustGet(id)
      if (b.status !== 'definitief') throw new AppError('FORBIDDEN', 'Maak de brief eerst definitief. Daarna legt u de verzenddatum vast.')
      if (b.verzondenOp) throw new AppError('CONFLICT', 'De verzenddatum van deze brief is al vastgelegd en kan niet meer veranderen.')
      if (verzondenOp < b.datum!) throw fieldError('verzondenOp', 'De verzenddatum ligt vóór de datum van de brief.')
      if (verzondenOp > clock.today()) throw fieldError('verzondenOp', 'De verzenddatum ligt in de toekomst.')
      tx(b.clientId, 'brief.verzonden', { briefId: id }, (now) => repo.verzending(id, verzondenOp, now, deps.adviseur()?.id ?? null))
      return detail(id)
    },
    corrigeer(id: number): BriefDetail {
      const b = mustGet(id)
      if (b.status !== 'definitief')
        throw new AppError('FORBIDDEN', 'Een concept kunt u gewoon aanpassen; een correctie is alleen nodig voor een definitieve brief.')
      if (b.gecorrigeerdDoorId) throw new AppError('CONFLICT', 'Van deze brief bestaat al een correctie. Open die brief.')
      const nieuw = tx(b.clientId, 'brief.correctie', { briefId: id }, (now) =>
        repo.insert(
          {
            clientId: b.clientId,
            soort: b.soort,
            gegevens: b.gegevens,
            vrijeTekst: b.vrijeTekst,
            corrigeertId: id,
            batchId: null,
            adviseurId: deps.adviseur()?.id ?? null,
          },
          now,
        ),
      )
      return detail(nieuw)
    },
  }
}
export type BrievenService = ReturnType<typeof createBrievenService>
