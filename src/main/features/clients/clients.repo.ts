import type { Db } from '../../db/types'
import { fromRow, insertSql, toParams } from '../../db/rows'
import { updateVersioned } from '../../db/versioned'
import { statementCache } from '../../db/statements'

/** A client as stored, in contract field names (booleans converted). */
export interface ClientRecord {
  id: number
  version: number
  bsn: string
  voornamen: string
  voorvoegsel: string
  achternaam: string
  geboortedatum: string
  geslacht: 'onbekend' | 'man' | 'vrouw'
  naamgebruik: 'eigen' | 'partner' | 'partner_eigen' | 'eigen_partner'
  partnerVoorvoegsel: string
  partnerAchternaam: string
  straat: string
  huisnummer: string
  huisnummerToevoeging: string
  postcode: string
  woonplaats: string
  adresGewijzigdOp: string | null
  telefoon: string
  email: string
  communicatievoorkeur: 'post' | 'email' | 'telefoon'
  leefeenheid: string
  geheim: boolean
  adviseurId: number | null
  adviseurNaam: string | null
  adviseurRegio: string | null
  regioCode: string | null
}

/** The caseload summary on the client row, derived from the dossier by the task rules. */
const SUMMARY = ['zorgprofiel', 'indicatie_einde', 'leveringsvorm', 'eerste_deadline', 'open_taken', 'urgent_wachtend', 'buiten_regio']

const SELECT = `SELECT c.*, a.naam AS adviseur_naam, a.regio_code AS adviseur_regio
  FROM client c LEFT JOIN adviseur a ON a.id = c.adviseur_id`

export function clientsRepo(db: Db) {
  const prepared = statementCache(db)
  const byId = db.prepare(`${SELECT} WHERE c.id = ?`)
  const byBsn = db.prepare('SELECT id FROM client WHERE bsn = ?').pluck()
  const sameNameAndBirth = db.prepare(
    'SELECT id, voornamen, voorvoegsel, achternaam, bsn FROM client WHERE sort_naam = ? AND geboortedatum = ? LIMIT 5',
  )
  const ftsDelete = db.prepare('DELETE FROM client_naam_fts WHERE rowid = ?')
  const ftsInsert = db.prepare('INSERT INTO client_naam_fts (rowid, tekst) VALUES (?, ?)')
  const idsAfter = db.prepare('SELECT id FROM client WHERE id > ? ORDER BY id LIMIT ?').pluck()
  const zorgprofiel = db.prepare('SELECT zorgprofiel FROM client WHERE id = ?').pluck()
  const adviseurOf = db.prepare('SELECT adviseur_id FROM client WHERE id = ?').pluck()
  const reassign = db.prepare('UPDATE client SET adviseur_id = ?, version = version + 1, updated_at = ? WHERE id = ?')
  const logToewijzing = db.prepare(
    'INSERT INTO toewijzing (client_id, van_adviseur_id, naar_adviseur_id, reden, door_adviseur_id, at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  // Every caseload index carries these columns: a row is only rewritten when one of them changed, so
  // the daily refresh of an unchanged dossier writes nothing.
  const writeSummary = db.prepare(
    `WITH s (${SUMMARY.join(', ')}) AS (
       SELECT @zorgprofiel, @indicatie_einde, @leveringsvorm, @eerste_deadline, @open_taken,
         -- Urgent or long waits (issue 5): an active registration that is urgent, or actief plaatsen since lang_wachtend.
         EXISTS (SELECT 1 FROM wachtlijst w WHERE w.client_id = @id AND w.actief = 1
           AND (w.wachtstatus = 'urgent_plaatsen' OR (w.wachtstatus = 'actief_plaatsen' AND w.sinds <= @lang_wachtend))),
         -- The "buiten regio" signal: the client lives outside the region of their adviser.
         coalesce((SELECT c.regio_code <> a.regio_code FROM client c JOIN adviseur a ON a.id = c.adviseur_id WHERE c.id = @id), 0))
     UPDATE client SET ${SUMMARY.map((c) => `${c} = s.${c}`).join(', ')} FROM s
     WHERE client.id = @id AND (${SUMMARY.map((c) => `client.${c} IS NOT s.${c}`).join(' OR ')})`,
  )

  return {
    get(id: number): ClientRecord | undefined {
      const row = byId.get(id) as Record<string, unknown> | undefined
      return row ? fromRow<ClientRecord>(row, ['geheim']) : undefined
    },
    idByBsn: (bsn: string) => byBsn.get(bsn) as number | undefined,
    sameNameAndBirth: (sortNaam: string, geboortedatum: string) =>
      sameNameAndBirth.all(sortNaam, geboortedatum) as Array<{
        id: number
        voornamen: string
        voorvoegsel: string
        achternaam: string
        bsn: string
      }>,
    insert(fields: Record<string, unknown>): number {
      return Number(prepared(insertSql('client', Object.keys(fields))).run(toParams(fields)).lastInsertRowid)
    },
    update(id: number, version: number, fields: Record<string, unknown>, now: string): void {
      updateVersioned(db, 'client', id, version, fields, now, 'Deze cliënt bestaat niet (meer).')
    },
    /** Client ids in id order after `afterId`, a chunk at a time (the daily task refresh). */
    idsAfter: (afterId: number, limit: number) => idsAfter.all(afterId, limit) as number[],
    /** The zorgprofiel of the current indicatie, from the caseload summary. */
    zorgprofiel: (id: number) => (zorgprofiel.get(id) as string | null | undefined) ?? null,
    /** undefined when the client does not exist. */
    adviseurOf: (id: number) => adviseurOf.get(id) as number | null | undefined,
    /** Moves the dossier to another adviser and records who moved it and why. */
    reassign(id: number, from: number | null, to: number, reden: string, door: number | null, now: string): void {
      reassign.run(to, now, id)
      logToewijzing.run(id, from, to, reden, door, now)
    },
    /** The caseload summary kept on the client row (derived from the dossier by the task rules). */
    writeSummary: (s: {
      id: number
      zorgprofiel: string | null
      indicatie_einde: string | null
      leveringsvorm: string | null
      eerste_deadline: string | null
      open_taken: number
      lang_wachtend: string
    }) => void writeSummary.run(s),
    /** Keeps the trigram name index in step with the stored search key. */
    indexName(id: number, zoeknaam: string): void {
      ftsDelete.run(id)
      ftsInsert.run(id, zoeknaam)
    },
  }
}
export type ClientsRepo = ReturnType<typeof clientsRepo>
