import type { Db } from '../../db/types'
import type { DossierSnapshot, GelijkgesteldeDag } from '../../../shared/domain/termijnen'
import { SOORT_INFO, type BriefSoort } from '../../../shared/domain/brieven/soorten'

/** Reads what the task rules need about one client, in one pass of small indexed queries. */
export function snapshotReader(db: Db) {
  const indicaties = db.prepare(
    'SELECT id, besluitnummer, ingangsdatum, einddatum, zorgprofiel FROM indicatie WHERE client_id = ? ORDER BY ingangsdatum',
  )
  const leveringsvormen = db.prepare(
    'SELECT id, soort, startdatum, einddatum, met_behandeling AS metBehandeling FROM leveringsvorm WHERE client_id = ? ORDER BY startdatum',
  )
  const aanvragen = db.prepare(
    `SELECT id, soort, ontvangen_op AS ontvangenOp, termijn_weken AS termijnWeken, opgeschort_dagen AS opgeschortDagen,
       verdaagd_tot AS verdaagdTot, besluit_datum AS besluitDatum, bekendgemaakt_op AS bekendgemaaktOp
     FROM aanvraag WHERE client_id = ?`,
  )
  const bezwaren = db.prepare(
    `SELECT id, ontvangen_op AS ontvangenOp, besluit_bekendgemaakt_op AS besluitBekendgemaaktOp, adviescommissie,
       verdaging_weken AS verdagingWeken, opgeschort_dagen AS opgeschortDagen, beslist_op AS beslistOp
     FROM bezwaar WHERE client_id = ?`,
  )
  const evaluaties = db.prepare(
    `SELECT p.id AS planId, v.volgende_evaluatie AS datum FROM plan p
     JOIN plan_versie v ON v.id = (SELECT id FROM plan_versie WHERE plan_id = p.id ORDER BY nummer DESC LIMIT 1)
     WHERE p.client_id = ? AND p.soort = 'zorgplan' AND v.volgende_evaluatie IS NOT NULL`,
  )
  // Letters arrive with migration 4; a database migrated only to 3 has no brief table yet.
  const hasBrieven = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'brief_verzending'`).get() !== undefined
  const beschikkingen = hasBrieven
    ? db.prepare(
        `SELECT b.id, b.kenmerk, b.soort, b.datum, v.verzonden_op AS verzondenOp,
           coalesce(json_extract(b.gegevens, '$.zienswijzeWeken'), 2) AS zienswijzeWeken
         FROM brief b JOIN brief_verzending v ON v.brief_id = b.id WHERE b.client_id = ?`,
      )
    : null
  // Migration 8 brings the table of gelijkgestelde dagen (Atw art. 3 lid 3); older schemas roll without it.
  const hasKalender = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'gelijkgestelde_dag'`).get() !== undefined
  const kalender = hasKalender ? db.prepare('SELECT datum, besluit, bron FROM gelijkgestelde_dag ORDER BY datum') : null
  const regio = db.prepare(
    `SELECT c.regio_code AS client, a.regio_code AS adviseur, c.adres_gewijzigd_op AS adresGewijzigdOp
     FROM client c LEFT JOIN adviseur a ON a.id = c.adviseur_id WHERE c.id = ?`,
  )

  /**
   * Every gelijkgestelde dag in the table, verified or not: the calendar uses what the table holds
   * (Beheer shows which are verified). Read once per sync run and passed to `read` for each client.
   */
  const gelijkgesteldeDagen = (): readonly GelijkgesteldeDag[] => (kalender?.all() ?? []) as GelijkgesteldeDag[]

  type Brief = { id: number; kenmerk: string; soort: BriefSoort; datum: string; verzondenOp: string; zienswijzeWeken: number }
  const read = (
    clientId: number,
    today: string,
    regioNaam: (code: string) => string | null,
    dagen: readonly GelijkgesteldeDag[] = gelijkgesteldeDagen(),
  ): DossierSnapshot => {
    const r = regio.get(clientId) as { client: string | null; adviseur: string | null; adresGewijzigdOp: string | null }
    const brieven = (beschikkingen?.all(clientId) ?? []) as Brief[]
    return {
      today,
      indicaties: indicaties.all(clientId) as DossierSnapshot['indicaties'],
      leveringsvormen: (
        leveringsvormen.all(clientId) as Array<
          Omit<DossierSnapshot['leveringsvormen'][number], 'metBehandeling'> & { metBehandeling: number }
        >
      ).map((l) => ({
        ...l,
        metBehandeling: l.metBehandeling === 1,
      })),
      aanvragen: aanvragen.all(clientId) as DossierSnapshot['aanvragen'],
      bezwaren: (
        bezwaren.all(clientId) as Array<Omit<DossierSnapshot['bezwaren'][number], 'adviescommissie'> & { adviescommissie: number }>
      ).map((b) => ({
        ...b,
        adviescommissie: b.adviescommissie === 1,
      })),
      zorgplanEvaluaties: evaluaties.all(clientId) as Array<{ planId: number; datum: string }>,
      beschikkingen: brieven
        .filter((b) => SOORT_INFO[b.soort]?.beschikking)
        .map((b) => ({ id: b.id, kenmerk: b.kenmerk, verzondenOp: b.verzondenOp })),
      // Awb 4:7/4:8: a sent voornemen tot afwijzing starts the zienswijze term, counted from the letter's date.
      voornemens: brieven
        .filter((b) => b.soort === 'voornemen_afwijzing')
        .map((b) => ({ id: b.id, kenmerk: b.kenmerk, datum: b.datum, zienswijzeWeken: b.zienswijzeWeken })),
      regio: { ...r, clientNaam: r.client ? regioNaam(r.client) : null },
      gelijkgesteldeDagen: dagen,
    }
  }
  return Object.assign(read, { gelijkgesteldeDagen })
}
