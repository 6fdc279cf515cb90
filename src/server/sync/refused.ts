import type { Change, ChangeResult } from '../../shared/contracts/sync'
import type { Queryable } from '../db/sql'
import type { Principal } from '../auth/principal'
import { type BatchState, rowKey } from './batch'
import { mayHold } from './visibility'

/**
 * A refused change leaves the workstation's row at a value the server never took (e.g. an edit of a
 * letter a colleague finalised meanwhile). For every final rejection of a row that exists on the server
 * and that this device may hold, the answer carries the server's current state, so the workstation
 * puts it back; the refused values stay listed there under "Geweigerde wijzigingen". A change the
 * device was refused because it may not see the dossier gets nothing back: that would leak the row.
 * Added after the results are stored, so a re-sent batch is answered from the stored results only.
 */
export async function attachCurrent(
  tx: Queryable,
  p: Principal,
  state: BatchState,
  changes: readonly Change[],
  results: ChangeResult[],
): Promise<void> {
  const byId = new Map(changes.map((c) => [c.changeId, c]))
  const huisbezoek = p.deviceScope === 'huisbezoek' ? p.deviceId : null
  for (const r of results) {
    if (r.status !== 'rejected' || r.retryable) continue
    const c = byId.get(r.changeId)
    const row = c && state.rows.get(rowKey(c.entity, c.gid))
    if (!row || row.seq <= 0) continue
    if (row.scope === 'dossier') {
      const [held] = await tx.query<{ ok: boolean }>(`SELECT ${mayHold('$3::uuid')} AS ok`, [p.teams, huisbezoek, row.clientGid])
      if (!held?.ok) continue
    }
    r.current = {
      seq: row.seq,
      entity: row.entity as NonNullable<ChangeResult['current']>['entity'],
      gid: row.gid,
      version: row.version,
      deleted: row.deleted,
      hidden: false,
      clientGid: row.clientGid,
      fields: row.fields,
      changedBy: row.changedBy,
      changedAt: row.changedAt.toISOString(),
    }
  }
}
