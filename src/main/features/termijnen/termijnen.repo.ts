import type { Db } from '../../db/types'
import { updateVersioned } from '../../db/versioned'
import type { GelijkgesteldeDagRij } from '../../../shared/contracts/termijnen.routes'

const SELECT = 'SELECT id, version, datum, besluit, bron, geverifieerd FROM gelijkgestelde_dag'

type Row = Omit<GelijkgesteldeDagRij, 'geverifieerd'> & { geverifieerd: number }
const fromRow = (r: Row): GelijkgesteldeDagRij => ({ ...r, geverifieerd: r.geverifieerd === 1 })

export interface DagFields {
  datum: string
  besluit: string
  bron: string
  geverifieerd: boolean
}

/** The days a Koninklijk Besluit equates with a feestdag (Atw art. 3 lid 3), and where the calendar is used. */
export function termijnenRepo(db: Db) {
  const all = db.prepare(`${SELECT} ORDER BY datum`)
  const byId = db.prepare(`${SELECT} WHERE id = ?`)
  const insert = db.prepare(
    `INSERT INTO gelijkgestelde_dag (datum, besluit, bron, geverifieerd, version, created_at, updated_at)
     VALUES (@datum, @besluit, @bron, @geverifieerd, 1, @now, @now)`,
  )
  const remove = db.prepare('DELETE FROM gelijkgestelde_dag WHERE id = ? AND version = ?')
  // The years a term, a letter or a plan reaches: open task deadlines, concept letters (their
  // ingangsdatum, else the year they were made) and every budgetplan period.
  const jaren = db
    .prepare(
      `SELECT DISTINCT CAST(jaar AS INTEGER) FROM (
         SELECT substr(deadline, 1, 4) AS jaar FROM taak WHERE status = 'open'
         UNION SELECT substr(coalesce(json_extract(gegevens, '$.ingangsdatum'), created_at), 1, 4) FROM brief WHERE status = 'concept'
         UNION SELECT substr(json_extract(v.inhoud, '$.inhoud.periodeVan'), 1, 4) FROM plan_versie v JOIN plan p ON p.id = v.plan_id
           WHERE p.soort = 'budgetplan'
         UNION SELECT substr(json_extract(v.inhoud, '$.inhoud.periodeTot'), 1, 4) FROM plan_versie v JOIN plan p ON p.id = v.plan_id
           WHERE p.soort = 'budgetplan'
       ) WHERE jaar GLOB '[12][0-9][0-9][0-9]' ORDER BY 1`,
    )
    .pluck()
  const clientsMetOpenTermijn = db
    .prepare(
      `SELECT DISTINCT client_id FROM taak WHERE status = 'open' AND regel <> 'handmatig'
       AND CAST(substr(deadline, 1, 4) AS INTEGER) IN (SELECT value FROM json_each(?)) ORDER BY client_id`,
    )
    .pluck()

  return {
    all: () => (all.all() as Row[]).map(fromRow),
    get: (id: number) => {
      const r = byId.get(id) as Row | undefined
      return r ? fromRow(r) : undefined
    },
    insert: (f: DagFields, now: string) => Number(insert.run({ ...f, geverifieerd: f.geverifieerd ? 1 : 0, now }).lastInsertRowid),
    update: (id: number, version: number, f: DagFields, now: string) =>
      updateVersioned(db, 'gelijkgestelde_dag', id, version, { ...f }, now, 'Deze gelijkgestelde dag bestaat niet (meer).'),
    /** False when the row changed or is gone. */
    remove: (id: number, version: number) => remove.run(id, version).changes === 1,
    jarenInGebruik: () => jaren.all() as number[],
    /** Dossiers with an open generated task whose deadline lies in one of these years: a decree may move it. */
    clientsMetOpenTermijnIn: (jaartallen: readonly number[]) => clientsMetOpenTermijn.all(JSON.stringify(jaartallen)) as number[],
  }
}
export type TermijnenRepo = ReturnType<typeof termijnenRepo>
