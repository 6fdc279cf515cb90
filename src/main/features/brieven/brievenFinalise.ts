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
/** One print job of a batch: the letters ready to archive and their PDFs, once printed and cut (null: one by one). */
type Deel = { klaar: Bereid[]; pdfs: Promise<Uint8Array[] | null> }

/**
 * Finalising = archiving for good: kenmerk, PDF bytes, SHA-256, template version and the data
 * snapshot (with the dossier facts it was made from), in one transaction per letter (a batch's
 * letters each in a savepoint of their job's transaction). Rendering runs
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

  /**
   * A job's letters archived in one transaction, each in a savepoint of its own (archiveer nests):
   * one sync to disk per job instead of one per letter, which was most of the archiving's time
   * (synchronous=FULL). The letters before one whose write fails stay archived; `klaar` counts them,
   * `fout` is that letter's reason. If the commit itself fails, none is archived (klaar 0).
   */
  function archiveerSamen(klaar: Bereid[], pdfs: Uint8Array[]): { klaar: number; fout: { error: unknown } | null } {
    let n = 0
    let fout: { error: unknown } | null = null
    try {
      uow.all(() => {
        for (const p of klaar) {
          try {
            archiveer(p, pdfs[n]!)
          } catch (error) {
            fout = { error }
            return
          }
          n++
        }
      })
      return { klaar: n, fout }
    } catch {
      return { klaar: 0, fout: null }
    }
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
     * Several concepts (a batch), `perJob` letters per print job: consecutive kenmerken, each job cut
     * into its letters, then one transaction per job (a savepoint per letter). The next job is queued as soon as this one
     * is: the print pool (printPool.ts) gives it a second page, so both print at once, and the main process cuts
     * and archives one job while Chromium prints the others.
     * A letter that cannot be finalised gets its reason and takes no kenmerk. When a cut is not
     * certain, or a letter's write fails (the kenmerken behind it would leave a gap), that job's
     * remaining letters are finalised one by one, so numbering stays unbroken. `gemeld` hears each
     * outcome as it is known (progress); failures found while preparing a job may come early.
     */
    async finaliseReeks(
      items: Array<{ id: number; version: number }>,
      opts: { perJob: number; gemeld?: (u: Uitkomst) => void } = { perJob: items.length || 1 },
    ): Promise<Uitkomst[]> {
      const datum = deps.clock.today()
      const jaar = datum.slice(0, 4)
      const uitkomst = new Map<number, Uitkomst>()
      const meld = (u: Uitkomst) => (uitkomst.set(u.id, u), opts.gemeld?.(u))

      /** A job's letters under the kenmerken after `offset` still-unused ones, and its print job queued. */
      function voorbereid(deel: typeof items, offset: number): Deel {
        const kenmerken = deps.kenmerken.next(jaar, offset + deel.length).slice(offset)
        const klaar: Bereid[] = []
        for (const { id, version } of deel) {
          try {
            klaar.push(bereid(id, version, datum, kenmerken[klaar.length]!))
          } catch (error) {
            meld({ id, ok: false, error })
          }
        }
        // A failed combined render is not the letters' fault: they are then tried one by one, each with its own reason.
        const pdfs = klaar.length > 1 ? deps.print.renderBrieven(klaar.map((p) => p.props)).catch(() => null) : Promise.resolve(null)
        return { klaar, pdfs }
      }

      const delen = Array.from({ length: Math.ceil(items.length / opts.perJob) }, (_, k) =>
        items.slice(k * opts.perJob, (k + 1) * opts.perJob),
      )
      let volgende: Deel | null = null
      // Each job holds the queue on its own: a letter finalised alone meanwhile waits for one job, not
      // for the whole batch (the kenmerk it takes is caught by the check below).
      for (let k = 0; k < delen.length; k++) {
        await serial(async () => {
          const huidig: Deel = volgende ?? voorbereid(delen[k]!, 0)
          // Queued before this job is archived, so it assumes this job uses all its kenmerken (checked
          // below). A device short of kenmerken (team) prepares it after this job instead, as it would alone.
          try {
            volgende = k + 1 < delen.length ? voorbereid(delen[k + 1]!, huidig.klaar.length) : null
          } catch {
            volgende = null
          }
          const pdfs = await huidig.pdfs
          // Printed under the kenmerken that are next now? Not when a letter before it was not archived after
          // all, or a letter finalised alone took one in between.
          const samen = pdfs !== null && huidig.klaar[0]!.kenmerk === deps.kenmerken.next(jaar, 1)[0]
          const { klaar, fout } = samen ? archiveerSamen(huidig.klaar, pdfs!) : { klaar: 0, fout: null }
          for (const [i, p] of huidig.klaar.entries()) {
            try {
              if (i === klaar && fout) throw fout.error
              meld({ id: p.b.id, ok: true, kenmerk: i < klaar ? p.kenmerk : await alleen(p.b.id, p.version) })
            } catch (error) {
              meld({ id: p.b.id, ok: false, error })
            }
          }
        })
      }
      return items.map(({ id }) => uitkomst.get(id)!)
    },
  }
}
