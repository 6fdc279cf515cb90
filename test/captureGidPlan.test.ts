// Every gid trigger finds the row it just inserted through an index. One that matched on an
// expression (`locatie_id || '|' || zorgprofiel = …`) scanned the whole wachttijd table per insert,
// and a 10,000-location provider import took 16 s instead of 0.7 s (migration 12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import type { Db } from '../src/main/db/types'
import { tempDb } from './helpers/tempDb'

let db: Db
let dispose: () => void
beforeAll(() => ({ db, dispose } = tempDb('wlz-gidplan-')))
afterAll(() => dispose())

/** The trigger's UPDATE with NEW.x as a parameter, so EXPLAIN QUERY PLAN can show how it finds the row. */
function updateOf(sql: string): string {
  const body = /BEGIN\s+(UPDATE[\s\S]*?);\s*END/i.exec(sql)?.[1]
  if (!body) throw new Error(`no UPDATE in trigger: ${sql}`)
  return body.replace(/NEW\.\w+/g, '?')
}

describe('gid triggers', () => {
  const gidTriggers = () =>
    db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_gid' ESCAPE '\\'").all() as Array<{
      name: string
      sql: string
    }>

  it('exist for the synced tables, wachttijd among them', () => {
    expect(gidTriggers().map((t) => t.name)).toContain('wachttijd_gid')
    expect(gidTriggers().length).toBeGreaterThan(20)
  })

  it('each find the new row by its key, never by scanning the table', () => {
    const scans: string[] = []
    for (const t of gidTriggers()) {
      const update = updateOf(t.sql)
      const n = (update.match(/\?/g) ?? []).length
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${update}`).all(...Array<null>(n).fill(null)) as Array<{ detail: string }>
      const table = t.name.replace(/_gid$/, '')
      // Subqueries of the gid's own expression (e.g. the location's gid) are lookups by id as well.
      for (const p of plan) if (p.detail.startsWith('SCAN ')) scans.push(`${table}: ${p.detail}`)
      expect(
        plan.some((p) => p.detail.startsWith(`SEARCH ${table} `)),
        `${t.name}: ${JSON.stringify(plan)}`,
      ).toBe(true)
    }
    expect(scans).toEqual([])
  })
})

describe('migration 12', () => {
  it('makes the wachttijd gid trigger of an existing database again, by its key columns', () => {
    const { db: oud, dispose: weg } = tempDb('wlz-gidplan-oud-', migrations.slice(0, 11))
    try {
      // The trigger as versions 7–11 made it.
      oud.exec(`DROP TRIGGER wachttijd_gid;
        CREATE TRIGGER wachttijd_gid AFTER INSERT ON wachttijd WHEN NEW.gid IS NULL BEGIN
          UPDATE wachttijd SET gid = wlz_derived_gid('wachttijd', (SELECT gid FROM locatie WHERE id = NEW.locatie_id) || '|' || NEW.zorgprofiel)
          WHERE locatie_id || '|' || zorgprofiel = NEW.locatie_id || '|' || NEW.zorgprofiel; END;`)
      migrate(oud, migrations.slice(0, 12))
      const sql = oud.prepare("SELECT sql FROM sqlite_master WHERE name = 'wachttijd_gid'").pluck().get() as string
      expect(sql).toContain('locatie_id = NEW.locatie_id AND zorgprofiel = NEW.zorgprofiel')
      expect(oud.pragma('user_version', { simple: true })).toBe(12)
    } finally {
      weg()
    }
  })
})
