import { readSnapshot } from '../../db/readSnapshot'
import type { Db } from '../../db/types'

/** What the score needs: read for every candidate, so it stays narrow. */
export type ScoreRow = {
  id: number
  pc4: string
  zorgprofielen: string
  leveringsvormen: string
  specialisaties: string
  partnerplekken: number
  levensbeschouwing: string
  gecontracteerd: number
  contractTot: string | null
  weken: number | null
}
/** What the adviser sees of a location: read only for the ones shown. */
export type VergelijkRow = ScoreRow & {
  organisatie: string
  naam: string
  straat: string
  huisnummer: string
  postcode: string
  woonplaats: string
  bijgewerkt: string | null
}
const SCORE_COLUMNS = `l.id, l.pc4, l.zorgprofielen, l.leveringsvormen, l.specialisaties, l.partnerplekken, l.levensbeschouwing,
  l.gecontracteerd, l.contract_tot AS contractTot, w.weken`
const WACHTTIJD = 'LEFT JOIN wachttijd w ON w.locatie_id = l.id AND w.zorgprofiel = @profiel'
const SELECT = `SELECT ${SCORE_COLUMNS}, a.naam AS organisatie, l.naam, l.straat, l.huisnummer, l.postcode, l.woonplaats, w.bijgewerkt_op AS bijgewerkt
  FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id ${WACHTTIJD}`
const SCORE_SELECT = `SELECT ${SCORE_COLUMNS} FROM locatie l ${WACHTTIJD}`

/** Locations as the comparison reads them (with the wachttijd for one profiel), and the client's side. */
export function vergelijkRepo(db: Db) {
  const client = db.prepare('SELECT zorgprofiel, leveringsvorm, postcode FROM client WHERE id = ?')
  const byProfiel = db.prepare(`${SCORE_SELECT} WHERE l.zorgprofielen LIKE @like`)
  const all = db.prepare(SCORE_SELECT)
  const byIds = db.prepare(`${SELECT} WHERE l.id IN (SELECT value FROM json_each(@ids))`)
  // The form of care the client has now, leaving out overbruggingszorg: that is what they get while waiting, not what they ask for.
  const lopend = db
    .prepare(
      `SELECT soort FROM leveringsvorm WHERE client_id = @clientId AND overbrugging = 0 AND startdatum <= @today
       AND (einddatum IS NULL OR einddatum >= @today) ORDER BY startdatum DESC, id DESC LIMIT 1`,
    )
    .pluck()
  const wachtstatus = db.prepare('SELECT locatie_id AS id, wachtstatus FROM wachtlijst WHERE client_id = ? AND actief = 1')
  return {
    /** The candidates and the shown rows from one snapshot (the provider worker commits on its own connection). */
    snapshot: <T>(fn: () => T): T => readSnapshot(db, fn),
    client: (id: number) => client.get(id) as { zorgprofiel: string | null; leveringsvorm: string | null; postcode: string },
    /** Locations offering the profiel (all locations when the client has none yet). */
    candidates: (profiel: string | null) =>
      (profiel ? byProfiel.all({ profiel, like: `%|${profiel}|%` }) : all.all({ profiel: '' })) as ScoreRow[],
    byIds: (ids: number[], profiel: string | null) => byIds.all({ profiel: profiel ?? '', ids: JSON.stringify(ids) }) as VergelijkRow[],
    lopendeLeveringsvorm: (clientId: number, today: string) => (lopend.get({ clientId, today }) as string | undefined) ?? null,
    wachtstatussen: (clientId: number) => wachtstatus.all(clientId) as Array<{ id: number; wachtstatus: string }>,
  }
}
export type VergelijkRepo = ReturnType<typeof vergelijkRepo>
