import type { z } from 'zod'
import type { UploadRequestSchema } from '../../shared/contracts/sync'
import type { Clock } from '../clock'
import type { Sql } from '../db/sql'
import { ServerError } from '../errors'
import { appendAudit } from '../audit/audit'
import type { Principal } from '../auth/principal'
import { applyBatch } from './push'
import { lockSequence } from './seqLock'

const refused = (message: string) => new ServerError(409, 'UPLOAD_REFUSED', message)

/**
 * A beheerder uploads an existing single-desk database ONCE to an EMPTY server, in pages of ordinary
 * changes. The first page opens the upload only when no dossier exists yet and no upload ever ran;
 * later pages name the same uploadId; `laatste` closes it for good. Each page is one transaction.
 */
export async function uploadPage(sql: Sql, clock: Clock, p: Principal, req: z.output<typeof UploadRequestSchema>) {
  const now = clock()
  return sql.transaction(async (tx) => {
    // The same lock as push, so no push can create a dossier between the emptiness check and the first page.
    await lockSequence(tx)
    const [mine] = await tx.query<{ finished_at: Date | null }>('SELECT finished_at FROM upload WHERE id = $1', [req.uploadId])
    if (!mine) {
      const [other] = await tx.query('SELECT 1 FROM upload LIMIT 1')
      if (other) throw refused('Er is al eerder een database naar deze server geüpload. Dat kan maar één keer.')
      const [dossier] = await tx.query('SELECT 1 FROM dossier LIMIT 1')
      if (dossier) throw refused('De server bevat al dossiers. Een database uploaden kan alleen naar een lege server.')
      await tx.query('INSERT INTO upload (id, account_id, started_at) VALUES ($1, $2, $3)', [req.uploadId, p.accountId, now])
    } else if (mine.finished_at) {
      throw refused('Deze upload is al afgesloten.')
    }
    const results = req.changes.length ? await applyBatch(tx, now, p, req.changes, req.uploadId, req.uploadId) : []
    if (req.laatste) {
      await tx.query('UPDATE upload SET finished_at = $2 WHERE id = $1', [req.uploadId, now])
      const [n] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_row WHERE upload_id = $1', [req.uploadId])
      await appendAudit(
        tx,
        {
          at: now,
          event: 'upload.finish',
          action: 'C',
          clientGid: null,
          userGid: p.accountId,
          role: p.role,
          deviceId: p.deviceId,
          details: { upload: req.uploadId, rijen: n?.n ?? 0 },
        },
        'server',
        now,
      )
    }
    return { uploadId: req.uploadId, results, afgesloten: req.laatste }
  })
}
