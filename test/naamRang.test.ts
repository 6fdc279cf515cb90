import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CODE_BITS, naamCode, SLOT_BITS } from '../src/main/db/naamCode'
import type { Db } from '../src/main/db/types'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import { caseloadRepo } from '../src/main/features/caseload/caseload.repo'
import { CaseloadQuerySchema, type CaseloadCursor } from '../src/shared/contracts/caseload.routes'
import { tempDb } from './helpers/tempDb'
import { optimiseNameIndexes } from '../src/main/db/nameIndexes'
import { insertNamed, names } from './helpers/naamRows'

/** SQLite's BINARY order: the UTF-8 bytes compared. */
const binary = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))

describe('naamCode', () => {
  it('never orders two names against SQLite’s BINARY order', () => {
    const all = [...names(3000), '', 'a', 'a a', 'aa', 'z', 'zzzzzzzzzzzzzzzzzzzz', 'ø', 'ab1', 'ab2', 'ab 1']
    all.sort(binary)
    for (let i = 1; i < all.length; i++) expect(naamCode(all[i - 1]!), `${all[i - 1]} ≤ ${all[i]}`).toBeLessThanOrEqual(naamCode(all[i]!))
  })

  it('tells names apart up to well past the surname, and fits its bits', () => {
    // A surname alone must not make one bucket of all its bearers: about ten characters are kept.
    expect(naamCode('hendriks anna')).toBeLessThan(naamCode('hendriks bram'))
    expect(naamCode('jansen anna')).toBeLessThan(naamCode('jansen arie'))
    expect(naamCode('zzzzzzzzzzzzzzzzzzzzzzzz')).toBeLessThan(2 ** CODE_BITS)
    expect(CODE_BITS + SLOT_BITS).toBe(63)
  })
})

describe('client_naam_rang (migration 13)', () => {
  let db: Db
  let dispose: () => void
  beforeEach(() => ({ db, dispose } = tempDb('wlz-naamrang-')))
  afterEach(() => dispose())

  const insert = (sortNaam: string) => insertNamed(db, sortNaam)
  /** Ids of the clients matching `term`, in rang order. */
  const inRangOrder = (term: string) =>
    db
      .prepare(
        `SELECT r.client_id FROM client_naam_rang_fts f JOIN client_naam_rang r ON r.rang = f.rowid
         WHERE client_naam_rang_fts MATCH ? ORDER BY f.rowid`,
      )
      .pluck()
      .all(`tekst : "${term}"`) as number[]
  const rangOf = (id: number) =>
    db.prepare('SELECT rang FROM client_naam_rang WHERE client_id = ?').safeIntegers().pluck().get(id) as bigint

  it('numbers every client in name order, bucket by bucket, as they are written', () => {
    const ids = names(400).map(insert)
    const byName = db.prepare('SELECT id, sort_naam FROM client ORDER BY sort_naam, id').all() as Array<{ id: number; sort_naam: string }>
    expect(byName).toHaveLength(ids.length)
    const bucket = (id: number) => rangOf(id) >> BigInt(SLOT_BITS)
    for (let i = 1; i < byName.length; i++) expect(bucket(byName[i - 1]!.id) <= bucket(byName[i]!.id)).toBe(true)
    expect(new Set(ids.map(rangOf)).size).toBe(ids.length)
    expect(inRangOrder('jan').length).toBe(db.prepare(`SELECT count(*) FROM client WHERE instr(zoeknaam, 'jan') > 0`).pluck().get())
  })

  it('follows a new name into its bucket, keeps the slot within one, and forgets a deleted client', () => {
    const a = insert('bos anna')
    const b = insert('bos anna')
    expect(rangOf(b) - rangOf(a)).toBe(1n)
    db.prepare("UPDATE client SET sort_naam = 'bos anna', zoeknaam = 'bos anna maria' WHERE id = ?").run(a)
    expect(rangOf(a) >> BigInt(SLOT_BITS)).toBe(BigInt(naamCode('bos anna')))
    expect(inRangOrder('maria')).toEqual([a])
    db.prepare("UPDATE client SET sort_naam = 'zwart anna', zoeknaam = 'zwart anna' WHERE id = ?").run(a)
    expect(rangOf(a) >> BigInt(SLOT_BITS)).toBe(BigInt(naamCode('zwart anna')))
    expect(inRangOrder('anna')).toEqual([b, a])
    expect(inRangOrder('maria')).toEqual([])
    db.prepare('DELETE FROM client WHERE id = ?').run(b)
    expect(inRangOrder('anna')).toEqual([a])
    expect(db.prepare('SELECT count(*) FROM client_naam_rang').pluck().get()).toBe(1)
  })

  it('reuses a free slot once a bucket’s last slot is taken, and refuses a name when none is free', () => {
    const base = BigInt(naamCode('bos anna')) << BigInt(SLOT_BITS)
    const last = base + BigInt(2 ** SLOT_BITS - 1)
    const a = insert('bos anna')
    // Slots as if 16,384 names had come and gone: the highest in use is the last one.
    db.prepare('UPDATE client_naam_rang SET rang = ? WHERE client_id = ?').run(last, a)
    const b = insert('bos anna')
    expect(rangOf(b)).toBe(base)
    const c = insert('bos anna')
    expect(rangOf(c)).toBe(base + 1n)
    // Every slot taken (the rows stand in for clients; only the rang table is read for a free slot).
    db.prepare(
      `WITH RECURSIVE s(r) AS (SELECT ? UNION ALL SELECT r + 1 FROM s WHERE r < ?)
       INSERT INTO client_naam_rang (rang, client_id) SELECT r, -r FROM s WHERE r NOT IN (?, ?, ?)`,
    ).run(base + 2n, last - 1n, base, base + 1n, last)
    expect(() => insert('bos anna')).toThrow(/Te veel cliënten met \(bijna\) dezelfde naam/)
  })

  it('numbers the clients an older database already holds', () => {
    const { db: old, dispose: close } = tempDb('wlz-naamrang-old-', migrations.slice(0, 12))
    try {
      const put = old.prepare(
        `INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, sort_naam, created_at, updated_at)
         VALUES (?, 'x', '', 'x', '1950-01-01', ?, ?, '2026-01-01', '2026-01-01')`,
      )
      put.run('999990019', 'pieter bos', 'bos pieter')
      put.run('999990020', 'anna bos', 'bos anna')
      put.run('999990032', 'anna bos', 'bos anna')
      migrate(old, migrations)
      const rows = old.prepare('SELECT client_id FROM client_naam_rang ORDER BY rang').pluck().all()
      expect(rows).toEqual([2, 3, 1])
    } finally {
      close()
    }
  })

  it('merges both name indexes after a bulk load without changing what they find', () => {
    // One transaction per client, as single saves write them: each leaves a segment of its own.
    names(200).forEach((n) => db.transaction(() => insert(n))())
    const rows = () => db.prepare('SELECT count(*) FROM client_naam_rang_fts_data').pluck().get() as number
    const byId = db.prepare('SELECT rowid FROM client_naam_fts WHERE client_naam_fts MATCH ? ORDER BY rowid').pluck()
    const found = () => ['jan', 'bos', 'anna', 'dyk'].map((t) => [inRangOrder(t), byId.all(`"${t}"`)])
    const [before, pieces] = [found(), rows()]
    db.transaction(() => optimiseNameIndexes(db))()
    expect(rows()).toBeLessThan(pieces)
    expect(found()).toEqual(before)
    for (const t of ['client_naam_fts', 'client_naam_rang_fts'])
      expect(() => db.exec(`INSERT INTO ${t} (${t}) VALUES ('integrity-check')`)).not.toThrow()
  })

  it('pages through a name search in name order, across buckets larger than a page, both ways', () => {
    // Names alike far past the code's cut share a bucket: 40 identical ones and 30 that differ only at the end.
    for (let i = 0; i < 40; i++) insert('bosman jacobus')
    for (let i = 0; i < 30; i++) insert(`bosman jacobus hendrik${'x'.repeat(i % 7)}`)
    names(300).forEach(insert)
    insert('bosman jacob')
    // More hits than are read by id at once: the page is read from the rang index.
    const ran: string[] = []
    const spy = new Proxy(db, {
      get: (t, p) => (p === 'prepare' ? (sql: string) => (ran.push(sql), t.prepare(sql)) : (Reflect.get(t, p) as unknown)),
    })
    const repo = caseloadRepo(spy, { nameNarrow: 5 })
    for (const richting of ['asc', 'desc'] as const) {
      const input = CaseloadQuerySchema.parse({ zoek: 'bosman', filter: { adviseur: 'alle' }, sort: { kolom: 'naam', richting } })
      const want = db
        .prepare(`SELECT id FROM client WHERE instr(zoeknaam, 'bosman') > 0 ORDER BY sort_naam ${richting}, id ${richting}`)
        .pluck()
        .all() as number[]
      const got: number[] = []
      let na: CaseloadCursor | undefined
      for (let p = 0; p < 20; p++) {
        const r = repo.page({ ...input, limit: 9, ...(na ? { na } : {}) }, '2026-12-01', null)
        got.push(...r.rows.map((x) => x.id))
        if (!r.volgende) break
        na = r.volgende
      }
      expect(got).toEqual(want)
      expect(want.length).toBe(71)
      expect(ran.some((sql) => sql.includes('client_naam_rang_fts'))).toBe(true)
    }
  })
})
