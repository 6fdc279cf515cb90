import type { Queryable } from '../db/sql'
import { ServerError } from '../errors'

/**
 * Sign-in throttling, kept in the database so every server instance counts the same failures.
 * Per gebruikersnaam: 5 free failures, then a wait of 30 s that doubles with each further failure
 * (at most 15 minutes). Per remote address the free count is 20, because an office shares one address.
 * Failures older than an hour are forgotten.
 */
const FREE = { user: 5, addr: 20 }
const FIRST_WAIT_MS = 30_000
const MAX_WAIT_MS = 15 * 60_000

export const throttleKeys = (gebruikersnaam: string, address: string) => [
  { key: `user:${gebruikersnaam.toLowerCase()}`, free: FREE.user },
  { key: `addr:${address}`, free: FREE.addr },
]

export function waitText(ms: number): string {
  const s = Math.ceil(ms / 1000)
  if (s < 60) return `${s} ${s === 1 ? 'seconde' : 'seconden'}`
  const m = Math.ceil(s / 60)
  return `${m} ${m === 1 ? 'minuut' : 'minuten'}`
}

const blocked = (ms: number) =>
  new ServerError(429, 'RATE_LIMITED', `Te veel mislukte aanmeldpogingen. Wacht ${waitText(ms)} en probeer het dan opnieuw.`)

/** Throws 429 while any key is still waiting. Called before the password is even checked. */
export async function assertNotThrottled(db: Queryable, keys: Array<{ key: string }>, now: Date): Promise<void> {
  const rows = await db.query<{ blocked_until: Date | null }>('SELECT blocked_until FROM login_throttle WHERE key = ANY($1::text[])', [
    keys.map((k) => k.key),
  ])
  const until = Math.max(0, ...rows.map((r) => r.blocked_until?.getTime() ?? 0))
  if (until > now.getTime()) throw blocked(until - now.getTime())
}

/** Counts one failure on each key; returns the wait that now applies (0 while failures are free). */
export async function recordFailure(db: Queryable, keys: Array<{ key: string; free: number }>, now: Date): Promise<number> {
  let wait = 0
  for (const { key, free } of keys) {
    const [row] = await db.query<{ failures: number }>(
      `INSERT INTO login_throttle (key, failures, last_failure_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.last_failure_at < $2::timestamptz - interval '1 hour' THEN 1 ELSE login_throttle.failures + 1 END,
         last_failure_at = $2
       RETURNING failures`,
      [key, now],
    )
    const over = (row?.failures ?? 0) - free
    if (over >= 0) {
      const ms = Math.min(FIRST_WAIT_MS * 2 ** over, MAX_WAIT_MS)
      await db.query('UPDATE login_throttle SET blocked_until = $2 WHERE key = $1', [key, new Date(now.getTime() + ms)])
      wait = Math.max(wait, ms)
    }
  }
  return wait
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM login_throttle WHERE key = $1', [key])
}

export { blocked as throttledError }
