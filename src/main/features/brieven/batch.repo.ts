import type { Db } from '../../db/types'
import type { BatchSummary } from '../../../shared/contracts/brieven.routes'

const SUMMARY = `SELECT b.id, b.naam, b.soort, b.created_at AS createdAt, count(l.id) AS totaal, count(l.kenmerk) AS definitief
  FROM brief_batch b LEFT JOIN brief l ON l.batch_id = b.id`

/** Batches of letters: the batch rows with their progress, and the archived PDFs of a batch in order. */
export function batchRepo(db: Db) {
  const insert = db.prepare('INSERT INTO brief_batch (naam, soort, adviseur_id, created_at) VALUES (?, ?, ?, ?)')
  const summaries = db.prepare(`${SUMMARY} GROUP BY b.id ORDER BY b.id DESC LIMIT 100`)
  const summary = db.prepare(`${SUMMARY} WHERE b.id = ? GROUP BY b.id`)
  const archivedPdfs = db
    .prepare('SELECT a.pdf FROM brief_archief a JOIN brief b ON b.id = a.brief_id WHERE b.batch_id = ? ORDER BY b.id')
    .pluck()
  return {
    insert: (naam: string, soort: string, adviseurId: number | null, now: string) =>
      Number(insert.run(naam, soort, adviseurId, now).lastInsertRowid),
    list: () => summaries.all() as BatchSummary[],
    get: (id: number) => summary.get(id) as BatchSummary | undefined,
    archivedPdfs: (id: number) => archivedPdfs.all(id) as Buffer[],
  }
}
export type BatchRepo = ReturnType<typeof batchRepo>
