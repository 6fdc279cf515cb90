import type { Conflict, EntityName, PullResponse, PullRow } from '../../shared/contracts/sync'
import type { Queryable } from '../db/sql'
import type { Principal } from '../auth/principal'
import { mayHold } from './visibility'

interface DbRow {
  seq: number
  entity: EntityName
  gid: string
  version: number
  deleted: boolean
  client_gid: string | null
  fields: Record<string, unknown>
  changed_by: string | null
  changed_at: Date
}

/**
 * The latest state of every row after `after` that this device may see, in seq order, plus "hidden"
 * rows for dossiers it may no longer hold. Two sorted sources (sync_row and dossier_hidden) are each
 * read up to `limit` rows and merged; the first `limit` of the merge are complete up to their last
 * seq, which becomes the cursor. Audit rows live in their own table and are never pulled.
 */
export async function pull(db: Queryable, p: Principal, after: number, limit: number): Promise<PullResponse> {
  const huisbezoek = p.deviceScope === 'huisbezoek' ? p.deviceId : null
  const rows = await db.query<DbRow>(
    `SELECT r.seq, r.entity, r.gid, r.version, r.deleted, r.client_gid, r.fields, r.changed_by, r.changed_at
     FROM sync_row r
     WHERE r.seq > $3 AND (r.scope <> 'dossier' OR ${mayHold('r.client_gid')})
     ORDER BY r.seq LIMIT $4`,
    [p.teams, huisbezoek, after, limit + 1],
  )
  const hidden = await db.query<{ seq: number; client_gid: string; at: Date }>(
    `SELECT h.seq, h.client_gid, h.at FROM dossier_hidden h
     WHERE h.seq > $3 AND (h.device_id = $4 OR h.from_team = ANY($1::uuid[]))
       AND NOT ${mayHold('h.client_gid')}
     ORDER BY h.seq LIMIT $5`,
    [p.teams, huisbezoek, after, p.deviceId, limit + 1],
  )
  const merged: PullRow[] = [
    ...rows.map((r) => ({
      seq: r.seq,
      entity: r.entity,
      gid: r.gid,
      version: r.version,
      deleted: r.deleted,
      hidden: false,
      clientGid: r.client_gid,
      fields: r.fields,
      changedBy: r.changed_by,
      changedAt: r.changed_at.toISOString(),
    })),
    ...hidden.map((h) => ({
      seq: h.seq,
      entity: 'client' as const,
      gid: h.client_gid,
      version: 0,
      deleted: false,
      hidden: true,
      clientGid: h.client_gid,
      fields: null,
      changedBy: null,
      changedAt: h.at.toISOString(),
    })),
  ].sort((a, b) => a.seq - b.seq)
  const page = merged.slice(0, limit)
  const conflicts = await openConflicts(db, p.accountId)
  return { rows: page, conflicts, cursor: page.at(-1)?.seq ?? after, more: merged.length > limit }
}

export async function openConflicts(db: Queryable, accountId: string): Promise<Conflict[]> {
  const rows = await db.query<{
    id: string
    entity: EntityName
    gid: string
    client_gid: string | null
    change_id: string
    author: string
    device_id: string
    created_at: Date
    fields: Conflict['fields']
  }>('SELECT * FROM conflict WHERE author = $1 AND resolved_at IS NULL ORDER BY created_at, id LIMIT 200', [accountId])
  return rows.map((r) => ({
    id: r.id,
    entity: r.entity,
    gid: r.gid,
    clientGid: r.client_gid,
    changeId: r.change_id,
    author: r.author,
    deviceId: r.device_id,
    createdAt: r.created_at.toISOString(),
    fields: r.fields,
  }))
}
