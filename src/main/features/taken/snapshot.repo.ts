import type { Db } from '../../db/types'
import type { DossierSnapshot } from '../../../shared/domain/termijnen'
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
        `SELECT b.id, b.kenmerk, b.soort, v.verzonden_op AS verzondenOp FROM brief b JOIN brief_verzending v ON v.brief_id = b.id WHERE b.client_id = ?`,
      )
    : null
  const regio = db.prepare(
    `SELECT c.regio_code AS client, a.regio_code AS adviseur, c.adres_gewijzigd_op AS adresGewijzigdOp
     FROM client c LEFT JOIN adviseur a ON a.id = c.adviseur_id WHERE c.id = ?`,
  )

  return (clientId: number, today: string, regioNaam: (code: string) => string | null): DossierSnapshot => {
    const r = regio.get(clientId) as { client: string | null; adviseur: string | null; adresGewijzigdOp: string | null }
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
      beschikkingen: (
        (beschikkingen?.all(clientId) ?? []) as Array<{ id: number; kenmerk: string; soort: BriefSoort; verzondenOp: string }>
      )
        .filter((b) => SOORT_INFO[b.soort]?.beschikking)
        .map(({ soort: _s, ...b }) => b),
      regio: { ...r, clientNaam: r.client ? regioNaam(r.client) : null },
    }
  }
}
