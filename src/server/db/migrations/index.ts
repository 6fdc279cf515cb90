import { m0001 } from './0001-core'

export interface ServerMigration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

/** All migrations in order; the same on PGlite and PostgreSQL. Append new ones; never edit a shipped one. */
export const migrations: readonly ServerMigration[] = [m0001]
