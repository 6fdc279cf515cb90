import type { Db } from './types'
import { derivedGid, uuidv7 } from '../../shared/contracts/sync/ids'

/** Whether row changes are being captured for the teamserver right now, per connection. */
const capturing = new WeakMap<Db, { on: boolean; purging: boolean }>()

/**
 * SQL functions the schema relies on (migration 7 and later): global ids for synced rows made by
 * triggers (`wlz_uuid7()`, `wlz_derived_gid(namespace, name)`), and `wlz_capture()`, the switch the
 * change-capture triggers read. Registered on every read-write connection before it is migrated.
 */
export function registerFunctions(db: Db): void {
  const flag = { on: false, purging: false }
  capturing.set(db, flag)
  db.function('wlz_uuid7', { deterministic: false, varargs: false }, () => uuidv7())
  db.function('wlz_derived_gid', { deterministic: true }, (namespace: unknown, name: unknown) =>
    derivedGid(String(namespace), String(name)),
  )
  db.function('wlz_capture', { deterministic: false }, () => (flag.on ? 1 : 0))
  db.function('wlz_purging', { deterministic: false }, () => (flag.purging ? 1 : 0))
}

/** Runs `fn` while frozen rows of a dossier may be deleted (see freezeTriggers, purgeable). */
export function whilePurging<T>(db: Db, fn: () => T): T {
  const flag = capturing.get(db)!
  flag.purging = true
  try {
    return fn()
  } finally {
    flag.purging = false
  }
}

/** Runs `fn` with change capture on (the unit of work, while a person's action writes). */
export function withCapture<T>(db: Db, on: boolean, fn: () => T): T {
  const flag = capturing.get(db)
  if (!flag || !on) return fn()
  const before = flag.on
  flag.on = true
  try {
    return fn()
  } finally {
    flag.on = before
  }
}
