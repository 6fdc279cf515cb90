import type { Db } from '../../db/types'
import type { VersieInfo } from '../../../shared/contracts/plannen.routes'

export interface PlanRow {
  id: number
  clientId: number
  soort: 'zorgplan' | 'budgetplan'
  titel: string
  sjabloon: string
  updatedAt: string
}
export interface VersieRow {
  id: number
  planId: number
  nummer: number
  status: VersieInfo['status']
  revisie: number
  inhoud: string
  controles: string | null
  volgendeEvaluatie: string | null
  opgeslagenOp: string
  vastgesteldOp: string | null
  vastgesteldDoor: string | null
}

const VERSIE_COLUMNS = `v.id, v.plan_id AS planId, v.nummer, v.status, v.revisie, v.inhoud, v.controles, v.volgende_evaluatie AS volgendeEvaluatie,
  v.opgeslagen_op AS opgeslagenOp, v.vastgesteld_op AS vastgesteldOp, a.naam AS vastgesteldDoor`

/** Prepared statements for plans and their versions. */
export function plannenRepo(db: Db) {
  const planById = db.prepare('SELECT id, client_id AS clientId, soort, titel, sjabloon, updated_at AS updatedAt FROM plan WHERE id = ?')
  const versieById = db.prepare(
    `SELECT ${VERSIE_COLUMNS} FROM plan_versie v LEFT JOIN adviseur a ON a.id = v.vastgesteld_door WHERE v.id = ?`,
  )
  const versiesOf = db.prepare(
    `SELECT v.id, v.nummer, v.status, v.revisie, v.opgeslagen_op AS opgeslagenOp, v.vastgesteld_op AS vastgesteldOp, a.naam AS vastgesteldDoor
     FROM plan_versie v LEFT JOIN adviseur a ON a.id = v.vastgesteld_door WHERE v.plan_id = ? ORDER BY v.nummer DESC`,
  )
  const latestId = db.prepare('SELECT id FROM plan_versie WHERE plan_id = ? ORDER BY nummer DESC LIMIT 1').pluck()
  const insertPlan = db.prepare(
    'INSERT INTO plan (client_id, soort, titel, sjabloon, created_by, created_at, updated_at) VALUES (@clientId, @soort, @titel, @sjabloon, @createdBy, @now, @now)',
  )
  const insertVersie = db.prepare(
    `INSERT INTO plan_versie (plan_id, nummer, status, inhoud, volgende_evaluatie, opgeslagen_op, created_at)
     VALUES (@planId, @nummer, 'concept', @inhoud, @volgendeEvaluatie, @now, @now)`,
  )
  const saveInhoud = db.prepare(
    `UPDATE plan_versie SET inhoud = @inhoud, volgende_evaluatie = @volgendeEvaluatie, revisie = revisie + 1, opgeslagen_op = @now
     WHERE id = @id AND revisie = @revisie AND status <> 'vastgesteld'`,
  )
  const touchPlan = db.prepare('UPDATE plan SET updated_at = ? WHERE id = ?')
  const setStatus = db.prepare(
    `UPDATE plan_versie SET status = @status, revisie = revisie + 1, besproken_op = CASE WHEN @status = 'besproken' THEN @now ELSE besproken_op END,
       vastgesteld_op = @vastgesteldOp, vastgesteld_door = @door, controles = @controles, budget_cent = @budgetCent
     WHERE id = @id AND revisie = @revisie`,
  )
  const indicatieOn = db.prepare(
    `SELECT ingangsdatum, einddatum, zorgprofiel FROM indicatie WHERE client_id = ? AND ingangsdatum <= ? AND (einddatum IS NULL OR einddatum >= ?)
     ORDER BY ingangsdatum DESC LIMIT 1`,
  )
  const latestIndicatie = db.prepare(
    'SELECT ingangsdatum, einddatum, zorgprofiel FROM indicatie WHERE client_id = ? ORDER BY ingangsdatum DESC LIMIT 1',
  )
  const leveringsvorm = db.prepare('SELECT leveringsvorm FROM client WHERE id = ?').pluck()
  // Each budgetplan's latest version: the year its period starts in and the client's zorgprofiel on that day.
  const budgetplanJaren = db.prepare(
    `SELECT DISTINCT CAST(substr(van, 1, 4) AS INTEGER) AS jaar,
       (SELECT i.zorgprofiel FROM indicatie i WHERE i.client_id = x.client_id AND i.ingangsdatum <= van
        ORDER BY i.ingangsdatum DESC LIMIT 1) AS zorgprofiel
     FROM (SELECT p.client_id, json_extract(v.inhoud, '$.inhoud.periodeVan') AS van FROM plan p
       JOIN plan_versie v ON v.id = (SELECT id FROM plan_versie WHERE plan_id = p.id ORDER BY nummer DESC LIMIT 1)
       WHERE p.soort = 'budgetplan') x
     WHERE van IS NOT NULL`,
  )
  // A pgb toekenning's budgetplan: the latest vastgesteld version whose period holds the date, else one in that year.
  const vastgesteldBudgetplan = db.prepare(
    `SELECT v.id AS versieId, v.nummer, substr(v.vastgesteld_op, 1, 10) AS vastgesteldOp, json_extract(v.inhoud, '$.inhoud.periodeVan') AS periodeVan,
       json_extract(v.inhoud, '$.inhoud.periodeTot') AS periodeTot, v.budget_cent AS totaalCent
     FROM plan_versie v JOIN plan p ON p.id = v.plan_id
     WHERE p.client_id = @clientId AND p.soort = 'budgetplan' AND v.status = 'vastgesteld' AND v.budget_cent IS NOT NULL
       AND substr(json_extract(v.inhoud, '$.inhoud.periodeVan'), 1, 4) = substr(@datum, 1, 4)
     ORDER BY json_extract(v.inhoud, '$.inhoud.periodeVan') <= @datum AND json_extract(v.inhoud, '$.inhoud.periodeTot') >= @datum DESC,
       v.vastgesteld_op DESC, v.id DESC LIMIT 1`,
  )
  const list = db.prepare(
    `SELECT p.id, p.client_id AS clientId, p.soort, p.titel, v.nummer AS versie, v.status, v.opgeslagen_op AS opgeslagenOp
     FROM plan p JOIN plan_versie v ON v.id = (SELECT id FROM plan_versie WHERE plan_id = p.id ORDER BY nummer DESC LIMIT 1)
     WHERE (@clientId IS NULL OR p.client_id = @clientId) AND (@soort IS NULL OR p.soort = @soort) AND (@status IS NULL OR v.status = @status)
     ORDER BY v.opgeslagen_op DESC, p.id DESC LIMIT 200`,
  )

  return {
    /** The indicatie in force on `datum`, else the latest one: what a plan's checks are judged against. */
    indicatieFor: (clientId: number, datum: string) =>
      (indicatieOn.get(clientId, datum, datum) ?? latestIndicatie.get(clientId)) as
        { ingangsdatum: string; einddatum: string | null; zorgprofiel: string } | undefined,
    /** The client's current leveringsvorm, from the caseload summary. */
    leveringsvorm: (clientId: number) => (leveringsvorm.get(clientId) as string | null | undefined) ?? null,
    plan: (id: number) => planById.get(id) as PlanRow | undefined,
    versie: (id: number) => versieById.get(id) as VersieRow | undefined,
    versies: (planId: number) => versiesOf.all(planId) as Array<Omit<VersieInfo, never>>,
    latestId: (planId: number) => latestId.get(planId) as number,
    insertPlan: (p: { clientId: number; soort: string; titel: string; sjabloon: string; createdBy: number | null; now: string }) =>
      Number(insertPlan.run(p).lastInsertRowid),
    insertVersie: (v: { planId: number; nummer: number; inhoud: string; volgendeEvaluatie: string | null; now: string }) =>
      Number(insertVersie.run(v).lastInsertRowid),
    /** Returns false when the version moved on (another window) or is vastgesteld. */
    saveInhoud: (v: { id: number; revisie: number; inhoud: string; volgendeEvaluatie: string | null; now: string }) =>
      saveInhoud.run(v).changes === 1,
    touchPlan: (planId: number, now: string) => touchPlan.run(now, planId),
    setStatus: (v: {
      id: number
      revisie: number
      status: string
      now: string
      vastgesteldOp: string | null
      door: number | null
      controles: string | null
      budgetCent: number | null
    }) => setStatus.run(v).changes === 1,
    budgetplanJaren: () => budgetplanJaren.all() as Array<{ jaar: number; zorgprofiel: string | null }>,
    vastgesteldBudgetplan: (clientId: number, datum: string) =>
      vastgesteldBudgetplan.get({ clientId, datum }) as
        { versieId: number; nummer: number; vastgesteldOp: string; periodeVan: string; periodeTot: string; totaalCent: number } | undefined,
    list: (f: { clientId: number | null; soort: string | null; status: string | null }) =>
      list.all(f) as Array<{
        id: number
        clientId: number
        soort: 'zorgplan' | 'budgetplan'
        titel: string
        versie: number
        status: VersieInfo['status']
        opgeslagenOp: string
      }>,
  }
}
export type PlannenRepo = ReturnType<typeof plannenRepo>
