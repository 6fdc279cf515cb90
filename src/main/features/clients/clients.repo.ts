import type { Db } from '../../db/types'
import { fromRow, insertSql, toParams } from '../../db/rows'
import { updateVersioned } from '../../db/versioned'

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

const SELECT = `SELECT c.*, a.naam AS adviseur_naam, a.regio_code AS adviseur_regio
  FROM client c LEFT JOIN adviseur a ON a.id = c.adviseur_id`

export function clientsRepo(db: Db) {
  const byId = db.prepare(`${SELECT} WHERE c.id = ?`)
  const byBsn = db.prepare('SELECT id FROM client WHERE bsn = ?').pluck()
  const sameNameAndBirth = db.prepare(
    'SELECT id, voornamen, voorvoegsel, achternaam, bsn FROM client WHERE sort_naam = ? AND geboortedatum = ? LIMIT 5',
  )
  const ftsDelete = db.prepare('DELETE FROM client_naam_fts WHERE rowid = ?')
  const ftsInsert = db.prepare('INSERT INTO client_naam_fts (rowid, tekst) VALUES (?, ?)')

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
      return Number(db.prepare(insertSql('client', Object.keys(fields))).run(toParams(fields)).lastInsertRowid)
    },
    update(id: number, version: number, fields: Record<string, unknown>, now: string): void {
      updateVersioned(db, 'client', id, version, fields, now, 'Deze cliënt bestaat niet (meer).')
    },
    /** Keeps the trigram name index in step with the stored search key. */
    indexName(id: number, zoeknaam: string): void {
      ftsDelete.run(id)
      ftsInsert.run(id, zoeknaam)
    },
  }
}
export type ClientsRepo = ReturnType<typeof clientsRepo>
