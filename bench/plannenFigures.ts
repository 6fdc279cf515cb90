import { BENCH_SENDER, openBench, unlockBench } from './generate'
import { msFigure as fig, time, type Figure } from './stats'
import { BudgetplanInhoudSchema, type BudgetplanInhoud } from '../src/shared/contracts/plannen.inhoud'

const TEXT = 'Begeleiding bij het opstaan, wassen en aankleden; samen het ontbijt klaarmaken en de dag doornemen. '

/** A realistic budgetplan: five zorgverleners with four care lines each and filled-in texts. */
function bigPlan(versie: number, van: string): BudgetplanInhoud {
  return BudgetplanInhoudSchema.parse({
    periodeVan: van,
    periodeTot: `${van.slice(0, 4)}-12-31`,
    toelichting: `${TEXT.repeat(20)} Versie ${versie}.`,
    zorgverleners: Array.from({ length: 5 }, (_, z) => ({
      id: `zv${z}`,
      naam: `Zorgverlener ${z + 1} (fictief)`,
      soort: z % 2 ? 'formeel' : 'informeel',
      kvkNummer: z % 2 ? '12345678' : '',
      relatie: z % 2 ? 'geen' : 'vriend_buur',
      overeenkomst: z % 2 ? 'zorginstelling' : 'opdracht',
      regels: Array.from({ length: 4 }, (_, r) => ({
        id: `r${r}`,
        soortZorg: ['verzorging', 'begeleiding', 'dagbesteding', 'huishoudelijke_hulp'][r],
        eenheid: r === 2 ? 'dagdeel' : 'uur',
        perWeek: 2 + ((r + versie) % 5),
        tariefCent: 2000 + r * 100,
        wanneer: 'Maandag tot en met vrijdag',
        omschrijving: TEXT.repeat(3),
      })),
    })),
    pgbVaardigheid: Array.from({ length: 10 }, () => ({ oordeel: 'voldoende', toelichting: 'Goed besproken.' })),
  })
}

/**
 * Issue 4 figures through the real router: opening a plan with 20 versions, a diff of two
 * versions, the autosave round trip (zod, transaction, audit) and the budget checks. The 19
 * older versions are written straight into the table as setup; the timed calls are the real routes.
 */
export async function plannenFigures(dataDir: string, size: string): Promise<Figure[]> {
  const b = openBench(dataDir)
  await b.integrityDone
  await unlockBench(b)
  const db = b.db!
  const client = db
    .prepare('SELECT client_id AS id, zorgprofiel, ingangsdatum FROM indicatie WHERE einddatum IS NULL ORDER BY id LIMIT 1')
    .get() as { id: number; zorgprofiel: string; ingangsdatum: string }
  const call = async (route: Parameters<typeof b.dispatch>[1], input: unknown) => {
    const r = await b.dispatch(BENCH_SENDER, route, input)
    if (!r.ok) throw new Error(`${route}: ${r.error.message}`)
    return r.value as never
  }
  await call('bedragen.create', {
    soort: 'pgb_budget_jaar',
    sleutel: client.zorgprofiel,
    geldigVanaf: '2020-01-01',
    bedragCent: 6_000_000,
    geverifieerd: false,
    bron: 'bench (fictief)',
  }).catch(() => undefined)
  const { planId } = (await call('plannen.create', { clientId: client.id, sjabloon: 'budgetplan_leeg', titel: 'Bench' })) as {
    planId: number
  }
  const van = client.ingangsdatum > '2026-01-01' ? client.ingangsdatum : '2026-01-01'
  // With its gid given: the gid trigger's own update would otherwise meet the freeze of a vastgestelde version.
  const insert = db.prepare(
    `INSERT INTO plan_versie (gid, plan_id, nummer, status, inhoud, opgeslagen_op, vastgesteld_op, created_at)
     VALUES (wlz_uuid7(), ?, ?, 'vastgesteld', ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    db.prepare('DELETE FROM plan_versie WHERE plan_id = ?').run(planId)
    const now = new Date().toISOString()
    for (let v = 1; v <= 19; v++) insert.run(planId, v, JSON.stringify({ soort: 'budgetplan', inhoud: bigPlan(v, van) }), now, now, now)
    db.prepare(
      `INSERT INTO plan_versie (plan_id, nummer, status, inhoud, opgeslagen_op, created_at) VALUES (?, 20, 'concept', ?, ?, ?)`,
    ).run(planId, JSON.stringify({ soort: 'budgetplan', inhoud: bigPlan(20, van) }), now, now)
  })()
  const ids = db.prepare('SELECT id FROM plan_versie WHERE plan_id = ? ORDER BY nummer').pluck().all(planId) as number[]
  const open = ids.at(-1)!
  let revisie = 1
  const out: Figure[] = [
    fig('plan: openen met 20 versies', size, await time(100, () => call('plannen.get', { planId })), '≤ 50 ms'),
    fig(
      'plan: diff van twee versies',
      size,
      await time(100, (i) => call('plannen.diff', { links: ids[i % 19]!, rechts: open })),
      '≤ 30 ms',
    ),
    fig(
      'plan: autosave (heen en terug)',
      size,
      await time(200, async (i) => {
        const p = bigPlan(20, van)
        p.toelichting += ` Wijziging ${i}.`
        revisie = (
          (await call('plannen.autosave', { versieId: open, revisie, plan: { soort: 'budgetplan', inhoud: p } })) as { revisie: number }
        ).revisie
      }),
      '≤ 20 ms p95',
    ),
    fig('plan: budgetcontroles', size, await time(100, () => call('plannen.controles', { versieId: open })), '≤ 10 ms'),
  ]
  b.close()
  return out
}
