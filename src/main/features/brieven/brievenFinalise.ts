import { createHash } from 'node:crypto'
import { CONFLICT_MESSAGE } from '../../db/versioned'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { PrintService } from '../print/print.service'
import type { KenmerkBron } from '../../sync/kenmerken'
import { briefInhoud, type BriefBron } from '../../../shared/domain/brieven/inhoud'
import type { BriefProps } from '../../../shared/print/brief'
import { SOORT_INFO } from '../../../shared/domain/brieven/soorten'
import type { BriefRow, BrievenRepo } from './brieven.repo'
import type { BronReader } from './brievenBron'
import { opMaatPlan } from './bedragCheck'

export const DEFINITIEF_MESSAGE = 'Deze brief is definitief en kan niet meer worden gewijzigd. Klopt er iets niet? Maak dan een correctie.'

/** How one letter of a batch ended: archived under its kenmerk, or the error that stopped it. */
export type Uitkomst = { id: number; ok: true; kenmerk: string } | { id: number; ok: false; error: unknown }

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

type Bereid = { b: BriefRow; version: number; datum: string; kenmerk: string; snapshot: BriefBron; props: BriefProps }

/**
 * Finalising = archiving for good: kenmerk, PDF bytes, SHA-256, template version and the data
 * snapshot (with the dossier facts it was made from), in one transaction per letter. Rendering runs
 * outside it, one job at a time, so kenmerken stay consecutive.
 */
export function createFinaliser(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: BrievenRepo
  print: PrintService
  kenmerken: KenmerkBron
  bron: BronReader
  mustGet: (id: number) => BriefRow
  corrigeert: (b: BriefRow) => { kenmerk: string; datum: string } | null
  adviseurId: () => number | null
}) {
  const { uow, repo } = deps

  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job)
    queue = next.catch(() => undefined)
    return next
  }

  /** A concept ready to be archived under `kenmerk`: its snapshot and print props. Refuses in Dutch when it cannot be. */
  function bereid(id: number, version: number, datum: string, kenmerk: string): Bereid {
    const b = deps.mustGet(id)
    if (b.status === 'definitief') throw new AppError('FROZEN', DEFINITIEF_MESSAGE)
    if (b.version !== version) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
    const snapshot = deps.bron(b, { datum, kenmerk, corrigeert: deps.corrigeert(b) })
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

  /**
   * The kenmerk, the PDF, its SHA-256, the snapshot and, for a pgb op maat, the budgetplan version it
   * grants, in one transaction. Granting another amount than the plan's total is audited apart
   * (ids only: the reason is free text and lives in the letter and its snapshot).
   */
  function archiveer(p: Bereid, pdf: Uint8Array): void {
    const g = p.b.gegevens
    const plan = opMaatPlan(p.b.soort, g, p.snapshot.dossier)
    const details = { briefId: p.b.id }
    uow.all(() => {
      uow.run({ event: 'brief.finalise', clientId: p.b.clientId, details, resync: false }, ({ now }) => {
        const f = { id: p.b.id, version: p.version, kenmerk: p.kenmerk, datum: p.datum, budgetplanVersieId: plan?.versieId ?? null, now }
        if (!repo.finalise(f)) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
        deps.kenmerken.use(p.kenmerk, p.b.id)
        repo.archive({
          briefId: p.b.id,
          kenmerk: p.kenmerk,
          templateVersie: SOORT_INFO[p.b.soort].versie,
          snapshot: JSON.stringify(p.snapshot),
          pdf,
          sha256: sha256(pdf),
          now,
          door: deps.adviseurId(),
        })
      })
      if (plan && g.toegekendCenten !== null && g.toegekendCenten !== plan.totaalCent)
        uow.record({ event: 'brief.bedrag_afwijking', clientId: p.b.clientId, details: { briefId: p.b.id, versieId: plan.versieId } })
    })
  }

  /** One letter rendered on its own and archived; the caller holds the queue. */
  async function alleen(id: number, version: number): Promise<string> {
    const datum = deps.clock.today()
    const p = bereid(id, version, datum, deps.kenmerken.next(datum.slice(0, 4), 1)[0]!)
    archiveer(p, await deps.print.render({ kind: 'brief', concept: false, ...p.props }))
    return p.kenmerk
  }

  return {
    finalise: (id: number, version: number): Promise<string> => serial(() => alleen(id, version)),

    /**
     * Several concepts (a batch) in one print job: consecutive kenmerken, one combined render cut into
     * its letters, then one transaction per letter. A letter that cannot be finalised gets its reason
     * and takes no kenmerk. When the cut is not certain, or a letter's write fails (the kenmerken
     * behind it would leave a gap), the rest are finalised one by one, so numbering stays unbroken.
     */
    finaliseReeks(items: Array<{ id: number; version: number }>): Promise<Uitkomst[]> {
      return serial(async () => {
        const datum = deps.clock.today()
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
            const kenmerk = samen ? p.kenmerk : await alleen(p.b.id, p.version)
            uitkomst.set(p.b.id, { id: p.b.id, ok: true, kenmerk })
          } catch (error) {
            uitkomst.set(p.b.id, { id: p.b.id, ok: false, error })
            samen = false
          }
        }
        return items.map(({ id }) => uitkomst.get(id)!)
      })
    },
  }
}
