import type { Wachtstatus } from '../../../shared/domain/aanbieders/codes'
import type { Db } from '../../db/types'
import { childRepo } from './child.repo'
import type { Indicatie, LeveringsvormRecord, Vertegenwoordiger } from '../../../shared/contracts/dossier.routes'
import type { SoortRelatie } from '../../../shared/domain/codes'

/** The representative who receives the letters, with the address parts a letter needs. */
export interface LetterAddressRow {
  naam: string
  organisatie: string
  soortRelatie: SoortRelatie
  straat: string
  huisnummer: string
  huisnummerToevoeging: string
  postcode: string
  woonplaats: string
}

/** Representatives, indicaties and leveringsvormen of a dossier. */
export function dossierRepo(db: Db) {
  const unsetLetters = db.prepare(
    'UPDATE vertegenwoordiger SET brieven_naar = 0, version = version + 1, updated_at = ? WHERE client_id = ? AND brieven_naar = 1 AND id <> ?',
  )
  const setEnd = db.prepare('UPDATE indicatie SET einddatum = ?, version = version + 1, updated_at = ? WHERE id = ?')
  const besluitnummerInUse = db.prepare('SELECT 1 FROM indicatie WHERE besluitnummer = ? AND id <> ?')
  const letterAddress = db.prepare(
    `SELECT naam, organisatie, soort_relatie AS soortRelatie, straat, huisnummer, huisnummer_toevoeging AS huisnummerToevoeging, postcode, woonplaats
     FROM vertegenwoordiger WHERE client_id = ? AND brieven_naar = 1 AND actief = 1`,
  )
  const indicatieOp = db.prepare(
    `SELECT besluitnummer, zorgprofiel, ingangsdatum, einddatum FROM indicatie
     WHERE client_id = ? AND ingangsdatum <= ? AND (einddatum IS NULL OR einddatum >= ?) ORDER BY ingangsdatum DESC, id DESC LIMIT 1`,
  )
  // The wachtlijst record a confirmation letter is about: the voorkeur first, else the latest registration.
  const wachtplaats = db.prepare(
    `SELECT l.naam AS locatie, a.naam AS organisatie, w.sinds, w.wachtstatus, w.classificaties, w.overbrugging,
       w.overbrugging_aanbieder AS overbruggingAanbieder
     FROM wachtlijst w JOIN locatie l ON l.id = w.locatie_id JOIN aanbieder a ON a.id = l.aanbieder_id
     WHERE w.client_id = ? AND w.actief = 1 ORDER BY w.voorkeur DESC, w.sinds DESC, w.id DESC LIMIT 1`,
  )
  const overbrugging = db.prepare(
    `SELECT aanbieder FROM leveringsvorm WHERE client_id = @clientId AND overbrugging = 1 AND startdatum <= @today
     AND (einddatum IS NULL OR einddatum >= @today) ORDER BY startdatum DESC, id DESC LIMIT 1`,
  )
  const openBezwaar = db.prepare(
    `SELECT ontvangen_op AS ontvangenOp, besluit_bekendgemaakt_op AS besluitBekendgemaaktOp, adviescommissie FROM bezwaar
     WHERE client_id = ? AND beslist_op IS NULL ORDER BY ontvangen_op DESC, id DESC LIMIT 1`,
  )
  return {
    vertegenwoordigers: childRepo<Vertegenwoordiger>(db, 'vertegenwoordiger', {
      booleans: ['brieven_naar', 'actief'],
      order: 'actief DESC, id',
      notFound: 'Deze vertegenwoordiger bestaat niet (meer).',
    }),
    indicaties: childRepo<Omit<Indicatie, 'waarschuwingen'>>(db, 'indicatie', {
      booleans: ['meerzorg'],
      lists: ['grondslagen'],
      order: 'ingangsdatum DESC, id DESC',
      notFound: 'Deze indicatie bestaat niet (meer).',
    }),
    leveringsvormen: childRepo<LeveringsvormRecord>(db, 'leveringsvorm', {
      booleans: ['met_behandeling', 'overbrugging'],
      order: 'startdatum DESC, id DESC',
      notFound: 'Deze leveringsvorm bestaat niet (meer).',
    }),
    /** Letters go to one address: the mark moves from any other representative. */
    clearLetterAddress: (clientId: number, exceptId: number | null, now: string) => void unsetLetters.run(now, clientId, exceptId ?? -1),
    endIndicatie: (id: number, einddatum: string, now: string) => void setEnd.run(einddatum, now, id),
    besluitnummerInUse: (besluitnummer: string, exceptId: number | null) =>
      besluitnummerInUse.get(besluitnummer, exceptId ?? -1) !== undefined,
    letterAddress: (clientId: number) => letterAddress.get(clientId) as LetterAddressRow | undefined,
    /** The CIZ indicatie in force on a date, as a letter names it. */
    indicatieOp: (clientId: number, datum: string) =>
      indicatieOp.get(clientId, datum, datum) as
        { besluitnummer: string; zorgprofiel: string; ingangsdatum: string; einddatum: string | null } | undefined,
    /** The latest bezwaar not yet decided: what its ontvangstbevestiging is about. */
    wachtplaats: (clientId: number) =>
      wachtplaats.get(clientId) as
        | {
            locatie: string
            organisatie: string
            sinds: string
            wachtstatus: Wachtstatus
            classificaties: string
            overbrugging: number
            overbruggingAanbieder: string
          }
        | undefined,
    /** A running leveringsvorm marked as overbrugging, with its aanbieder ('' when not filled in). */
    lopendeOverbrugging: (clientId: number, today: string) =>
      (overbrugging.get({ clientId, today }) as { aanbieder: string } | undefined)?.aanbieder,
    openBezwaar: (clientId: number) => {
      const r = openBezwaar.get(clientId) as { ontvangenOp: string; besluitBekendgemaaktOp: string; adviescommissie: number } | undefined
      return r ? { ...r, adviescommissie: r.adviescommissie === 1 } : undefined
    },
  }
}
export type DossierRepo = ReturnType<typeof dossierRepo>
