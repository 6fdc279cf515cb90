import type { Db } from './types'

/**
 * For a bulk insert on a connection whose change capture is off (no teamserver): the tables' two
 * AFTER INSERT triggers — the gid trigger (fires only WHEN NEW.gid IS NULL) and the capture trigger
 * (fires only WHEN wlz_capture()) — are dropped inside the caller's transaction, and the returned
 * function creates them again from their own stored SQL before it commits. Neither trigger would have
 * done anything (the caller gives every gid, capture is off), but their presence alone makes SQLite
 * keep a statement journal for every INSERT (a copy of each page it touches): 0.7–0.9 s of a
 * 120,000-row provider import. DDL is transactional in SQLite: a ROLLBACK or a crash before COMMIT
 * leaves them as they were, and other connections never see the schema without them.
 */
export function withoutInsertTriggers(db: Db, tables: readonly string[]): () => void {
  if (!db.inTransaction) throw new Error('withoutInsertTriggers: only inside a transaction')
  const names = tables.flatMap((t) => [`${t}_gid`, `${t}_capture_insert`])
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`)
    .all(...names) as Array<{ name: string; sql: string }>
  if (triggers.length !== names.length) throw new Error(`withoutInsertTriggers: expected triggers ${names.join(', ')}`)
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`)
  return () => {
    for (const t of triggers) db.exec(t.sql)
  }
}
