import type { Db } from '../../db/types'
import { fromRow, insertSql, toParams } from '../../db/rows'
import { updateVersioned } from '../../db/versioned'
import { statementCache } from '../../db/statements'

/**
 * The shared shape of the dossier's child tables (client_id, version, created_at, updated_at):
 * list per client, get, insert and optimistic update, with row mapping in one place.
 */
export function childRepo<T extends { id: number; version: number }>(
  db: Db,
  table: string,
  opts: { booleans?: readonly string[]; lists?: readonly string[]; order: string; notFound: string },
) {
  const list = db.prepare(`SELECT * FROM ${table} WHERE client_id = ? ORDER BY ${opts.order}`)
  const byId = db.prepare(`SELECT * FROM ${table} WHERE id = ?`)
  // Inserts differ only in which fields a form sends: one statement per field set.
  const prepared = statementCache(db)
  const map = (row: Record<string, unknown>): T & { clientId: number } => {
    const out = fromRow<Record<string, unknown>>(row, opts.booleans)
    for (const l of opts.lists ?? []) out[l] = out[l] ? String(out[l]).split(',') : []
    delete out.createdAt
    delete out.updatedAt
    return out as T & { clientId: number }
  }
  return {
    list: (clientId: number) => (list.all(clientId) as Record<string, unknown>[]).map(map),
    get(id: number): (T & { clientId: number }) | undefined {
      const row = byId.get(id) as Record<string, unknown> | undefined
      return row ? map(row) : undefined
    },
    insert(clientId: number, fields: Record<string, unknown>, now: string): number {
      const all = { clientId, ...fields, createdAt: now, updatedAt: now }
      return Number(prepared(insertSql(table, Object.keys(all))).run(toParams(all)).lastInsertRowid)
    },
    update(id: number, version: number, fields: Record<string, unknown>, now: string): void {
      updateVersioned(db, table, id, version, fields, now, opts.notFound)
    },
  }
}
