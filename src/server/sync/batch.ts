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
  /** Row writes not yet sent, by row: the final state wins; their results get the seq at flush. */
  pending: Map<string, { write: RowWrite; results: ChangeResult[] }>
}

export type RowWrite = Omit<StoredRow, 'seq' | 'changedAt'> & { device: string | null; uploadId: string | null }

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
    pending: new Map(),
  }
}

/** Records a row write for the next flush and updates the cache (seq unknown until then: -1). */
export function queueWrite(state: BatchState, w: RowWrite, at: Date): void {
  const key = rowKey(w.entity, w.gid)
  const prev = state.pending.get(key)
  state.pending.set(key, { write: w, results: prev?.results ?? [] })
  const { device: _d, uploadId: _u, ...row } = w
  state.rows.set(key, { ...row, seq: -1, changedAt: at })
}

/**
 * Writes every pending row in ONE statement, each with the next sequence value (callers hold the
 * sequence lock), and fills in the seq of the results that wait for it. A 500-change push thus makes a
 * handful of round trips instead of one per change.
 */
export async function flushWrites(tx: Queryable, state: BatchState, at: Date): Promise<void> {
  if (state.pending.size === 0) return
  const entries = [...state.pending.values()]
  state.pending.clear()
  const rows = entries.map(({ write: w }) => ({
    entity: w.entity,
    gid: w.gid,
    scope: w.scope,
    clientGid: w.clientGid,
    version: w.version,
    deleted: w.deleted,
    fields: w.fields,
    changedBy: w.changedBy,
    device: w.device,
    uploadId: w.uploadId,
  }))
  const written = await tx.query<{ entity: string; gid: string; seq: number }>(
    `INSERT INTO sync_row (entity, gid, scope, client_gid, version, seq, deleted, fields, changed_by, changed_device, changed_at, upload_id)
     SELECT e.v->>'entity', (e.v->>'gid')::uuid, e.v->>'scope', (e.v->>'clientGid')::uuid, (e.v->>'version')::int, nextval('sync_seq'),
            (e.v->>'deleted')::boolean, e.v->'fields', (e.v->>'changedBy')::uuid, (e.v->>'device')::uuid, $2, (e.v->>'uploadId')::uuid
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(v, n) ORDER BY e.n
     ON CONFLICT (entity, gid) DO UPDATE SET client_gid = EXCLUDED.client_gid, version = EXCLUDED.version, seq = EXCLUDED.seq,
       deleted = EXCLUDED.deleted, fields = EXCLUDED.fields, changed_by = EXCLUDED.changed_by,
       changed_device = EXCLUDED.changed_device, changed_at = EXCLUDED.changed_at
     RETURNING entity, gid, seq`,
    [JSON.stringify(rows), at],
  )
  const seqs = new Map(written.map((w) => [rowKey(w.entity, w.gid), w.seq]))
  for (const { write, results } of entries) {
    const key = rowKey(write.entity, write.gid)
    const seq = seqs.get(key)!
    for (const r of results) r.seq = seq
    const cached = state.rows.get(key)
    if (cached) cached.seq = seq
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
