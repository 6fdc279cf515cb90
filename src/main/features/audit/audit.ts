import { createHash } from 'node:crypto'
import type { Clock } from '../../lib/clock'
import { AUDIT_EVENTS, type AuditDetails, type AuditEvent } from '../../../shared/domain/auditEvents'
import type { AuditDbRow, AuditRepo } from './audit.repo'

export interface AuditActor {
  userId: number | null
  role: string | null
  onBehalfOf: number | null
}

export interface AuditEntry {
  /** What happened; its kind of access (C/R/U/D/E) and label come from AUDIT_EVENTS. */
  event: AuditEvent
  clientId?: number | null
  /** Never a BSN or free text from the dossier: ids, counts and codes only. */
  details?: AuditDetails
}

export interface Audit {
  /** Appends one record; must run inside the caller's transaction so the log and the change commit together. */
  record(entry: AuditEntry): void
  /** Walks the hash chain; returns the id of the first record that does not match, or null. */
  verify(): number | null
}

export const GENESIS_HASH = '0'.repeat(64)

function rowHash(prev: string, r: Omit<AuditDbRow, 'id' | 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([r.at, r.event, r.action, r.client_id, r.user_id, r.user_role, r.on_behalf_of, r.details])
  return createHash('sha256').update(`${prev}\n${canonical}`).digest('hex')
}

export function createAudit(repo: AuditRepo, inTransaction: () => boolean, clock: Clock, actor: () => AuditActor): Audit {
  return {
    record(entry) {
      if (!inTransaction()) throw new Error('audit.record must run inside the service transaction')
      const who = actor()
      const row = {
        at: clock.now().toISOString(),
        event: entry.event,
        action: AUDIT_EVENTS[entry.event].action,
        client_id: entry.clientId ?? null,
        user_id: who.userId,
        user_role: who.role,
        on_behalf_of: who.onBehalfOf,
        details: JSON.stringify(entry.details ?? {}),
      }
      const prev = repo.lastHash() ?? GENESIS_HASH
      repo.insert({ ...row, prev_hash: prev, hash: rowHash(prev, row) })
    },
    verify() {
      let prev = GENESIS_HASH
      for (const r of repo.walk()) {
        if (r.prev_hash !== prev || rowHash(prev, r) !== r.hash) return r.id
        prev = r.hash
      }
      return null
    },
  }
}
