import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ClientsService } from '../clients/clients.service'
import type { PrintService } from '../print/print.service'
import type { BatchRun, BatchSummary } from '../../../shared/contracts/brieven.routes'
import type { EventName, EventPayload, RouteArgs } from '../../../shared/contracts/catalog'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import type { BrievenService } from './brieven.service'
import type { Uitkomst } from './brievenFinalise'
import type { BatchRepo } from './batch.repo'

/** Letters laid out per Chromium print job: large enough to save the per-job cost, small enough for steady progress. */
const PER_PRINTJOB = 25

function melding(error: unknown): string {
  const e = error instanceof AppError ? error : null
  return e ? [e.message, ...(e.issues ?? []).map((x) => x.message)].join(' ') : 'Er ging iets mis bij deze brief.'
}

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void

/**
 * Batches: one letter per client queued in one go (e.g. every budgethouder's new toekenning in December; from 2025
 * each grants that client's own vastgesteld budgetplan), finalised in one run with progress events: 25 letters per
 * Chromium print job, the next job printing (on a second print page) while this one's letters are archived, one transaction per job (a savepoint per letter). A run
 * that stops halfway is resumed by running it again: finalised letters are skipped, never duplicated.
 */
export function createBatchService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: BatchRepo
  clients: ClientsService
  brieven: BrievenService
  print: PrintService
  currentUserId: () => number | null
  emit: Emit
  /** Called after a run (memory to give back, lib/memoryRelease.ts). */
  afterRun?: () => void
}) {
  const { uow, repo, brieven } = deps

  function mustGet(batchId: number): BatchSummary {
    const s = repo.get(batchId)
    if (!s) throw new AppError('NOT_FOUND', 'Deze reeks brieven bestaat niet (meer).')
    return s
  }

  return {
    list: () => repo.list(),
    create({ naam, soort, clientIds, gegevens, vrijeTekst }: RouteArgs<'brieven.batch.create'>): BatchSummary {
      const ids = [...new Set(clientIds)]
      brieven.checkBatch(soort, gegevens)
      const batchId = uow.run({ event: 'brief.batch.create' }, (tx) => {
        const { now } = tx
        const id = repo.insert(naam, soort, deps.currentUserId(), now)
        for (const clientId of ids) {
          deps.clients.mustGet(clientId)
          brieven.repo.insert(
            { clientId, soort, gegevens, vrijeTekst, corrigeertId: null, batchId: id, adviseurId: deps.currentUserId() },
            now,
          )
        }
        tx.detail({ batchId: id, aantal: ids.length })
        return id
      })
      return mustGet(batchId)
    },
    async run(batchId: number): Promise<BatchRun> {
      mustGet(batchId)
      const letters = brieven.repo.list({ clientId: null, batchId, limit: 100_000 })
      const resultaten: BatchRun['resultaten'] = []
      const uitkomsten = new Map<number, Uitkomst>()
      // Progress in the batch's order: an outcome known early waits for the letters before it.
      const meldVoortgang = () => {
        for (const b of letters.slice(resultaten.length)) {
          const base = { briefId: b.id, clientId: b.clientId, clientNaam: b.clientNaam }
          const u = uitkomsten.get(b.id)
          if (b.status === 'definitief')
            resultaten.push({ ...base, status: 'al_definitief', kenmerk: b.kenmerk, melding: 'Was al definitief.' })
          else if (!u) return
          else if (u.ok) resultaten.push({ ...base, status: 'definitief', kenmerk: u.kenmerk, melding: 'Definitief en gearchiveerd.' })
          else resultaten.push({ ...base, status: 'mislukt', kenmerk: null, melding: melding(u.error) })
          deps.emit('brieven.batch.voortgang', {
            batchId,
            klaar: resultaten.length,
            totaal: letters.length,
            briefId: b.id,
            status: resultaten.at(-1)!.status,
          })
        }
      }
      const open = letters.filter((b) => b.status !== 'definitief').map((b) => ({ id: b.id, version: b.version }))
      try {
        await brieven.finaliseReeks(open, { perJob: PER_PRINTJOB, gemeld: (u) => (uitkomsten.set(u.id, u), meldVoortgang()) })
      } finally {
        if (open.length) deps.afterRun?.()
      }
      meldVoortgang()
      const gelukt = resultaten.filter((r) => r.status !== 'mislukt').length
      uow.record({ event: 'brief.batch.run', details: { batchId, gelukt, mislukt: resultaten.length - gelukt } })
      return { batchId, totaal: resultaten.length, gelukt, mislukt: resultaten.length - gelukt, resultaten }
    },
    /** One document for the printer: the archived PDFs of the batch, page for page as archived. */
    async pdf(batchId: number): Promise<PdfFile> {
      mustGet(batchId)
      const pdfs = repo.archivedPdfs(batchId)
      if (!pdfs.length) throw new AppError('NOT_READY', 'Deze reeks heeft nog geen definitieve brieven. Maak ze eerst definitief.')
      // pdf-lib is loaded with the first print run, not when the app starts.
      const bytes = await (await import('../../print/pdfPages')).mergePdfs(pdfs)
      uow.record({ event: 'brief.batch.print', details: { batchId, aantal: pdfs.length } })
      return { bestandsnaam: `brieven-reeks-${batchId}.pdf`, pdf: Buffer.from(bytes).toString('base64') }
    },
  }
}
export type BatchService = ReturnType<typeof createBatchService>
