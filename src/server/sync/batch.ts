import type { Change, ChangeResult } from '../../shared/contracts/sync'
import type { Queryable } from '../db/sql'
import { type StoredRow, toStored } from './rows'

/**
 * What one push needs to know about the rows it touches, read in three queries up front instead of
 * three per change (a 500-change batch would otherwise make 1,500 round trips). Writes update the
 * cache, so a batch that creates a client and then its rows sees its own work.
 */
export interface BatchState {
  earlier: Map<string, { deviceId: string; result: ChangeResult }>
  rows: Map<string, StoredRow>
  teams: Map<string, string>
  handled: Array<{ changeId: string; result: ChangeResult }>
}

export const rowKey = (entity: string, gid: string) => `${entity}/${gid}`

export async function loadBatch(tx: Queryable, changes: readonly Change[]): Promise<BatchState> {
  const earlier = await tx.query<{ change_id: string; device_id: string; result: ChangeResult }>(
    'SELECT change_id, device_id, result FROM applied_change WHERE change_id = ANY($1::uuid[])',
    [changes.map((c) => c.changeId)],
  )
  const rows = await tx.query<Parameters<typeof toStored>[0]>(
    // JSON instead of array parameters: both engines read it the same way.
    'SELECT r.* FROM sync_row r JOIN jsonb_to_recordset($1::jsonb) AS k(entity text, gid uuid) ON r.entity = k.entity AND r.gid = k.gid',
    [JSON.stringify(changes.map((c) => ({ entity: c.entity, gid: c.gid })))],
  )
  const clients = [...new Set(changes.flatMap((c) => (c.clientGid ? [c.clientGid] : [])))]
  const teams = await tx.query<{ client_gid: string; team_id: string }>(
    'SELECT client_gid, team_id FROM dossier WHERE client_gid = ANY($1::uuid[])',
    [clients],
  )
  return {
    earlier: new Map(earlier.map((e) => [e.change_id, { deviceId: e.device_id, result: e.result }])),
    rows: new Map(rows.map((r) => [rowKey(r.entity, r.gid), toStored(r)])),
    teams: new Map(teams.map((t) => [t.client_gid, t.team_id])),
    handled: [],
  }
}

/** Stores every final result of this batch in one statement (retryable rejections are not final). */
export async function saveResults(
  tx: Queryable,
  state: BatchState,
  batchId: string,
  deviceId: string,
  accountId: string,
  at: Date,
): Promise<void> {
  if (state.handled.length === 0) return
  await tx.query(
    `INSERT INTO applied_change (change_id, batch_id, device_id, account_id, result, at)
     SELECT (e->>'changeId')::uuid, $2, $3, $4, e->'result', $5 FROM jsonb_array_elements($1::jsonb) AS e
     ON CONFLICT (change_id) DO NOTHING`,
    [JSON.stringify(state.handled), batchId, deviceId, accountId, at],
  )
}
