// Which reference set holds on a date is `max(geldig_vanaf) … WHERE geldig_vanaf <= date`. Without an
// index on the date that walked every postcode entry (~4,000) per lookup: a client's gemeente or region
// cost 0.33 ms, paid per dossier, per letter and per client when the regions are recomputed (migration 15).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../src/main/db/types'
import { tempDb } from './helpers/tempDb'

let db: Db
let dispose: () => void
beforeAll(() => ({ db, dispose } = tempDb('wlz-refplan-')))
afterAll(() => dispose())

const plan = (sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ date: '2026-12-01' }) as Array<{ detail: string }>).map((p) => p.detail)

describe('the reference set on a date', () => {
  it.each(['ref_postcode', 'ref_gemeente', 'ref_regio'])('is found in %s by seeking the date, not by walking the table', (table) => {
    expect(plan(`SELECT max(geldig_vanaf) FROM ${table} WHERE geldig_vanaf <= @date`)).toEqual([
      expect.stringMatching(new RegExp(`^SEARCH ${table} USING COVERING INDEX \\w+ \\(geldig_vanaf<\\?\\)$`)),
    ])
  })

  it("gives a postcode's gemeente with seeks only", () => {
    const details = plan(
      `SELECT g.naam FROM ref_postcode p
       JOIN ref_gemeente g ON g.gemeentecode = p.gemeentecode
         AND g.geldig_vanaf = (SELECT max(geldig_vanaf) FROM ref_gemeente WHERE geldig_vanaf <= @date)
       WHERE p.pc4 = '1011' AND p.geldig_vanaf = (SELECT max(geldig_vanaf) FROM ref_postcode WHERE geldig_vanaf <= @date)`,
    )
    expect(details.filter((d) => d.startsWith('SEARCH ') && !/\(.*=\?|<\?/.test(d))).toEqual([])
    expect(details.some((d) => d.startsWith('SCAN '))).toBe(false)
  })
})
