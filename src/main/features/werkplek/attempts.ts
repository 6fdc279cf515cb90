import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'

/** Wrong attempts that cost nothing; after these each one doubles the wait. */
const FREE_ATTEMPTS = 3
const FIRST_WAIT_S = 30
const MAX_WAIT_S = 15 * 60

/** Where the count survives a restart (the PIN's, next to its hash); text in, text out. */
export interface AttemptStore {
  load(): string | null
  save(value: string): void
}

/**
 * Counts wrong PINs and recovery codes in the main process, so a reloaded window starts no fresh
 * count. After three wrong attempts the next one waits 30 s, then 60 s, 120 s, … up to 15 minutes.
 * An attempt is counted before it is checked, so attempts sent together cannot slip past the wait.
 * With a store the count and the wait are kept there too: restarting the app does not reset them.
 */
export function createAttemptLimiter(clock: Clock, store?: AttemptStore) {
  let { failures, blockedUntil } = parse(store?.load() ?? null)
  const save = () => store?.save(JSON.stringify({ failures, blockedUntil }))
  const waitSeconds = () => Math.max(0, Math.ceil((blockedUntil - clock.now().getTime()) / 1000))
  return {
    waitSeconds,
    /** Throws RATE_LIMITED while waiting; otherwise counts this attempt as a failure until `succeeded`. */
    begin(): void {
      const wait = waitSeconds()
      if (wait > 0) {
        throw new AppError('RATE_LIMITED', `Te veel onjuiste pogingen. Probeer het over ${wait} seconden opnieuw.`)
      }
      failures++
      if (failures >= FREE_ATTEMPTS) {
        const seconds = Math.min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_ATTEMPTS))
        blockedUntil = clock.now().getTime() + seconds * 1000
      }
      save()
    },
    succeeded(): void {
      if (failures === 0 && blockedUntil === 0) return
      failures = 0
      blockedUntil = 0
      save()
    },
  }
}
export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>

/** A stored count, or none for a missing or unreadable one (never a reason to refuse the right PIN). */
function parse(value: string | null): { failures: number; blockedUntil: number } {
  try {
    const v = JSON.parse(value ?? '{}') as { failures?: unknown; blockedUntil?: unknown }
    const count = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0)
    return { failures: count(v.failures), blockedUntil: count(v.blockedUntil) }
  } catch {
    return { failures: 0, blockedUntil: 0 }
  }
}
