import type { Db, Migration } from './types'
import { AppError } from '../lib/errors'

/** Thrown when the file was written by a newer app: we must not touch it (never "delete data"). */
export function dbVersionTooNew(found: number, known: number): AppError {
  return new AppError(
    'DB_VERSION_TOO_NEW',
    `Deze database is gemaakt met een nieuwere versie van Wlz Werkplek (schema ${found}, deze versie kent ${known}). ` +
      'Installeer de nieuwste versie. Er is niets gewijzigd.',
  )
}

export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction together with the
 * `user_version` bump, so a crash leaves the database at the previous complete version.
 */
export function migrate(db: Db, migrations: readonly Migration[]): { from: number; to: number } {
  assertOrdered(migrations)
  const from = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.length
  if (from > latest) throw dbVersionTooNew(from, latest)
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(m.sql)
      m.after?.(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  if (latest > from) db.pragma('optimize')
  return { from, to: latest }
}
