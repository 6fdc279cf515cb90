import { hash } from 'node:crypto'
import type { Db } from './types'
import { uuidv7 } from '../../shared/contracts/sync/ids'
import { naamCode } from './naamCode'

const HEX = '0123456789abcdef'

/**
 * The same name-based gid as shared `derivedGid` (UUIDv8 over SHA-256 of namespace and name), with
 * Node's native SHA-256: the shared one is plain JS (src/shared may not use node:crypto) and cost
 * ~15 µs a row in a 120,000-row provider import. The one-shot `hash` to hex and the version bits set
 * in the text: `createHash` with a Buffer cost ~3 µs a row more (0.4 s of 144,000 gids). A test holds
 * the two equal.
 */
export function derivedGid(namespace: string, name: string): string {
  const h = hash('sha256', `${namespace}\n${name}`, 'hex')
  // Byte 6's high nibble is the version (8, custom); byte 8's top two bits the RFC variant (10).
  const variant = HEX[(parseInt(h[16]!, 16) & 0x3) | 0x8]
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** Whether row changes are being captured for the teamserver right now, per connection. */
const capturing = new WeakMap<Db, { on: boolean; purging: boolean }>()

/**
 * SQL functions the schema relies on (migration 7 and later): global ids for synced rows made by
 * triggers (`wlz_uuid7()`, `wlz_derived_gid(namespace, name)`), and `wlz_capture()`, the switch the
 * change-capture triggers read, and `wlz_naam_code(sort_naam)`, the name-order bucket of
 * migration 13's triggers. Registered on every read-write connection before it is migrated.
 */
export function registerFunctions(db: Db): void {
  const flag = { on: false, purging: false }
  capturing.set(db, flag)
  db.function('wlz_uuid7', { deterministic: false, varargs: false }, () => uuidv7())
  db.function('wlz_derived_gid', { deterministic: true }, (namespace: unknown, name: unknown) =>
    derivedGid(String(namespace), String(name)),
  )
  // An integer (BigInt) result: SQLite shifts it into a rang without going through a float.
  db.function('wlz_naam_code', { deterministic: true }, (sortNaam: unknown) => BigInt(naamCode(String(sortNaam))))
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
