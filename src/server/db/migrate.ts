import type { Sql } from './sql'
import { migrations as all, type ServerMigration } from './migrations'

// Any constant works; it only has to differ from the push lock (sync/seqLock.ts).
const MIGRATION_LOCK = 7_513_001

/**
 * Runs each pending migration in its own transaction and records it in schema_migration. Several
 * server instances may start at once against one database: the advisory lock makes the second wait
 * and then find the migration already applied.
 */
export async function migrate(sql: Sql, migrations: readonly ServerMigration[] = all): Promise<number[]> {
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
  })
  const applied: number[] = []
  for (const m of migrations) {
    const done = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const seen = await tx.query('SELECT 1 FROM schema_migration WHERE version = $1', [m.version])
      if (seen.length > 0) return false
      await tx.exec(m.sql)
      await tx.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [m.version, m.name])
      return true
    })
    if (done) applied.push(m.version)
  }
  const [newest] = await sql.query<{ v: number }>('SELECT max(version) AS v FROM schema_migration')
  const known = migrations.at(-1)?.version ?? 0
  if ((newest?.v ?? 0) > known) {
    throw new Error(`De database is bijgewerkt door een nieuwere server (schema ${newest?.v}); deze server kent schema ${known}.`)
  }
  return applied
}
