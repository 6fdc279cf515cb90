import type { Db } from '../../db/types'

export interface HuisbezoekRow {
  deviceId: string
  deviceNaam: string
  adviseurNaam: string | null
  sinds: string
}

/** The "mee op huisbezoek" marks of a dossier. */
export function huisbezoekRepo(db: Db) {
  const list = db.prepare(
    `SELECT h.device_id AS deviceId, h.device_naam AS deviceNaam, a.naam AS adviseurNaam, h.sinds
     FROM huisbezoek h LEFT JOIN adviseur a ON a.id = h.adviseur_id WHERE h.client_id = ? ORDER BY h.sinds`,
  )
  const insert = db.prepare(
    'INSERT INTO huisbezoek (client_id, device_id, device_naam, adviseur_id, sinds) VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id, device_id) DO NOTHING',
  )
  const remove = db.prepare('DELETE FROM huisbezoek WHERE client_id = ? AND device_id = ?')
  return {
    list: (clientId: number) => list.all(clientId) as HuisbezoekRow[],
    add: (clientId: number, deviceId: string, deviceNaam: string, adviseurId: number | null, sinds: string) =>
      insert.run(clientId, deviceId, deviceNaam, adviseurId, sinds).changes === 1,
    remove: (clientId: number, deviceId: string) => remove.run(clientId, deviceId).changes === 1,
  }
}
export type HuisbezoekRepo = ReturnType<typeof huisbezoekRepo>
