import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../src/main/db/types'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import { caseloadRepo } from '../src/main/features/caseload/caseload.repo'
import { CaseloadQuerySchema, type CaseloadCursor, type CaseloadQuery } from '../src/shared/contracts/caseload.routes'
import { tempDb } from './helpers/tempDb'
import { insertNamed, names } from './helpers/naamRows'

const LVS = ['verblijf', 'vpt', 'mpt', 'pgb', 'mpt_pgb', 'dtv', null] as const
const TODAY = '2026-12-01'

/** Ids matching `tokens` in the rang index (migration 14), in rang order. */
const matching = (db: Db, fts: string) =>
  db
    .prepare(
      `SELECT r.client_id FROM client_naam_rang_fts f JOIN client_naam_rang r ON r.rang = f.rowid
       WHERE client_naam_rang_fts MATCH ? ORDER BY f.rowid`,
    )
    .pluck()
    .all(fts) as number[]

describe('the leveringsvorm in the rang index (migration 14)', () => {
  let db: Db
  let dispose: () => void
  beforeEach(() => ({ db, dispose } = tempDb('wlz-rang-lv-')))
  afterEach(() => dispose())

  it('tokens each client’s leveringsvorm as it is written, changed and removed', () => {
    const a = insertNamed(db, 'bos anna', 'vpt')
    const b = insertNamed(db, 'bos bram', null)
    expect(matching(db, 'tekst : "bos" AND lv : "lvt"')).toEqual([a])
    expect(matching(db, 'lv : "lv0"')).toEqual([b])
    db.prepare("UPDATE client SET leveringsvorm = 'pgb' WHERE id = ?").run(a)
    expect(matching(db, 'lv : "lvt"')).toEqual([])
    expect(matching(db, 'tekst : "anna" AND lv : "lvp"')).toEqual([a])
    // A new name and a new leveringsvorm at once: one entry, with both.
    db.prepare("UPDATE client SET leveringsvorm = 'verblijf', sort_naam = 'zwart anna', zoeknaam = 'zwart anna' WHERE id = ?").run(a)
    expect(matching(db, 'tekst : "zwart" AND lv : "lvb"')).toEqual([a])
    expect(matching(db, 'tekst : "bos"')).toEqual([b])
    db.prepare('DELETE FROM client WHERE id = ?').run(a)
    expect(matching(db, 'lv : "lvb"')).toEqual([])
    // A typed term never matches the leveringsvorm column: "lvt" is not a name.
    insertNamed(db, 'de vries', 'vpt')
    expect(caseloadRepo(db).count({ zoek: 'lvt', filter: CaseloadQuerySchema.parse({}).filter }, TODAY, null)).toBe(0)
  })

  it('tokens the clients an older database already holds', () => {
    const { db: old, dispose: close } = tempDb('wlz-rang-lv-old-', migrations.slice(0, 13))
    try {
      const ids = ['vpt', null, 'pgb'].map((lv, i) => insertNamed(old, `bos ${'abc'[i]}`, lv))
      migrate(old, migrations)
      expect(matching(old, 'tekst : "bos" AND lv : "lvt"')).toEqual([ids[0]])
      expect(matching(old, 'tekst : "bos" AND lv : "lv0"')).toEqual([ids[1]])
      expect(matching(old, 'tekst : "bos" AND (lv : "lvp" OR lv : "lvt")')).toEqual([ids[0], ids[2]])
      expect(() => old.exec("INSERT INTO client_naam_rang_fts (client_naam_rang_fts) VALUES ('integrity-check')")).not.toThrow()
    } finally {
      close()
    }
  })

  describe('a name search sorted on leveringsvorm, read one leveringsvorm at a time', () => {
    let ran: string[]
    beforeEach(() => {
      // Names alike past the code's cut (one bucket) in every leveringsvorm, and many others.
      for (let i = 0; i < 60; i++) insertNamed(db, 'bosman jacobus', LVS[i % LVS.length]!)
      for (let i = 0; i < 30; i++) insertNamed(db, `bosman jacobus hendrik${'x'.repeat(i % 7)}`, LVS[(i * 3) % LVS.length]!)
      names(400).forEach((n, i) => insertNamed(db, n, LVS[(i * 5) % LVS.length]!))
      ran = []
    })
    // More hits than are read by id at once (nameNarrow 5), and a leveringsvorm filter holding more
    // clients than are read and sorted (countBudget 20): the page comes from the rang index.
    const repo = (countBudget?: number) =>
      caseloadRepo(
        new Proxy(db, {
          get: (t, p) => (p === 'prepare' ? (sql: string) => (ran.push(sql), t.prepare(sql)) : (Reflect.get(t, p) as unknown)),
        }),
        { nameNarrow: 5, countBudget },
      )
    const oracle = (term: string, richting: 'asc' | 'desc', lvs: string[]) =>
      db
        .prepare(
          `SELECT id FROM client WHERE instr(zoeknaam, ?) > 0 ${lvs.length ? `AND leveringsvorm IN (${lvs.map(() => '?').join(', ')})` : ''}
           ORDER BY leveringsvorm IS NULL, leveringsvorm ${richting}, sort_naam ${richting}, id ${richting}`,
        )
        .pluck()
        .all(term, ...lvs) as number[]
    const pages = (query: CaseloadQuery, limit: number) => {
      const r = repo(20)
      const input = CaseloadQuerySchema.parse(query)
      const got: number[] = []
      let na: CaseloadCursor | undefined
      for (let p = 0; p < 100; p++) {
        const page = r.page({ ...input, limit, ...(na ? { na } : {}) }, TODAY, null)
        got.push(...page.rows.map((x) => x.id))
        if (!page.volgende) break
        na = page.volgende
      }
      return got
    }

    it.each([
      ['bosman', []],
      ['jansen', []],
      ['bosman', ['vpt', 'pgb']],
      ['bos', ['mpt_pgb']],
      ['anna', ['dtv', 'verblijf', 'dtv']],
    ] as Array<[string, string[]]>)('"%s", leveringsvormen %j: every page in order, both ways', (zoek, leveringsvormen) => {
      for (const richting of ['asc', 'desc'] as const) {
        const want = oracle(zoek, richting, [...new Set(leveringsvormen)])
        const query = {
          zoek,
          filter: { adviseur: 'alle' as const, leveringsvormen: leveringsvormen as never },
          sort: { kolom: 'leveringsvorm' as const, richting },
        }
        expect(want.length).toBeGreaterThan(9)
        expect(pages(query, 9)).toEqual(want)
        expect(pages(query, 200)).toEqual(want)
      }
      expect(ran.some((sql) => sql.startsWith('WITH w AS'))).toBe(true)
    })

    it('reads a name with another condition than a leveringsvorm the usual ways', () => {
      // Tested on each hit's row, a sparse condition made every leveringsvorm's walk read all hits.
      // Half the clients are late: more than are read and sorted (countBudget 20).
      db.prepare("UPDATE client SET eerste_deadline = '2026-11-01' WHERE id % 2 = 0").run()
      const want = db
        .prepare(
          `SELECT id FROM client WHERE instr(zoeknaam, 'bosman') > 0 AND eerste_deadline < ?
           ORDER BY leveringsvorm IS NULL, leveringsvorm, sort_naam, id`,
        )
        .pluck()
        .all(TODAY)
      expect(want.length).toBeGreaterThan(20)
      const filter = { adviseur: 'alle' as const, signalen: ['te_laat' as const] }
      expect(pages({ zoek: 'bosman', filter, sort: { kolom: 'leveringsvorm' } }, 9)).toEqual(want)
      expect(ran.filter((sql) => sql.startsWith('WITH w AS'))).toEqual([])
    })

    it('counts a bare name in rang order only as far as reading by id; the exact number comes on request', () => {
      const r = repo()
      const filter = CaseloadQuerySchema.parse({ filter: { adviseur: 'alle' } }).filter
      for (const kolom of ['naam', 'leveringsvorm'] as const) {
        const page = r.page(CaseloadQuerySchema.parse({ zoek: 'bosman', filter, sort: { kolom, richting: 'asc' }, limit: 10 }), TODAY, null)
        expect([page.total, page.capped]).toEqual([5, true])
      }
      // Other sorts count every hit up to the budget: the way they read a page depends on it.
      const byDate = r.page(CaseloadQuerySchema.parse({ zoek: 'bosman', filter, sort: { kolom: 'geboortedatum' }, limit: 10 }), TODAY, null)
      expect([byDate.total, byDate.capped]).toEqual([oracle('bosman', 'asc', []).length, false])
      expect(r.count({ zoek: 'bosman', filter }, TODAY, null)).toBe(oracle('bosman', 'asc', []).length)
    })
  })
})
