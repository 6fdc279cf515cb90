import type { Db } from '../../db/types'
import type { Overschrijving } from '../../../shared/domain/plannen/overschrijving'
import { displayName, type NameParts } from '../../../shared/domain/names'
import type { OverschrijvingRij } from '../../../shared/contracts/plannen.routes'

type LijstRow = Omit<OverschrijvingRij, 'clientNaam'> & NameParts

/**
 * Blocking budget checks the adviser let pass with a reason (controle_overschrijving, migration 8).
 * The triggers freeze them with their vastgesteld version.
 */
export function overschrijvingRepo(db: Db) {
  const ofVersie = db.prepare('SELECT code, reden FROM controle_overschrijving WHERE plan_versie_id = ? ORDER BY id')
  const insert = db.prepare(
    `INSERT INTO controle_overschrijving (plan_versie_id, code, reden, adviseur_id, created_at)
     VALUES (@versieId, @code, @reden, @adviseurId, @now)`,
  )
  const remove = db.prepare('DELETE FROM controle_overschrijving WHERE plan_versie_id = ? AND code = ?')
  const lijst = db.prepare(
    `SELECT o.id, o.created_at AS createdAt, p.client_id AS clientId, p.id AS planId, p.titel AS planTitel, v.nummer AS versie,
       o.code, o.reden, a.naam AS adviseur, c.voornamen, c.voorvoegsel, c.achternaam, c.naamgebruik,
       c.partner_voorvoegsel AS partnerVoorvoegsel, c.partner_achternaam AS partnerAchternaam
     FROM controle_overschrijving o JOIN plan_versie v ON v.id = o.plan_versie_id JOIN plan p ON p.id = v.plan_id
       JOIN client c ON c.id = p.client_id LEFT JOIN adviseur a ON a.id = o.adviseur_id
     ORDER BY o.created_at DESC, o.id DESC LIMIT ?`,
  )
  return {
    ofVersie: (versieId: number) => ofVersie.all(versieId) as Overschrijving[],
    insert: (o: Overschrijving & { versieId: number; adviseurId: number | null; now: string }) => void insert.run(o),
    /** False when there was none for this check. */
    remove: (versieId: number, code: string) => remove.run(versieId, code).changes === 1,
    /** Newest first, with the client's name as the caseload shows it. */
    lijst: (limit: number): OverschrijvingRij[] =>
      (lijst.all(limit) as LijstRow[]).map(
        ({ voornamen, voorvoegsel, achternaam, naamgebruik, partnerVoorvoegsel, partnerAchternaam, ...r }) => ({
          ...r,
          clientNaam: displayName({ voornamen, voorvoegsel, achternaam, naamgebruik, partnerVoorvoegsel, partnerAchternaam }),
        }),
      ),
  }
}
export type OverschrijvingRepo = ReturnType<typeof overschrijvingRepo>
