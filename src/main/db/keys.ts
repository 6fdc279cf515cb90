import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { writeFileAtomic } from '../lib/atomicFile'
import { AppError } from '../lib/errors'
import { DATABASE_FILE, KEY_FILE } from '../lib/paths'

/**
 * How the 256-bit database key is protected at rest. In the app the OS keychain does it
 * (Electron safeStorage, see safeStorageKeys.ts). Tests and the browser harness use
 * `unprotectedKeyWrapper`: a fake keychain that stores the key as is, because no OS keychain
 * exists there. It is never used by the packaged app.
 */
export interface KeyWrapper {
  readonly description: string
  /** False when the OS offers no real protection (e.g. Linux without a keyring). */
  readonly protectedByOs: boolean
  /** What protects the key, shown in Beheer: the OS keystore, Linux's fixed-password fallback, or the test fake. */
  readonly soort: KeySoort
  wrap(key: Buffer): Buffer
  unwrap(stored: Buffer): Buffer
}

export type KeySoort = 'os' | 'basic_text' | 'test'

export const unprotectedKeyWrapper: KeyWrapper = {
  description: 'testsleutel (niet beschermd: alleen voor tests en de browser-harness)',
  protectedByOs: false,
  soort: 'test',
  wrap: (key) => Buffer.from(key.toString('hex')),
  unwrap: (stored) => Buffer.from(stored.toString(), 'hex'),
}

/**
 * Returns the key for the database in `dataDir`, creating one only for a brand-new workstation.
 * A database without its key file is never given a new key: that would make it unreadable.
 */
export function loadOrCreateKey(dataDir: string, wrapper: KeyWrapper): Buffer {
  const keyPath = join(dataDir, KEY_FILE)
  if (existsSync(keyPath)) {
    const key = unwrapOrExplain(wrapper, readFileSync(keyPath))
    if (key.length !== 32) throw new AppError('DB_KEY_INVALID', 'Het sleutelbestand van de database is ongeldig. Er is niets gewijzigd.')
    return key
  }
  if (existsSync(join(dataDir, DATABASE_FILE))) {
    throw new AppError(
      'DB_KEY_INVALID',
      'De sleutel van de database ontbreekt, zodat de gegevens niet te openen zijn. Er is niets gewijzigd; neem contact op met functioneel beheer.',
    )
  }
  const key = randomBytes(32)
  writeFileAtomic(keyPath, wrapper.wrap(key))
  return key
}

export const KEY_LOST_MESSAGE =
  'De sleutel van de database kan niet worden ontgrendeld: de sleutelopslag van deze computer is niet meer beschikbaar of vervangen. Er is niets gewijzigd. Herstel de sleutel met uw herstelcode.'

/** A keystore that refuses (lost keyring, new OS account, other laptop) is its own startup error: recoverable with the code. */
export function unwrapOrExplain(wrapper: KeyWrapper, stored: Buffer): Buffer {
  try {
    return wrapper.unwrap(stored)
  } catch {
    throw new AppError('DB_KEY_INVALID', KEY_LOST_MESSAGE)
  }
}
