import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'

/** Wrong attempts that cost nothing; after these each one doubles the wait. */
const FREE_ATTEMPTS = 3
const FIRST_WAIT_S = 30
const MAX_WAIT_S = 15 * 60

/**
 * Counts wrong PINs and recovery codes in the main process, so a reloaded window starts no fresh
 * count. After three wrong attempts the next one waits 30 s, then 60 s, 120 s, … up to 15 minutes.
 * An attempt is counted before it is checked, so attempts sent together cannot slip past the wait.
 */
export function createAttemptLimiter(clock: Clock) {
  let failures = 0
  let blockedUntil = 0
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
    },
    succeeded(): void {
      failures = 0
      blockedUntil = 0
    },
  }
}
export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>
