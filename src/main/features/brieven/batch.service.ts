import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { ClientsService } from '../clients/clients.service'
import type { PrintService } from '../print/print.service'
import type { BatchRun, BatchSummary } from '../../../shared/contracts/brieven.routes'
import type { EventName, EventPayload, RouteArgs } from '../../../shared/contracts/catalog'
import type { PdfFile } from '../../../shared/contracts/print.routes'
import { mergePdfs } from '../../print/pdfPages'
import type { BrievenService } from './brieven.service'

/** Letters laid out per Chromium print job: large enough to save the per-job cost, small enough for steady progress. */
const PER_PRINTJOB = 25

function melding(error: unknown): string {
  const e = error instanceof AppError ? error : null
  return e ? [e.message, ...(e.issues ?? []).map((x) => x.message)].join(' ') : 'Er ging iets mis bij deze brief.'
}

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void

/**
 * Batches: one letter per client queued in one go (e.g. every budgethouder's new toekenning in
 * December), finalised in one run with progress events: 25 letters per Chromium print job, one
 * transaction per letter. A run that stops halfway is resumed by running it again: finalised
 * letters are skipped, never duplicated.
 */
export function createBatchService(deps: {
  db: Db
  clock: Clock
  audit: Audit
  clients: ClientsService
  brieven: BrievenService
  print: PrintService
  currentUserId: () => number | null
  emit: Emit
}) {
  const { db, audit, brieven } = deps
  const insertBatch = db.prepare('INSERT INTO brief_batch (naam, soort, adviseur_id, created_at) VALUES (?, ?, ?, ?)')
  const summaries = db.prepare(
    `SELECT b.id, b.naam, b.soort, b.created_at AS createdAt, count(l.id) AS totaal, count(l.kenmerk) AS definitief
     FROM brief_batch b LEFT JOIN brief l ON l.batch_id = b.id GROUP BY b.id ORDER BY b.id DESC LIMIT 100`,
  )
  const summary = db.prepare(
    `SELECT b.id, b.naam, b.soort, b.created_at AS createdAt, count(l.id) AS totaal, count(l.kenmerk) AS definitief
     FROM brief_batch b LEFT JOIN brief l ON l.batch_id = b.id WHERE b.id = ? GROUP BY b.id`,
  )
  const archiefPdfs = db
    .prepare('SELECT a.pdf FROM brief_archief a JOIN brief b ON b.id = a.brief_id WHERE b.batch_id = ? ORDER BY b.id')
    .pluck()

  function mustGet(batchId: number): BatchSummary {
    const s = summary.get(batchId) as BatchSummary | undefined
    if (!s) throw new AppError('NOT_FOUND', 'Deze reeks brieven bestaat niet (meer).')
    return s
  }

  return {
    list: () => summaries.all() as BatchSummary[],
    create({ naam, soort, clientIds, gegevens, vrijeTekst }: RouteArgs<'brieven.batch.create'>): BatchSummary {
      const ids = [...new Set(clientIds)]
      const batchId = db.transaction(() => {
        const now = deps.clock.now().toISOString()
        const id = Number(insertBatch.run(naam, soort, deps.currentUserId(), now).lastInsertRowid)
        for (const clientId of ids) {
          deps.clients.mustGet(clientId)
          brieven.repo.insert(
            { clientId, soort, gegevens, vrijeTekst, corrigeertId: null, batchId: id, adviseurId: deps.currentUserId() },
            now,
          )
        }
        audit.record({ event: 'brief.batch.create', action: 'C', details: { batchId: id, aantal: ids.length } })
        return id
      })()
      return mustGet(batchId)
    },
    async run(batchId: number): Promise<BatchRun> {
      mustGet(batchId)
      const letters = brieven.repo.list({ clientId: null, batchId, limit: 100_000 })
      const resultaten: BatchRun['resultaten'] = []
      for (let start = 0; start < letters.length; start += PER_PRINTJOB) {
        const deel = letters.slice(start, start + PER_PRINTJOB)
        const open = deel.filter((b) => b.status !== 'definitief').map((b) => ({ id: b.id, version: b.version }))
        const uitkomsten = new Map((await brieven.finaliseReeks(open)).map((u) => [u.id, u]))
        for (const b of deel) {
          const base = { briefId: b.id, clientId: b.clientId, clientNaam: b.clientNaam }
          const u = uitkomsten.get(b.id)
          if (!u) resultaten.push({ ...base, status: 'al_definitief', kenmerk: b.kenmerk, melding: 'Was al definitief.' })
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
      const gelukt = resultaten.filter((r) => r.status !== 'mislukt').length
      db.transaction(() =>
        audit.record({ event: 'brief.batch.run', action: 'E', details: { batchId, gelukt, mislukt: resultaten.length - gelukt } }),
      )()
      return { batchId, totaal: resultaten.length, gelukt, mislukt: resultaten.length - gelukt, resultaten }
    },
    /** One document for the printer: the archived PDFs of the batch, page for page as archived. */
    async pdf(batchId: number): Promise<PdfFile> {
      mustGet(batchId)
      const pdfs = archiefPdfs.all(batchId) as Buffer[]
      if (!pdfs.length) throw new AppError('NOT_READY', 'Deze reeks heeft nog geen definitieve brieven. Maak ze eerst definitief.')
      const bytes = await mergePdfs(pdfs)
      db.transaction(() => audit.record({ event: 'brief.batch.print', action: 'E', details: { batchId, aantal: pdfs.length } }))()
      return { bestandsnaam: `brieven-reeks-${batchId}.pdf`, pdf: Buffer.from(bytes).toString('base64') }
    },
  }
}
export type BatchService = ReturnType<typeof createBatchService>
