import type { Db } from '../../db/types'
import { fromRow, insertSql, toParams } from '../../db/rows'
import type { Taak } from '../../../shared/contracts/activiteiten'
import type { ExpectedTask } from '../../../shared/domain/termijnen'

interface StoredTask extends Taak {
  sleutel: string
  bron: string
}

const toTaak = (row: Record<string, unknown>): StoredTask => {
  const t = fromRow<StoredTask & { afgerondDoor: unknown; clientId: unknown; createdAt: unknown; updatedAt: unknown }>(row)
  return {
    id: t.id,
    version: t.version,
    regel: t.regel,
    soort: t.soort,
    titel: t.titel,
    toelichting: t.toelichting,
    artikel: t.artikel,
    deadline: t.deadline,
    vanaf: t.vanaf,
    status: t.status,
    afgerondOp: t.afgerondOp,
    handmatig: t.regel === 'handmatig',
    sleutel: t.sleutel,
    bron: t.bron,
  }
}

export function takenRepo(db: Db) {
  const forClient = db.prepare(
    `SELECT * FROM taak WHERE client_id = ? AND (status = 'open' OR updated_at >= ?)
     ORDER BY status = 'open' DESC, deadline, id`,
  )
  const generated = db.prepare("SELECT * FROM taak WHERE client_id = ? AND regel <> 'handmatig'")
  const byId = db.prepare('SELECT * FROM taak WHERE id = ?')
  const update = db.prepare(
    `UPDATE taak SET soort = @soort, titel = @titel, toelichting = @toelichting, artikel = @artikel, deadline = @deadline,
       vanaf = @vanaf, bron = @bron, status = @status, version = version + 1, updated_at = @updated_at WHERE id = @id`,
  )
  const lapse = db.prepare("UPDATE taak SET status = 'vervallen', version = version + 1, updated_at = ? WHERE id = ?")
  const setStatus = db.prepare(
    `UPDATE taak SET status = ?, afgerond_op = ?, afgerond_door = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
  )
  const closeBefore = db
    .prepare(
      `UPDATE taak SET status = 'gedaan', afgerond_op = deadline || 'T09:00:00.000Z', version = version + 1
       WHERE status = 'open' AND soort = 'actie' AND regel <> 'handmatig' AND deadline < ? RETURNING client_id`,
    )
    .pluck()
  const summary = db.prepare(
    `SELECT min(deadline) AS eerste, count(*) AS aantal FROM taak
     WHERE client_id = ? AND status = 'open' AND soort = 'actie'`,
  )

  return {
    /** Open tasks, plus those closed since `since` (so a just-finished task stays visible). */
    forClient: (clientId: number, since: string) => (forClient.all(clientId, since) as Record<string, unknown>[]).map(toTaak),
    generated: (clientId: number) => (generated.all(clientId) as Record<string, unknown>[]).map(toTaak),
    get(id: number): (StoredTask & { clientId: number }) | undefined {
      const row = byId.get(id) as Record<string, unknown> | undefined
      return row ? { ...toTaak(row), clientId: row.client_id as number } : undefined
    },
    insert(clientId: number, t: Omit<ExpectedTask, 'regel'> & { regel: string }, now: string): number {
      const fields = { clientId, ...t, status: 'open', createdAt: now, updatedAt: now }
      return Number(db.prepare(insertSql('taak', Object.keys(fields))).run(toParams(fields)).lastInsertRowid)
    },
    refresh(id: number, t: ExpectedTask, now: string): void {
      update.run({ ...t, status: 'open', updated_at: now, id })
    },
    lapse: (id: number, now: string) => void lapse.run(now, id),
    /** Marks a task done or open again; false when it changed since the adviser loaded it. */
    setStatus: (id: number, version: number, status: 'open' | 'gedaan', afgerondOp: string | null, door: number | null, now: string) =>
      setStatus.run(status, afgerondOp, door, now, id, version).changes === 1,
    /** Marks generated actions due before `date` as done on their deadline; returns their client ids. */
    closeGeneratedBefore: (date: string) => [...new Set(closeBefore.all(date) as number[])],
    openSummary: (clientId: number) => summary.get(clientId) as { eerste: string | null; aantal: number },
  }
}
export type TakenRepo = ReturnType<typeof takenRepo>
