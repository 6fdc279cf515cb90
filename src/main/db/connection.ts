import Database from 'better-sqlite3-multiple-ciphers'
import type { Db } from './types'
import { AppError, CORRUPT_MESSAGE } from '../lib/errors'
import { registerFunctions } from './functions'

/**
 * Opens the SQLCipher-encrypted database with a raw 256-bit key (no KDF needed for a random key)
 * and sets the pragmas every connection must have. WAL with synchronous=FULL: better-sqlite3's
 * default NORMAL can lose an acknowledged commit on power loss (architecture.md, Storage).
 */
export function openDatabase(file: string, key: Buffer | null, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  try {
    if (key) applyKey(db, key)
    if (!options.readonly) db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // The change-capture triggers (migration 7) call the app's own SQL functions (db/functions.ts), which
    // SQLite only allows in the schema with trusted_schema on (better-sqlite3 cannot mark them innocuous).
    // Those functions only make ids and read a flag, and the file is encrypted, so a schema that calls
    // them can do no harm; extension loading stays off.
    db.pragma('trusted_schema = ON')
    // REPLACE deletes the conflicting row without firing DELETE triggers unless this is on; the
    // freeze triggers (migration 6) rely on it to stop INSERT OR REPLACE over a frozen row.
    db.pragma('recursive_triggers = ON')
    // Sorts and temporary indexes stay in memory: a temp file would hold client data unencrypted.
    db.pragma('temp_store = MEMORY')
    // 40 MB of page cache keeps the caseload's pages decrypted in memory (default is 2 MB): at 100,000
    // clients the client rows (30 MB) and the trigram index a bare name search reads. 64 MB left the
    // main process 16 MB over its 200 MB after a morning; 48 MB left it 3 MB under once the caseload's
    // columns were kept in memory too (~15 MB), which answer most shapes without these pages. At
    // 40 MB the caseload figures and the typing figure measured as at 48 MB (4 Dec 2026, bench README).
    db.pragma('cache_size = -40960')
    assertPragmas(db, options.readonly ?? false)
    registerFunctions(db)
    return db
  } catch (error) {
    db.close()
    throw mapOpenError(error)
  }
}

export function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`)
  db.pragma('legacy = 4')
  db.key(Buffer.from(`x'${key.toString('hex')}'`))
}

export function assertPragmas(db: Db, readonly: boolean): void {
  const checks: Array<[string, unknown, unknown]> = [
    ['synchronous', db.pragma('synchronous', { simple: true }), 2],
    ['foreign_keys', db.pragma('foreign_keys', { simple: true }), 1],
    ['recursive_triggers', db.pragma('recursive_triggers', { simple: true }), 1],
    ['temp_store', db.pragma('temp_store', { simple: true }), 2],
  ]
  if (!readonly) checks.push(['journal_mode', db.pragma('journal_mode', { simple: true }), 'wal'])
  for (const [name, actual, expected] of checks) {
    if (actual !== expected) throw new Error(`PRAGMA ${name} is ${String(actual)}, expected ${String(expected)}`)
  }
}

export const KEY_INVALID_MESSAGE =
  'De database kan niet worden geopend: de sleutel past niet of het bestand is geen Wlz Werkplek-database. Er is niets gewijzigd.'

function mapOpenError(error: unknown): unknown {
  const code = (error as { code?: string }).code
  if (code === 'SQLITE_NOTADB') {
    return new AppError('DB_KEY_INVALID', KEY_INVALID_MESSAGE)
  }
  if (String(code).startsWith('SQLITE_CORRUPT')) {
    return new AppError('DB_CORRUPT', CORRUPT_MESSAGE)
  }
  return error
}
