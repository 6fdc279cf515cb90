import type { Logger } from '../../lib/log'
import { chainVerifier, type Audit, type AuditCheck } from './audit'
import type { AuditRepo } from './audit.repo'
import type { AnchorStore } from './anchor'

const CHUNK = 5000
const ANCHOR_DELAY_MS = 2000
const SCHEDULE_MS = 6 * 60 * 60 * 1000

/**
 * Keeps the audit log provable: the anchor outside the database follows the log (a few seconds after
 * each commit, and at close), and the whole chain is checked at start and every six hours, a chunk at a
 * time so the window never waits. A failed check is an alarm in Beheer, not a silent log line.
 */
export function createAuditGuard(deps: {
  repo: AuditRepo
  audit: Audit
  key: Buffer
  anchors: AnchorStore
  log: Logger
  onResult: (check: AuditCheck) => void
}) {
  let pending: ReturnType<typeof setTimeout> | null = null
  let schedule: ReturnType<typeof setInterval> | null = null
  let stopped = false
  // A log that was empty when the app opened holds only this session's records, and its first anchor
  // may still be on its way (written ANCHOR_DELAY_MS after a commit): a check then writes it first
  // instead of reporting it missing. A log with earlier records is checked against the anchor found.
  const emptyAtOpen = deps.audit.head() === null
  const anchorToCheck = () => {
    if (emptyAtOpen && pending) writeAnchor()
    return deps.anchors.read()
  }

  function writeAnchor(): void {
    if (pending) clearTimeout(pending)
    pending = null
    const head = deps.audit.head()
    if (head) deps.anchors.write(head)
  }

  function check(): AuditCheck {
    const v = chainVerifier(deps.key, anchorToCheck())
    for (let after = 0; ;) {
      const rows = deps.repo.chunk(after, CHUNK)
      if (!rows.length || !rows.every((r) => v.feed(r))) break
      after = rows.at(-1)!.id
    }
    return v.finish()
  }

  async function verify(): Promise<AuditCheck | null> {
    const v = chainVerifier(deps.key, anchorToCheck())
    for (let after = 0; ;) {
      // The app may close while a scheduled check is half-way: then it simply ends.
      if (stopped) return null
      const rows = deps.repo.chunk(after, CHUNK)
      if (!rows.length || !rows.every((r) => v.feed(r))) break
      after = rows.at(-1)!.id
      await new Promise((resolve) => setImmediate(resolve))
    }
    if (stopped) return null
    const result = v.finish()
    if (result.reden) deps.log.error(`audit log check failed: ${result.reden}`)
    deps.onResult(result)
    return result
  }

  return {
    /** After a commit that wrote audit records: move the anchor soon. */
    committed(): void {
      if (!pending) {
        pending = setTimeout(writeAnchor, ANCHOR_DELAY_MS)
        pending.unref?.()
      }
    },
    /** At close and after a restore: the anchor follows the log as it is now. */
    writeAnchor,
    /** The check a beheerder asks for (synchronous, on the route). */
    check(): AuditCheck {
      const result = check()
      deps.onResult(result)
      return result
    },
    verify,
    startSchedule(): void {
      schedule = setInterval(() => void verify(), SCHEDULE_MS)
      schedule.unref?.()
    },
    /** `keepAnchor` false when the database is being wiped: there is nothing left to anchor. */
    stop(keepAnchor = true): void {
      stopped = true
      if (schedule) clearInterval(schedule)
      if (pending && keepAnchor) writeAnchor()
      if (pending) clearTimeout(pending)
      pending = null
    },
  }
}
export type AuditGuard = ReturnType<typeof createAuditGuard>
