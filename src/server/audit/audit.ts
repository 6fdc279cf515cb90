import type { z } from 'zod'
import { type AuditQuerySchema, type ROLES, uuidv7 } from '../../shared/contracts/sync'
import type { Queryable } from '../db/sql'

export interface AuditEntry {
  gid?: string
  at: Date | string
  event: string
  action: 'C' | 'R' | 'U' | 'D' | 'E'
  clientGid: string | null
  userGid: string | null
  role: (typeof ROLES)[number] | null
  onBehalfOf?: string | null
  deviceId: string | null
  details: Record<string, unknown>
}

/**
 * Appends to the central NEN 7513 log. Records from workstations keep their own gid (idempotent on
 * replay: the caller checks first); the server's own records (revoke, conflict resolution, beheer)
 * get a new one. The table refuses UPDATE and DELETE by trigger.
 */
export async function appendAudit(tx: Queryable, e: AuditEntry, source: 'werkplek' | 'server', receivedAt: Date): Promise<void> {
  await tx.query(
    `INSERT INTO audit_record (gid, at, event, action, client_gid, user_gid, role, on_behalf_of, device_id, details, source, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)`,
    [
      e.gid ?? uuidv7(receivedAt.getTime()),
      e.at,
      e.event,
      e.action,
      e.clientGid,
      e.userGid,
      e.role,
      e.onBehalfOf ?? null,
      e.deviceId,
      JSON.stringify(e.details),
      source,
      receivedAt,
    ],
  )
}

export async function findAudit(tx: Queryable, gid: string): Promise<Record<string, unknown> | undefined> {
  const [r] = await tx.query<AuditDbRow>('SELECT * FROM audit_record WHERE gid = $1', [gid])
  return r && toAuditRow(r)
}

interface AuditDbRow {
  id: number
  gid: string
  at: Date
  event: string
  action: AuditEntry['action']
  client_gid: string | null
  user_gid: string | null
  role: string | null
  on_behalf_of: string | null
  device_id: string | null
  details: Record<string, unknown>
}

const toAuditRow = (r: AuditDbRow) => ({
  id: r.id,
  gid: r.gid,
  at: r.at.toISOString(),
  event: r.event,
  action: r.action,
  clientGid: r.client_gid,
  userGid: r.user_gid,
  role: r.role,
  onBehalfOf: r.on_behalf_of,
  deviceId: r.device_id,
  details: r.details,
})

/** One page of the log, oldest first, optionally for one client; `after` is the last id seen. */
export async function listAudit(db: Queryable, q: z.output<typeof AuditQuerySchema>) {
  const rows = await db.query<AuditDbRow>(
    `SELECT * FROM audit_record WHERE id > $1 AND ($2::uuid IS NULL OR client_gid = $2) ORDER BY id LIMIT $3`,
    [q.after, q.clientGid ?? null, q.limit + 1],
  )
  const page = rows.slice(0, q.limit).map(toAuditRow)
  return { rows: page, cursor: page.at(-1)?.id ?? q.after, more: rows.length > q.limit }
}
