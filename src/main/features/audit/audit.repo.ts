import type { Db } from '../../db/types'
import type { AuditAction } from '../../../shared/domain/auditEvents'

/** One record of the access log as stored; `hash` chains it to the record before. */
export interface AuditDbRow {
  id: number
  at: string
  event: string
  action: string
  client_id: number | null
  user_id: number | null
  user_role: string | null
  on_behalf_of: number | null
  details: string
  prev_hash: string
  hash: string
  gid: string
  /** 'hmac' since migration 9 (keyed with the audit key), 'sha256' for records written before. */
  alg: 'sha256' | 'hmac'
}

export interface AuditListRow {
  id: number
  at: string
  event: string
  action: AuditAction
  client_id: number | null
  user_role: string | null
  user_naam: string | null
  voornamen: string | null
  voorvoegsel: string | null
  achternaam: string | null
}

/** The append-only access log (NEN 7513): appending, walking the chain, and the per-client/per-user views. */
export function auditRepo(db: Db) {
  const lastHash = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck()
  const head = db.prepare('SELECT id AS lastId, hash AS head FROM audit_log ORDER BY id DESC LIMIT 1')
  const insert = db.prepare(
    `INSERT INTO audit_log (gid, at, event, action, client_id, user_id, user_role, on_behalf_of, details, prev_hash, hash, alg)
     VALUES (wlz_uuid7(), @at, @event, @action, @client_id, @user_id, @user_role, @on_behalf_of, @details, @prev_hash, @hash, @alg)`,
  )
  const chunk = db.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?')
  const where = 'WHERE (@clientId IS NULL OR l.client_id = @clientId) AND (@userId IS NULL OR l.user_id = @userId)'
  const page = db.prepare(
    `SELECT l.id, l.at, l.event, l.action, l.client_id, l.user_role, a.naam AS user_naam, c.voornamen, c.voorvoegsel, c.achternaam
     FROM audit_log l LEFT JOIN adviseur a ON a.id = l.user_id LEFT JOIN client c ON c.id = l.client_id
     ${where} ORDER BY l.id DESC LIMIT @limit OFFSET @offset`,
  )
  const count = db.prepare(`SELECT count(*) FROM audit_log l ${where}`).pluck()
  const total = db.prepare('SELECT count(*) FROM audit_log').pluck()
  return {
    lastHash: () => lastHash.get() as string | undefined,
    insert: (r: Omit<AuditDbRow, 'id' | 'gid'>) => void insert.run(r),
    head: () => (head.get() as { lastId: number; head: string } | undefined) ?? null,
    /** The next records after `afterId`, in order (the chain is checked a chunk at a time). */
    chunk: (afterId: number, limit: number) => chunk.all(afterId, limit) as AuditDbRow[],
    page: (f: { clientId: number | null; userId: number | null; offset: number; limit: number }) => ({
      rows: page.all(f) as AuditListRow[],
      total: count.get(f) as number,
    }),
    count: () => total.get() as number,
  }
}
export type AuditRepo = ReturnType<typeof auditRepo>
