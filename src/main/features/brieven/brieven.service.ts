import { createHash } from 'node:crypto'
import { CONFLICT_MESSAGE } from '../../db/versioned'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ClientsService } from '../clients/clients.service'
import type { DossierRepo } from '../dossier/dossier.repo'
import type { PrintService } from '../print/print.service'
import type { KenmerkBron } from '../../sync/kenmerken'
import type { Adviseur } from '../../../shared/contracts/profiel.routes'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import type { BriefDetail } from '../../../shared/contracts/brieven.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { briefInhoud, type BriefBron, type BriefInhoud } from '../../../shared/domain/brieven/inhoud'
import type { BriefProps } from '../../../shared/print/brief'
import { SOORT_INFO } from '../../../shared/domain/brieven/soorten'
import type { BriefGegevens } from '../../../shared/domain/brieven/gegevens'
import { bedragProblemen } from '../../../shared/domain/brieven/pgbTeksten'
import type { BriefRow, BrievenRepo } from './brieven.repo'
import type { AuditDetails, AuditEvent } from '../../../shared/domain/auditEvents'
import { bronReader } from './brievenBron'

export const DEFINITIEF_MESSAGE = 'Deze brief is definitief en kan niet meer worden gewijzigd. Klopt er iets niet? Maak dan een correctie.'

/** How one letter of a batch ended: archived under its kenmerk, or the error that stopped it. */
export type Uitkomst = { id: number; ok: true; kenmerk: string } | { id: number; ok: false; error: unknown }

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

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
  /** The yearly pgb budget for the client's zorgprofiel on a date, from Beheer → Bedragen en tarieven. */
  budgetVoor?: (clientId: number, datum: string) => number | null
}) {
  const { clock, uow, repo } = deps
  const bron = bronReader({ dossier: deps.dossier, clients: deps.clients, adviseur: deps.adviseur, briefpapier: deps.print.briefpapier })

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

  /** A finalised letter comes from its snapshot; a concept from the dossier as it is now. */
  function inhoudVan(b: BriefRow): BriefInhoud & { sha256: string | null; templateVersie: number | null } {
    if (b.status === 'definitief') {
      const a = repo.archief(b.id)!
      return { ...briefInhoud(JSON.parse(a.snapshot) as BriefBron), ontbrekend: [], sha256: a.sha256, templateVersie: a.templateVersie }
    }
    return {
      ...briefInhoud(bron(b, { datum: clock.today(), kenmerk: null, corrigeert: corrigeert(b) })),
      sha256: null,
      templateVersie: null,
    }
  }

  function detail(id: number): BriefDetail {
    const b = mustGet(id)
    const { props, ontbrekend, sha256: sha, templateVersie } = inhoudVan(b)
    const { adviseurId: _a, ...rest } = b
    return { ...rest, inhoud: props, ontbrekend, sha256: sha, templateVersie }
  }

  /** Amounts are refused at once with a Dutch message: zero, or above the maximum for the profile. */
  function checkGegevens(g: BriefGegevens): void {
    if (g.jaarbedragCenten === null) return
    const [problem] = bedragProblemen(g)
    if (problem) throw fieldError('gegevens.jaarbedragCenten', problem)
  }

  function mustBeConcept(b: BriefRow): void {
    if (b.status === 'definitief') throw new AppError('FROZEN', DEFINITIEF_MESSAGE)
  }

  // Finalising renders outside the transaction; one job at a time, so kenmerken stay consecutive.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job)
    queue = next.catch(() => undefined)
    return next
  }

  type Bereid = { b: BriefRow; version: number; datum: string; kenmerk: string; snapshot: BriefBron; props: BriefProps }

  /** A concept ready to be archived under `kenmerk`: its snapshot and print props. Refuses in Dutch when it cannot be. */
  function bereid(id: number, version: number, datum: string, kenmerk: string): Bereid {
    const b = mustGet(id)
    mustBeConcept(b)
    if (b.version !== version) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
    const snapshot = bron(b, { datum, kenmerk, corrigeert: corrigeert(b) })
    const { props, ontbrekend } = briefInhoud(snapshot)
    if (ontbrekend.length) {
      throw new AppError(
        'VALIDATION_ERROR',
        `De brief is nog niet compleet. Nog ${ontbrekend.length === 1 ? '1 punt' : `${ontbrekend.length} punten`} in te vullen of te verbeteren.`,
        ontbrekend.map((message) => ({ path: 'brief', message })),
      )
    }
    return { b, version, datum, kenmerk, snapshot, props }
  }

  /** Finalising and archiving in one transaction: the kenmerk, the PDF, its SHA-256 and the snapshot. */
  function archiveer(p: Bereid, pdf: Uint8Array): void {
    tx(p.b.clientId, 'brief.finalise', { briefId: p.b.id }, (now) => {
      if (!repo.finalise(p.b.id, p.version, p.kenmerk, p.datum, now)) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
      deps.kenmerken.use(p.kenmerk, p.b.id)
      repo.archive({
        briefId: p.b.id,
        kenmerk: p.kenmerk,
        templateVersie: SOORT_INFO[p.b.soort].versie,
        snapshot: JSON.stringify(p.snapshot),
        pdf,
        sha256: sha256(pdf),
        now,
        door: deps.adviseur()?.id ?? null,
      })
    })
  }

  /** One letter rendered on its own and archived; the caller holds the queue. */
  async function finaliseAlleen(id: number, version: number): Promise<string> {
    const datum = clock.today()
    const p = bereid(id, version, datum, deps.kenmerken.next(datum.slice(0, 4), 1)[0]!)
    archiveer(p, await deps.print.render({ kind: 'brief', concept: false, ...p.props }))
    return p.kenmerk
  }

  function finalise(id: number, version: number): Promise<BriefDetail> {
    return serial(async () => {
      await finaliseAlleen(id, version)
      return detail(id)
    })
  }

  /**
   * Several concepts (a batch) in one print job: consecutive kenmerken, one combined render cut into
   * its letters, then one transaction per letter. A letter that cannot be finalised gets its reason
   * and takes no kenmerk. When the cut is not certain, or a letter's write fails (the kenmerken
   * behind it would leave a gap), the rest are finalised one by one, so numbering stays unbroken.
   */
  function finaliseReeks(items: Array<{ id: number; version: number }>): Promise<Uitkomst[]> {
    return serial(async () => {
      const datum = clock.today()
      const kenmerken = deps.kenmerken.next(datum.slice(0, 4), items.length)
      const uitkomst = new Map<number, Uitkomst>()
      const klaar: Bereid[] = []
      for (const { id, version } of items) {
        try {
          klaar.push(bereid(id, version, datum, kenmerken[klaar.length]!))
        } catch (error) {
          uitkomst.set(id, { id, ok: false, error })
        }
      }
      // A failed combined render is not the letters' fault: they are then tried one by one, each with its own reason.
      const pdfs = klaar.length > 1 ? await deps.print.renderBrieven(klaar.map((p) => p.props)).catch(() => null) : null
      let samen = pdfs !== null
      for (const [i, p] of klaar.entries()) {
        try {
          if (samen) archiveer(p, pdfs![i]!)
          const kenmerk = samen ? p.kenmerk : await finaliseAlleen(p.b.id, p.version)
          uitkomst.set(p.b.id, { id: p.b.id, ok: true, kenmerk })
        } catch (error) {
          uitkomst.set(p.b.id, { id: p.b.id, ok: false, error })
          samen = false
        }
      }
      return items.map(({ id }) => uitkomst.get(id)!)
    })
  }

  return {
    repo,
    mustGet,
    detail,
    inhoudVan,
    finalise,
    finaliseReeks,
    list: (input: RouteArgs<'brieven.list'>) =>
      repo.list(input).map(({ version: _v, gegevens: _g, vrijeTekst: _t, adviseurId: _a, gecorrigeerdDoorId: _c, ...s }) => s),
    get(id: number): BriefDetail {
      const b = mustGet(id)
      return uow.run({ event: 'brief.read', clientId: b.clientId, resync: false, details: { briefId: id } }, () => detail(id))
    },
    create({ clientId, soort, gegevens: input, vrijeTekst }: RouteArgs<'brieven.create'>): BriefDetail {
      // A pgb letter takes the maximum for the profile from the dated table when the adviser left it open.
      const max =
        (soort === 'pgb_toekenning' || soort === 'pgb_wijziging') && input.maximumCenten === null
          ? (deps.budgetVoor?.(clientId, input.ingangsdatum ?? clock.today()) ?? null)
          : null
      const gegevens = max === null ? input : { ...input, maximumCenten: max }
      checkGegevens(gegevens)
      const id = tx(clientId, 'brief.create', {}, (now) =>
        repo.insert(
          { clientId, soort, gegevens, vrijeTekst, corrigeertId: null, batchId: null, adviseurId: deps.adviseur()?.id ?? null },
          now,
        ),
      )
      return detail(id)
    },
    update({ id, version, gegevens, vrijeTekst }: RouteArgs<'brieven.update'>): BriefDetail {
      const b = mustGet(id)
      mustBeConcept(b)
      checkGegevens(gegevens)
      tx(b.clientId, 'brief.update', { briefId: id }, (now) => {
        if (!repo.update(id, version, gegevens, vrijeTekst, now)) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
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
      return { bestandsnaam: `concept-brief-${id}.pdf`, pdf: Buffer.from(pdf).toString('base64') }
    },
    /** A reprint: exactly the archived bytes. */
    pdf(id: number): PdfFile & { sha256: string } {
      const b = mustGet(id)
      if (b.status !== 'definitief')
        throw new AppError('FORBIDDEN', 'Deze brief is nog een concept. Maak een concept-PDF of maak de brief eerst definitief.')
      return tx(b.clientId, 'brief.reprint', { briefId: id }, () => {
        const bytes = repo.archiefPdf(id)!
        return { bestandsnaam: `brief-${b.kenmerk}.pdf`, pdf: bytes.toString('base64'), sha256: sha256(bytes) }
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
