import type { Db } from '../../db/types'
import { derivedGid } from '../../db/functions'
import type { LocatieDetail, LocatieRij } from '../../../shared/contracts/aanbieders.routes'

/** The location columns an import writes (besides vestigingsnummer, the key). */
export const LOCATIE_COLUMNS = [
  'aanbieder_id',
  'naam',
  'agb',
  'straat',
  'huisnummer',
  'postcode',
  'pc4',
  'woonplaats',
  'sectoren',
  'zorgprofielen',
  'leveringsvormen',
  'specialisaties',
  'partnerplekken',
  'levensbeschouwing',
  'capaciteit',
  'gecontracteerd',
  'contract_van',
  'contract_tot',
  'notities',
] as const
export type LocatieColumns = Record<(typeof LOCATIE_COLUMNS)[number], string | number | null>

export interface AanbiederRow {
  id: number
  naam: string
  agb: string | null
  website: string
  telefoon: string
}
export type LocatieDetailRow = Omit<LocatieDetail, 'zorgprofielen' | 'gecontracteerd' | 'wachttijden' | 'historie'> & {
  zorgprofielen: string
  gecontracteerd: number
}
export type LocatieListRow = Omit<LocatieRij, 'zorgprofielen' | 'leveringsvormen' | 'gecontracteerd'> & {
  zorgprofielen: string
  leveringsvormen: string
  gecontracteerd: number
}
/** The quick-edit fields of a location (Aanbieders → locatie), as stored. */
export interface LocatieEdit {
  gecontracteerd: number
  contract_van: string | null
  contract_tot: string | null
  partnerplekken: number
  capaciteit: number | null
  notities: string
}

type Wachttijd = { zorgprofiel: string; weken: number; bijgewerktOp: string }

/** The provider register: organisations, locations, wachttijden and the change history of locations. */
export function aanbiedersRepo(db: Db) {
  const orgByKvk = db.prepare('SELECT id, naam, agb, website, telefoon FROM aanbieder WHERE kvk = ?')
  const agbKvk = db.prepare("SELECT agb, kvk FROM aanbieder WHERE agb IS NOT NULL AND agb <> ''").raw()
  // Read from the UNIQUE indexes alone (covering): 120,000 numbers in a few tens of milliseconds.
  const kvks = db.prepare('SELECT kvk FROM aanbieder').pluck()
  const vestigingsnummers = db.prepare('SELECT vestigingsnummer FROM locatie').pluck()
  const insertOrg = db.prepare(
    'INSERT INTO aanbieder (gid, naam, kvk, agb, website, telefoon, created_at, updated_at) VALUES (@gid, @naam, @kvk, @agb, @website, @telefoon, @now, @now)',
  )
  const updateOrg = db.prepare(
    'UPDATE aanbieder SET naam = @naam, agb = @agb, website = @website, telefoon = @telefoon, version = version + 1, updated_at = @now WHERE id = @id',
  )
  const locByVest = db.prepare('SELECT * FROM locatie WHERE vestigingsnummer = ?')
  // Positional parameters: binding 23 named ones from a spread object cost ~2 µs more a row (120,000 rows).
  const insertLoc = db.prepare(
    `INSERT INTO locatie (gid, vestigingsnummer, ${LOCATIE_COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (?, ?, ${LOCATIE_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
  )
  const updateLoc = db.prepare(
    `UPDATE locatie SET ${LOCATIE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, version = version + 1, updated_at = @now WHERE id = @id`,
  )
  const detail = db.prepare(
    `SELECT l.id, l.version, a.naam AS organisatie, a.kvk, l.naam, l.vestigingsnummer, trim(l.straat || ' ' || l.huisnummer) || ', ' || l.postcode || ' ' || l.woonplaats AS adres,
       l.zorgprofielen, l.gecontracteerd, l.contract_van AS contractVan, l.contract_tot AS contractTot, l.partnerplekken, l.capaciteit, l.notities
     FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id WHERE l.id = ?`,
  )
  const editFields = db.prepare(
    'SELECT gecontracteerd, contract_van, contract_tot, partnerplekken, capaciteit, notities FROM locatie WHERE id = ?',
  )
  const edit = db.prepare(
    `UPDATE locatie SET gecontracteerd = @gecontracteerd, contract_van = @contract_van, contract_tot = @contract_tot, partnerplekken = @partnerplekken,
       capaciteit = @capaciteit, notities = @notities, version = version + 1, updated_at = @now WHERE id = @id AND version = @version`,
  )
  const wachttijden = db.prepare(
    'SELECT zorgprofiel, weken, bijgewerkt_op AS bijgewerktOp FROM wachttijd WHERE locatie_id = ? ORDER BY zorgprofiel',
  )
  const clearWacht = db.prepare('DELETE FROM wachttijd WHERE locatie_id = ?')
  const insertWacht = db.prepare('INSERT INTO wachttijd (locatie_id, zorgprofiel, weken, bijgewerkt_op, gid) VALUES (?, ?, ?, ?, ?)')
  const locatieGid = db.prepare('SELECT gid FROM locatie WHERE id = ?').pluck()
  // The gid the trigger would derive (capture.ts: the location's gid and the zorgprofiel), given here so
  // the trigger's second write of each row is skipped (and a bulk import may drop the trigger).
  const addWachttijden = (id: number, locatieGid: string | null, rows: readonly Wachttijd[]) => {
    for (const w of rows)
      insertWacht.run(id, w.zorgprofiel, w.weken, w.bijgewerktOp, locatieGid && derivedGid('wachttijd', `${locatieGid}|${w.zorgprofiel}`))
  }
  const historie = db.prepare(
    'SELECT gewijzigd_op AS gewijzigdOp, wijzigingen FROM locatie_historie WHERE locatie_id = ? ORDER BY id DESC LIMIT 50',
  )
  const addHistory = db.prepare('INSERT INTO locatie_historie (locatie_id, gewijzigd_op, wijzigingen) VALUES (?, ?, ?)')
  const list = db.prepare(
    `SELECT l.id, a.naam AS organisatie, l.naam, l.vestigingsnummer, l.postcode, l.woonplaats, l.zorgprofielen, l.leveringsvormen, l.gecontracteerd,
       (SELECT count(*) FROM wachtlijst w WHERE w.locatie_id = l.id AND w.actief = 1) AS wachtenden
     FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id ORDER BY a.naam, l.naam, l.id`,
  )
  const counts = db.prepare('SELECT (SELECT count(*) FROM aanbieder) AS organisaties, (SELECT count(*) FROM locatie) AS locaties')
  const locatieExists = db.prepare('SELECT 1 FROM locatie WHERE id = ?')

  return {
    orgByKvk: (kvk: string) => orgByKvk.get(kvk) as AanbiederRow | undefined,
    /** The KvK numbers and vestigingsnummers in the register: an import looks up only rows that exist. */
    sleutels: () => ({ kvks: new Set(kvks.all() as string[]), vestigingen: new Set(vestigingsnummers.all() as string[]) }),
    /** Every AGB code → KvK number, for validating an import off the main thread. */
    agbKvk: () => new Map(agbKvk.all() as Array<[string, string]>),
    // The gid is given, the same one the table's gid trigger would derive (db/capture.ts): the trigger's
    // second write of every new row and its per-row JS hash were most of a 120,000-row import's time.
    insertOrg: (o: Omit<AanbiederRow, 'id'> & { kvk: string }, now: string) =>
      Number(insertOrg.run({ ...o, gid: derivedGid('aanbieder', o.kvk), now }).lastInsertRowid),
    updateOrg: (id: number, o: Omit<AanbiederRow, 'id'>, now: string) => void updateOrg.run({ ...o, id, now }),
    locatieByVestiging: (vestigingsnummer: string) => locByVest.get(vestigingsnummer) as Record<string, unknown> | undefined,
    insertLocatie(vestigingsnummer: string, fields: LocatieColumns, now: string): { id: number; gid: string } {
      const gid = derivedGid('locatie', vestigingsnummer)
      return { id: Number(insertLoc.run(gid, vestigingsnummer, ...LOCATIE_COLUMNS.map((c) => fields[c]), now, now).lastInsertRowid), gid }
    },
    updateLocatie: (id: number, fields: LocatieColumns, now: string) => void updateLoc.run({ ...fields, id, now }),
    locatieExists: (id: number) => locatieExists.get(id) !== undefined,
    detail: (id: number) => detail.get(id) as LocatieDetailRow | undefined,
    editFields: (id: number) => editFields.get(id) as LocatieEdit,
    /** False when the location changed since the adviser loaded it. */
    edit: (id: number, version: number, fields: LocatieEdit, now: string) => edit.run({ ...fields, id, version, now }).changes === 1,
    wachttijden: (id: number) => wachttijden.all(id) as LocatieDetail['wachttijden'],
    /** A new location's wachttijden (nothing to replace; its gid is known). */
    addWachttijden,
    replaceWachttijden(id: number, rows: readonly Wachttijd[]): void {
      clearWacht.run(id)
      addWachttijden(id, locatieGid.get(id) as string | null, rows)
    },
    historie: (id: number) => historie.all(id) as Array<{ gewijzigdOp: string; wijzigingen: string }>,
    addHistory: (id: number, now: string, changes: Record<string, unknown>) => void addHistory.run(id, now, JSON.stringify(changes)),
    list: () => list.all() as LocatieListRow[],
    counts: () => counts.get() as { organisaties: number; locaties: number },
  }
}
export type AanbiedersRepo = ReturnType<typeof aanbiedersRepo>
