import type { Logger } from '../../lib/log'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { AuditEntry } from './audit'

/**
 * Searches are logged (NEN 7513) once they settle, not per keystroke: every query replaces the
 * pending record, which is written `delayMs` after the last one (and on close). A crash can lose
 * at most that last pending search record; dossier reads and BSN reveals are written at once.
 */
export function createSettledAudit(uow: UnitOfWork, log: Logger, delayMs = 1500) {
  let pending: AuditEntry | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  function flush(): void {
    if (timer) clearTimeout(timer)
    timer = null
    const entry = pending
    pending = null
    if (!entry) return
    try {
      uow.record(entry)
    } catch (error) {
      log.error('could not write the search audit record', error)
    }
  }

  return {
    note(entry: AuditEntry): void {
      pending = entry
      if (timer) clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
      timer.unref?.()
    },
    flush,
    /** Forgets the pending record: the data it is about is being wiped. */
    discard(): void {
      if (timer) clearTimeout(timer)
      timer = null
      pending = null
    },
  }
}
export type SettledAudit = ReturnType<typeof createSettledAudit>
