import type { Db } from '../../db/types'
import type { WachtlijstRij } from '../../../shared/contracts/aanbieders.routes'

const SELECT = `SELECT w.id, w.version, w.client_id AS clientId, w.locatie_id AS locatieId, l.naam AS locatie, a.naam AS organisatie, w.wachtstatus,
  w.classificaties, w.voorkeur, w.sinds, w.overbrugging, w.overbrugging_aanbieder AS overbruggingAanbieder, w.weigeringen, w.actief
  FROM wachtlijst w JOIN locatie l ON l.id = w.locatie_id JOIN aanbieder a ON a.id = l.aanbieder_id`

export type WachtlijstRow = Omit<WachtlijstRij, 'clientNaam' | 'wachtWeken' | 'classificaties' | 'voorkeur' | 'overbrugging' | 'actief'> & {
  classificaties: string
  voorkeur: number
  overbrugging: number
  actief: number
}

/** Wachtlijst registrations (client × location) and their history of events. */
export function wachtlijstRepo(db: Db) {
  const byId = db.prepare(`${SELECT} WHERE w.id = ?`)
  const list = db.prepare(
    `${SELECT} WHERE (@clientId IS NULL OR w.client_id = @clientId) AND (@locatieId IS NULL OR w.locatie_id = @locatieId)
     AND (@status IS NULL OR w.wachtstatus = @status) AND w.actief = @actief ORDER BY w.wachtstatus = 'urgent_plaatsen' DESC, w.sinds, w.id LIMIT 1000`,
  )
  const activeAt = db.prepare('SELECT id FROM wachtlijst WHERE client_id = ? AND locatie_id = ? AND actief = 1').pluck()
  const insert = db.prepare(
    `INSERT INTO wachtlijst (client_id, locatie_id, wachtstatus, classificaties, voorkeur, sinds, overbrugging, overbrugging_aanbieder, created_at, updated_at)
     VALUES (@clientId, @locatieId, @wachtstatus, @classificaties, @voorkeur, @sinds, @overbrugging, @overbruggingAanbieder, @now, @now)`,
  )
  const update = db.prepare(
    `UPDATE wachtlijst SET wachtstatus = @wachtstatus, weigeringen = @weigeringen, actief = @actief, beeindigd_op = @beeindigdOp,
       version = version + 1, updated_at = @now WHERE id = @id AND version = @version`,
  )
  const addEvent = db.prepare(
    'INSERT INTO wachtlijst_gebeurtenis (wachtlijst_id, datum, soort, wachtstatus, toelichting, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const events = db.prepare(
    'SELECT datum, soort, wachtstatus, toelichting FROM wachtlijst_gebeurtenis WHERE wachtlijst_id = ? ORDER BY datum, id',
  )

  return {
    get: (id: number) => byId.get(id) as WachtlijstRow | undefined,
    list: (f: { clientId: number | null; locatieId: number | null; status: string | null; actief: 0 | 1 }) =>
      list.all(f) as WachtlijstRow[],
    activeAt: (clientId: number, locatieId: number) => activeAt.get(clientId, locatieId) !== undefined,
    insert: (w: {
      clientId: number
      locatieId: number
      wachtstatus: string
      classificaties: string
      voorkeur: number
      sinds: string
      overbrugging: number
      overbruggingAanbieder: string
      now: string
    }) => Number(insert.run(w).lastInsertRowid),
    /** False when the registration changed since the adviser loaded it. */
    update: (w: {
      id: number
      version: number
      wachtstatus: string
      weigeringen: number
      actief: number
      beeindigdOp: string | null
      now: string
    }) => update.run(w).changes === 1,
    addEvent: (id: number, datum: string, soort: string, wachtstatus: string | null, toelichting: string, now: string) =>
      void addEvent.run(id, datum, soort, wachtstatus, toelichting, now),
    events: (id: number) => events.all(id) as Array<{ datum: string; soort: string; wachtstatus: string | null; toelichting: string }>,
  }
}
export type WachtlijstRepo = ReturnType<typeof wachtlijstRepo>
