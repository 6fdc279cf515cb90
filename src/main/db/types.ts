import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers'

export type Db = BetterSqlite3.Database

/** One numbered migration; shipped migrations are never edited, only added. */
export interface Migration {
  version: number
  name: string
  sql: string
  /** Data work that needs application code (e.g. Dutch name normalisation), in the same transaction. */
  after?: (db: Db) => void
}
