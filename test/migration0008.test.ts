import { afterEach, describe, expect, it } from 'vitest'
import { controleerGelijkstelling } from '../src/shared/domain/termijnen/gelijkstelling'
import type { GelijkgesteldeDag } from '../src/shared/domain/termijnen/feestdagen'
import { testBackend, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'

// Migration 8 (issue 12): its seeds and guards on a database at the latest schema.
let b: TestBackend
afterEach(() => b.dispose())

async function metRechtmatig() {
  b = testBackend()
  const { client } = await clientWithIndicatie(b)
  const { planId } = await b.ok('plannen.create', { clientId: client.id, sjabloon: 'zorgplan_leeg', titel: '' })
  const versieId = (await b.ok('plannen.get', { planId })).huidig.id
  return { db: b.db!, versieId }
}

describe('migration 8 (rechtmatig)', () => {
  it('seeds the decrees of 2023–2025 and 2026–2028 with their source, unverified, as the calendar takes them', async () => {
    const { db } = await metRechtmatig()
    const rows = db.prepare('SELECT datum, besluit, bron, geverifieerd FROM gelijkgestelde_dag ORDER BY datum').all() as Array<
      GelijkgesteldeDag & { geverifieerd: number }
    >
    expect(rows.map((r) => r.datum)).toEqual([
      '2023-04-28',
      '2023-05-19',
      '2024-05-10',
      '2024-12-27',
      '2025-05-30',
      '2026-01-02',
      '2026-05-15',
      '2027-05-07',
      '2028-04-28',
      '2028-05-26',
    ])
    expect(new Set(rows.map((r) => r.geverifieerd))).toEqual(new Set([0]))
    expect(rows[5]!.besluit).toContain('Besluit gelijkstelling van 2 januari 2026')
    expect(rows[0]!.bron).toContain('Staatsblad-nummer niet gevonden')
    expect(controleerGelijkstelling(rows)).toEqual([])
  })

  it('refuses a weekend date and a duplicate date in the table itself', async () => {
    const { db } = await metRechtmatig()
    const insert = db.prepare(
      `INSERT INTO gelijkgestelde_dag (datum, besluit, bron, created_at, updated_at) VALUES (?, 'Besluit (test)', 'test', 'nu', 'nu')`,
    )
    expect(() => insert.run('2029-05-12')).toThrow(/CHECK/)
    expect(() => insert.run('2026-05-15')).toThrow(/UNIQUE/)
    expect(() => insert.run('2029-13-01')).toThrow(/CHECK/)
    insert.run('2029-05-11')
  })

  it('keeps an overschrijving only with a reason, and freezes it with the vastgesteld version', async () => {
    const { db, versieId } = await metRechtmatig()
    const add = db.prepare(`INSERT INTO controle_overschrijving (plan_versie_id, code, reden, created_at) VALUES (?, ?, ?, 'nu')`)
    expect(() => add.run(versieId, 'tarieven', 'te kort')).toThrow(/CHECK/)
    add.run(versieId, 'tarieven', 'Maximumtarief 2026 nagekeken in de Staatscourant.')
    expect(() => add.run(versieId, 'tarieven', 'Nog een keer dezelfde controle overschreven.')).toThrow(/UNIQUE/)
    db.prepare(`UPDATE plan_versie SET status = 'vastgesteld', budget_cent = 54117 WHERE id = ?`).run(versieId)
    expect(db.prepare('SELECT budget_cent FROM plan_versie WHERE id = ?').pluck().get(versieId)).toBe(54_117)
    expect(() => add.run(versieId, 'budget', 'Na het vaststellen mag er niets meer bij.')).toThrow(/FROZEN: /)
    expect(() => db.prepare(`UPDATE controle_overschrijving SET reden = 'Achteraf een andere reden gegeven.'`).run()).toThrow(/FROZEN: /)
    expect(() => db.prepare('DELETE FROM controle_overschrijving').run()).toThrow(/FROZEN: /)
  })

  it('links a letter to the vastgesteld budgetplan it grants', async () => {
    const { db } = await metRechtmatig()
    const cols = (db.prepare(`SELECT name FROM pragma_table_info('brief')`).pluck().all() as string[]).filter((c) =>
      c.startsWith('budgetplan'),
    )
    expect(cols).toEqual(['budgetplan_versie_id'])
  })
})
