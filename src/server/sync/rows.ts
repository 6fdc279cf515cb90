import type { Queryable } from '../db/sql'

/** One row of sync_row as the push and pull code use it. */
export interface StoredRow {
  entity: string
  gid: string
  scope: 'dossier' | 'shared' | 'account'
  clientGid: string | null
  version: number
  seq: number
  deleted: boolean
  fields: Record<string, unknown>
  changedBy: string | null
  changedAt: Date
}

interface DbRow {
  entity: string
  gid: string
  scope: StoredRow['scope']
  client_gid: string | null
  version: number
  seq: number
  deleted: boolean
  fields: Record<string, unknown>
  changed_by: string | null
  changed_at: Date
}

export const toStored = (r: DbRow): StoredRow => ({
  entity: r.entity,
  gid: r.gid,
  scope: r.scope,
  clientGid: r.client_gid,
  version: r.version,
  seq: r.seq,
  deleted: r.deleted,
  fields: r.fields,
  changedBy: r.changed_by,
  changedAt: r.changed_at,
})

export async function readRow(tx: Queryable, entity: string, gid: string): Promise<StoredRow | undefined> {
  const [r] = await tx.query<DbRow>('SELECT * FROM sync_row WHERE entity = $1 AND gid = $2', [entity, gid])
  return r && toStored(r)
}

/**
 * Inserts or replaces a row with the next sequence value. Callers hold the sequence lock (seqLock.ts).
 * Returns the new seq.
 */
export async function writeRow(
  tx: Queryable,
  row: Omit<StoredRow, 'seq' | 'changedAt'> & { device: string | null; at: Date; uploadId?: string | null },
): Promise<number> {
  const [r] = await tx.query<{ seq: number }>(
    `INSERT INTO sync_row (entity, gid, scope, client_gid, version, seq, deleted, fields, changed_by, changed_device, changed_at, upload_id)
     VALUES ($1, $2, $3, $4, $5, nextval('sync_seq'), $6, $7::jsonb, $8, $9, $10, $11)
     ON CONFLICT (entity, gid) DO UPDATE SET client_gid = EXCLUDED.client_gid, version = EXCLUDED.version, seq = EXCLUDED.seq,
       deleted = EXCLUDED.deleted, fields = EXCLUDED.fields, changed_by = EXCLUDED.changed_by,
       changed_device = EXCLUDED.changed_device, changed_at = EXCLUDED.changed_at
     RETURNING seq`,
    [
      row.entity,
      row.gid,
      row.scope,
      row.clientGid,
      row.version,
      row.deleted,
      JSON.stringify(row.fields),
      row.changedBy,
      row.device,
      row.at,
      row.uploadId ?? null,
    ],
  )
  return r!.seq
}

/** Gives every row of a dossier a new seq, so devices that newly see it (another team) receive all of it. */
export async function bumpDossier(tx: Queryable, clientGid: string): Promise<void> {
  // The client row first, so a device that pulls page by page meets the client before its rows.
  await tx.query(`UPDATE sync_row SET seq = nextval('sync_seq') WHERE entity = 'client' AND gid = $1`, [clientGid])
  await tx.query(`UPDATE sync_row SET seq = nextval('sync_seq') WHERE client_gid = $1 AND entity <> 'client'`, [clientGid])
}
