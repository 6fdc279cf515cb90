import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackend, type TestBackend } from './helpers/backend'
import { clientMetAdres, openBriefBackend } from './helpers/brieven'

/**
 * One freeze mechanism (migration 6, db/freeze.ts): every frozen row refuses UPDATE, DELETE,
 * INSERT OR REPLACE and UPSERT, whatever SQL is used, and the service turns it into FROZEN.
 */
let b: TestBackend
let close: () => Promise<void>
beforeAll(async () => void ({ b, close } = await openBriefBackend()), 60_000)
afterAll(() => close())

describe('frozen rows', () => {
  it('refuse every way of rewriting them, for every frozen table', async () => {
    const clientId = (await clientMetAdres(b)).id
    // A vastgesteld plan version is frozen; reaching one through the service would need a full plan, so we
    // set it straight in SQL before the trigger applies, the way a real vaststellen leaves it.
    const { planId } = await b.ok('plannen.create', { clientId, sjabloon: 'zorgplan_leeg', titel: '' })
    const versieId = b.db!.prepare('SELECT id FROM plan_versie WHERE plan_id = ?').pluck().get(planId) as number
    b.db!.prepare(`UPDATE plan_versie SET status = 'vastgesteld', vastgesteld_op = '2026-11-22T10:00:00Z' WHERE id = ?`).run(versieId)
    const brief = await b.ok('brieven.create', {
      clientId,
      soort: 'ontvangst_bezwaar',
      gegevens: { bezwaarOntvangenOp: '2026-11-10', bestredenKenmerk: 'BR-2026-000001', bestredenBekendgemaaktOp: '2026-10-02' },
      vrijeTekst: { toelichting: '', afsluiting: '' },
    })
    await b.ok('brieven.finalise', { id: brief.id, version: brief.version })
    await b.ok('brieven.verzonden', { id: brief.id, verzondenOp: '2026-11-22' })

    const frozen: Array<{ table: string; key: string; id: number }> = [
      { table: 'audit_log', key: 'id', id: b.db!.prepare('SELECT min(id) FROM audit_log').pluck().get() as number },
      { table: 'plan_versie', key: 'id', id: versieId },
      { table: 'brief', key: 'id', id: brief.id },
      { table: 'brief_archief', key: 'brief_id', id: brief.id },
      { table: 'brief_verzending', key: 'brief_id', id: brief.id },
    ]
    let attempts = 0
    for (const { table, key, id } of frozen) {
      const row = b.db!.prepare(`SELECT * FROM ${table} WHERE ${key} = ?`).get(id) as Record<string, unknown>
      const cols = Object.keys(row)
      const params = Object.fromEntries(cols.map((c) => [c, row[c]]))
      const values = cols.map((c) => `@${c}`).join(', ')
      const someColumn = cols.find((c) => c !== key)!
      const attemptsFor = [
        () => b.db!.prepare(`UPDATE ${table} SET ${someColumn} = ${someColumn} WHERE ${key} = ?`).run(id),
        () => b.db!.prepare(`DELETE FROM ${table} WHERE ${key} = ?`).run(id),
        () => b.db!.prepare(`INSERT OR REPLACE INTO ${table} (${cols.join(', ')}) VALUES (${values})`).run(params),
        () => b.db!.prepare(`REPLACE INTO ${table} (${cols.join(', ')}) VALUES (${values})`).run(params),
        () =>
          b
            .db!.prepare(
              `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${values}) ON CONFLICT (${key}) DO UPDATE SET ${someColumn} = excluded.${someColumn}`,
            )
            .run(params),
      ]
      for (const attempt of attemptsFor) {
        expect(attempt, `${table}: ${attempt.toString()}`).toThrow(/FROZEN: /)
        attempts++
      }
      expect(b.db!.prepare(`SELECT * FROM ${table} WHERE ${key} = ?`).get(id)).toEqual(row)
    }
    expect(attempts).toBe(frozen.length * 5)
    process.stdout.write(`freeze: ${attempts} rewrite attempts on ${frozen.length} frozen tables, all refused\n`)
  })

  it('answers FROZEN through the routes, with the reason in Dutch', async () => {
    const brief = (await b.ok('brieven.list', { clientId: null, batchId: null, limit: 10 })).find((x) => x.status === 'definitief')!
    const r = await b.call('brieven.delete', { id: brief.id, version: 2 })
    expect(r.ok === false && r.error).toMatchObject({ code: 'FROZEN', message: expect.stringContaining('definitief') })
  })
})

describe('connection pragmas', () => {
  it('keeps temporary data in memory and fires delete triggers on REPLACE', () => {
    const plain = testBackend()
    try {
      expect(plain.db!.pragma('temp_store', { simple: true })).toBe(2)
      expect(plain.db!.pragma('recursive_triggers', { simple: true })).toBe(1)
    } finally {
      plain.dispose()
    }
  })
})
