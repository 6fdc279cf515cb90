import { createHash, createHmac } from 'node:crypto'
import type { Clock } from '../../lib/clock'
import { AUDIT_EVENTS, type AuditDetails, type AuditEvent } from '../../../shared/domain/auditEvents'
import type { AuditDbRow, AuditRepo } from './audit.repo'
import type { Anchor } from './anchor'

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

/** The outcome of walking the chain: where it first breaks and why, in Dutch. */
export interface AuditCheck {
  records: number
  eersteAfwijking: number | null
  reden: string | null
}

export interface Audit {
  /** Appends one record; must run inside the caller's transaction so the log and the change commit together. */
  record(entry: AuditEntry): void
  /** The last record (the anchor's candidate), or null for an empty log. */
  head(): Anchor | null
  /** Who acts now: for a record written on another connection (the provider import's worker). */
  actor(): AuditActor
}

export const GENESIS_HASH = '0'.repeat(64)

type Hashed = Omit<AuditDbRow, 'id' | 'prev_hash' | 'hash' | 'gid'>
const canonical = (r: Hashed) => JSON.stringify([r.at, r.event, r.action, r.client_id, r.user_id, r.user_role, r.on_behalf_of, r.details])

/**
 * Each record's hash covers the previous hash and its own fields. Since migration 9 it is an HMAC with
 * the audit key (auditKey.ts), so rewriting the chain needs that key too; records written before keep
 * their plain SHA-256, and no plain record may follow a keyed one.
 */
export function recordHash(key: Buffer, prev: string, r: Hashed): string {
  const text = `${prev}\n${canonical(r)}`
  return r.alg === 'hmac' ? createHmac('sha256', key).update(text).digest('hex') : createHash('sha256').update(text).digest('hex')
}

export function createAudit(repo: AuditRepo, inTransaction: () => boolean, clock: Clock, actor: () => AuditActor, key: Buffer): Audit {
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
        alg: 'hmac' as const,
      }
      const prev = repo.lastHash() ?? GENESIS_HASH
      repo.insert({ ...row, prev_hash: prev, hash: recordHash(key, prev, row) })
    },
    head: () => repo.head(),
    actor,
  }
}

/**
 * Walks the chain against the key and the anchor kept outside the database, a chunk at a time. Detects
 * an edited, inserted, deleted or reordered record (the chain breaks there), a chain rebuilt without
 * the key (its HMACs do not match), a keyed record turned back into a plain one, and records cut off the
 * end or a chain rebuilt from scratch (the anchored record is gone or different).
 */
export function chainVerifier(key: Buffer, anchor: { anchor: Anchor | null; valid: boolean }) {
  let prev = GENESIS_HASH
  let records = 0
  let keyed = false
  let anchoredSeen = false
  let failed: AuditCheck | null = null
  const fail = (id: number | null, reden: string): AuditCheck => (failed = { records, eersteAfwijking: id, reden })
  return {
    /** False once the chain is broken (no need to read further). */
    feed(r: AuditDbRow): boolean {
      if (failed) return false
      records++
      if (r.alg === 'sha256' && keyed) return !fail(r.id, `Vastlegging ${r.id} is zonder sleutel vastgelegd na vastleggingen met sleutel.`)
      keyed ||= r.alg === 'hmac'
      if (r.prev_hash !== prev || recordHash(key, prev, r) !== r.hash)
        return !fail(r.id, `Vastlegging ${r.id} is gewijzigd, ingevoegd of verplaatst.`)
      if (anchor.anchor && r.id === anchor.anchor.lastId) {
        if (r.hash !== anchor.anchor.head) return !fail(r.id, `Vastlegging ${r.id} verschilt van het anker buiten de database.`)
        anchoredSeen = true
      }
      prev = r.hash
      return true
    },
    finish(): AuditCheck {
      if (failed) return failed
      if (!anchor.valid) return fail(null, 'Het anker van het logboek buiten de database is beschadigd of vervalst.')
      if (anchor.anchor && !anchoredSeen)
        return fail(
          anchor.anchor.lastId,
          `Vastleggingen tot en met ${anchor.anchor.lastId} ontbreken: het logboek is ingekort of opnieuw opgebouwd.`,
        )
      if (!anchor.anchor && keyed) return fail(null, 'Het anker van het logboek buiten de database ontbreekt.')
      return { records, eersteAfwijking: null, reden: null }
    },
  }
}
