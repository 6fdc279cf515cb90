import type { Db } from '../db/types'
import { statementCache } from '../db/statements'

export interface OutboxRow {
  seq: number
  changeId: string
  entity: string
  gid: string
  op: 'upsert' | 'delete'
  baseVersion: number | null
  base: Record<string, unknown> | null
  fields: Record<string, unknown> | null
  clientGid: string | null
  at: string
  status: 'pending' | 'sending' | 'rejected'
  attempts: number
  message: string
}

type Raw = Omit<OutboxRow, 'base' | 'fields'> & { base: string | null; fields: string | null }
const parse = (r: Raw): OutboxRow => ({
  ...r,
  base: r.base === null ? null : (JSON.parse(r.base) as Record<string, unknown>),
  fields: r.fields === null ? null : (JSON.parse(r.fields) as Record<string, unknown>),
})
const COLUMNS = `seq, change_id AS changeId, entity, gid, op, base_version AS baseVersion, base, fields, client_gid AS clientGid, at, status, attempts, message`

/**
 * The workstation's side of sync: what the current action touched (sync_pending), the changes still
 * to send (outbox), the server version each row was last seen at (sync_version), and rows read
 * generically by table for the capture and the pull.
 */
export function outboxRepo(db: Db) {
  const prepared = statementCache(db)
  const pending = db.prepare('SELECT entity, row_key AS rowKey, old FROM sync_pending')
  const clearPending = db.prepare('DELETE FROM sync_pending')
  const openFor = db.prepare(
    `SELECT ${COLUMNS} FROM outbox WHERE entity = ? AND gid = ? AND status = 'pending' AND attempts = 0 ORDER BY seq DESC LIMIT 1`,
  )
  const insert = db.prepare(
    `INSERT INTO outbox (change_id, entity, gid, op, base_version, base, fields, client_gid, at)
     VALUES (@changeId, @entity, @gid, @op, @baseVersion, @base, @fields, @clientGid, @at)`,
  )
  const replace = db.prepare('UPDATE outbox SET op = @op, base = @base, fields = @fields, at = @at WHERE seq = @seq')
  const remove = db.prepare('DELETE FROM outbox WHERE seq = ?')
  const batch = db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?`)
  const markSending = db.prepare(`UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE seq = ?`)
  const backToPending = db.prepare(`UPDATE outbox SET status = 'pending' WHERE status = 'sending'`)
  const reject = db.prepare(`UPDATE outbox SET status = 'rejected', message = ? WHERE change_id = ?`)
  const done = db.prepare('DELETE FROM outbox WHERE change_id = ?')
  const counts = db.prepare(
    `SELECT count(*) FILTER (WHERE status <> 'rejected') AS wachtend, count(*) FILTER (WHERE status = 'rejected') AS geweigerd FROM outbox`,
  )
  const rejected = db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE status = 'rejected' ORDER BY seq DESC LIMIT 200`)
  const unsentFields = db.prepare(`SELECT fields FROM outbox WHERE entity = ? AND gid = ? AND status <> 'rejected'`).pluck()
  const version = db.prepare('SELECT version FROM sync_version WHERE entity = ? AND gid = ?').pluck()
  const setVersion = db.prepare(
    'INSERT INTO sync_version (entity, gid, version) VALUES (?, ?, ?) ON CONFLICT (entity, gid) DO UPDATE SET version = max(version, excluded.version)',
  )
  const setting = db.prepare('SELECT value FROM setting WHERE key = ?').pluck()
  const putSetting = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  const advisers = db.prepare('SELECT id, gid, naam FROM adviseur ORDER BY id')
  const setAdviserGid = db.prepare('UPDATE adviseur SET gid = ? WHERE id = ?')
  const gidOf = (table: string) => prepared(`SELECT gid FROM ${table} WHERE id = ?`).pluck()
  const idOf = (table: string) => prepared(`SELECT id FROM ${table} WHERE gid = ?`).pluck()

  return {
    pending: () => pending.all() as Array<{ entity: string; rowKey: string; old: string | null }>,
    clearPending: () => void clearPending.run(),
    /** The not-yet-sent change of this row that a new change may be folded into. */
    openFor: (entity: string, gid: string) => {
      const r = openFor.get(entity, gid) as Raw | undefined
      return r ? parse(r) : undefined
    },
    insert: (c: Omit<OutboxRow, 'seq' | 'status' | 'attempts' | 'message'>) =>
      void insert.run({ ...c, base: c.base && JSON.stringify(c.base), fields: c.fields && JSON.stringify(c.fields) }),
    replace: (seq: number, c: Pick<OutboxRow, 'op' | 'base' | 'fields' | 'at'>) =>
      void replace.run({ seq, op: c.op, at: c.at, base: c.base && JSON.stringify(c.base), fields: c.fields && JSON.stringify(c.fields) }),
    remove: (seq: number) => void remove.run(seq),
    /** The next changes to send, oldest first, marked as being sent (nothing folds into them any more). */
    takeBatch(limit: number): OutboxRow[] {
      const rows = (batch.all(limit) as Raw[]).map(parse)
      for (const r of rows) markSending.run(r.seq)
      return rows
    },
    /** After a failed send (network, server down): the same changes go again, with the same ids. */
    releaseSending: () => void backToPending.run(),
    done: (changeId: string) => void done.run(changeId),
    reject: (changeId: string, message: string) => void reject.run(message, changeId),
    counts: () => counts.get() as { wachtend: number; geweigerd: number },
    rejected: () => (rejected.all() as Raw[]).map(parse),
    /** Field names this workstation changed and has not had accepted yet: a pull must not overwrite them. */
    unsentFieldNames(entity: string, gid: string): Set<string> {
      const names = new Set<string>()
      for (const f of unsentFields.all(entity, gid) as Array<string | null>)
        if (f) for (const k of Object.keys(JSON.parse(f) as object)) names.add(k)
      return names
    },
    hasUnsent: (entity: string, gid: string) => (unsentFields.all(entity, gid) as unknown[]).length > 0,
    version: (entity: string, gid: string) => (version.get(entity, gid) as number | undefined) ?? null,
    setVersion: (entity: string, gid: string, v: number) => void setVersion.run(entity, gid, v),
    advisers: () => advisers.all() as Array<{ id: number; gid: string; naam: string }>,
    setAdviserGid: (id: number, gid: string) => void setAdviserGid.run(gid, id),
    /** Every row of a synced table, in a stable order (for the one-time upload). */
    allRows: (table: string, key: readonly string[] | undefined) =>
      prepared(`SELECT * FROM ${table} ORDER BY ${key ? key.join(', ') : 'rowid'}`).iterate([]) as IterableIterator<
        Record<string, unknown>
      >,
    setting: (key: string) => (setting.get(key) as string | undefined) ?? null,
    setSetting: (key: string, value: string) => void putSetting.run(key, value),
    gidOf: (table: string, id: number) => (gidOf(table).get(id) as string | null | undefined) ?? null,
    idOf: (table: string, gid: string) => (idOf(table).get(gid) as number | undefined) ?? null,
    /** One row of a synced table by its sync_pending key (rowid, or the key columns joined by '|'). */
    row(table: string, keyColumns: readonly string[] | undefined, key: string): Record<string, unknown> | undefined {
      if (!keyColumns) return prepared(`SELECT * FROM ${table} WHERE rowid = ?`).get(Number(key)) as Record<string, unknown> | undefined
      // Today only wachttijd: an integer id, then a text column (which may itself contain '|').
      const [first, ...rest] = key.split('|')
      const where = keyColumns.map((c) => `${c} = ?`).join(' AND ')
      return prepared(`SELECT * FROM ${table} WHERE ${where}`).get([Number(first), rest.join('|')]) as Record<string, unknown> | undefined
    },
  }
}
export type OutboxRepo = ReturnType<typeof outboxRepo>
