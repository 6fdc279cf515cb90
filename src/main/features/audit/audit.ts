import { createHash } from 'node:crypto'
import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'

export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E'

export interface AuditActor {
  userId: number | null
  role: string | null
  onBehalfOf: number | null
}

export interface AuditEntry {
  /** What happened, e.g. `client.create`, `client.search`, `bsn.reveal`, `brief.print`. */
  event: string
  action: AuditAction
  clientId?: number | null
  /** Never a BSN or free text from the dossier: ids, counts and codes only. */
  details?: Record<string, string | number | boolean | null>
}

export interface Audit {
  /** Appends one record; must run inside the caller's transaction so the log and the change commit together. */
  record(entry: AuditEntry): void
  /** Walks the hash chain; returns the id of the first record that does not match, or null. */
  verify(): number | null
}

export const GENESIS_HASH = '0'.repeat(64)

interface AuditRow {
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
}

function rowHash(prev: string, r: Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([r.at, r.event, r.action, r.client_id, r.user_id, r.user_role, r.on_behalf_of, r.details])
  return createHash('sha256').update(`${prev}\n${canonical}`).digest('hex')
}

export function createAudit(db: Db, clock: Clock, actor: () => AuditActor): Audit {
  const lastHash = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck()
  const insert = db.prepare(
    `INSERT INTO audit_log (at, event, action, client_id, user_id, user_role, on_behalf_of, details, prev_hash, hash)
     VALUES (@at, @event, @action, @client_id, @user_id, @user_role, @on_behalf_of, @details, @prev_hash, @hash)`,
  )
  const all = db.prepare('SELECT * FROM audit_log ORDER BY id')

  return {
    record(entry) {
      if (!db.inTransaction) throw new Error('audit.record must run inside the service transaction')
      const who = actor()
      const row = {
        at: clock.now().toISOString(),
        event: entry.event,
        action: entry.action,
        client_id: entry.clientId ?? null,
        user_id: who.userId,
        user_role: who.role,
        on_behalf_of: who.onBehalfOf,
        details: JSON.stringify(entry.details ?? {}),
      }
      const prev = (lastHash.get() as string | undefined) ?? GENESIS_HASH
      insert.run({ ...row, prev_hash: prev, hash: rowHash(prev, row) })
    },
    verify() {
      let prev = GENESIS_HASH
      for (const r of all.iterate() as IterableIterator<AuditRow>) {
        if (r.prev_hash !== prev || rowHash(prev, r) !== r.hash) return r.id
        prev = r.hash
      }
      return null
    },
  }
}
