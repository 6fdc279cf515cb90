import type { Db } from '../../db/types'
import type { ReferentieSoort } from '../../../shared/contracts/referentie.routes'

export interface RegioRow {
  zk_code: string
  naam: string
}
export interface GemeenteRow {
  gemeentecode: string
  naam: string
  provincie: string
  zk_code: string
}
export interface PostcodeRow {
  pc4: string
  plaats: string
  gemeentecode: string
  lat: number
  lon: number
}

/**
 * Reference tables are versioned as whole sets by `geldig_vanaf`: on a given date the set with
 * the latest geldig_vanaf on or before that date applies (gemeenten merge on 1 January).
 */
export function referentieRepo(db: Db) {
  const setOn = (table: string) => db.prepare(`SELECT max(geldig_vanaf) FROM ${table} WHERE geldig_vanaf <= ?`).pluck()
  const regioSet = setOn('ref_regio')
  const gemeenteSet = setOn('ref_gemeente')
  const regios = db.prepare('SELECT zk_code, naam FROM ref_regio WHERE geldig_vanaf = ? ORDER BY naam')
  const gemeenten = db.prepare('SELECT gemeentecode, naam, provincie, zk_code FROM ref_gemeente WHERE geldig_vanaf = ?')
  const regioNaam = db
    .prepare('SELECT naam FROM ref_regio WHERE zk_code = ? AND geldig_vanaf <= ? ORDER BY geldig_vanaf DESC LIMIT 1')
    .pluck()
  const latestImports = db.prepare(
    `SELECT soort, geldig_vanaf, rijen, bestandsnaam, imported_at FROM ref_import i
     WHERE id = (SELECT max(id) FROM ref_import WHERE soort = i.soort)
     ORDER BY CASE soort WHEN 'regios' THEN 1 WHEN 'gemeenten' THEN 2 ELSE 3 END`,
  )
  // Postcode → gemeente → zorgkantoorregio, each through the set valid on the date.
  const regioOfPc4 = db
    .prepare(
      `SELECT g.zk_code AS code FROM ref_postcode p
     JOIN ref_gemeente g ON g.gemeentecode = p.gemeentecode
       AND g.geldig_vanaf = (SELECT max(geldig_vanaf) FROM ref_gemeente WHERE geldig_vanaf <= @date)
     WHERE p.pc4 = @pc4 AND p.geldig_vanaf = (SELECT max(geldig_vanaf) FROM ref_postcode WHERE geldig_vanaf <= @date)`,
    )
    .pluck()
  const gemeenteOfPc4 = db
    .prepare(
      `SELECT g.naam FROM ref_postcode p
     JOIN ref_gemeente g ON g.gemeentecode = p.gemeentecode
       AND g.geldig_vanaf = (SELECT max(geldig_vanaf) FROM ref_gemeente WHERE geldig_vanaf <= @date)
     WHERE p.pc4 = @pc4 AND p.geldig_vanaf = (SELECT max(geldig_vanaf) FROM ref_postcode WHERE geldig_vanaf <= @date)`,
    )
    .pluck()
  /** The gemeente a postcode lies in on that date (after a merger: the new gemeente). */
  function gemeenteOfPostcode(postcode: string, date: string): string | null {
    const pc4 = postcode.slice(0, 4)
    return /^\d{4}$/.test(pc4) ? ((gemeenteOfPc4.get({ pc4, date }) as string | undefined) ?? null) : null
  }
  function regioOfPostcode(postcode: string, date: string): string | null {
    const pc4 = postcode.slice(0, 4)
    return /^\d{4}$/.test(pc4) ? ((regioOfPc4.get({ pc4, date }) as string | undefined) ?? null) : null
  }
  const countAll = db
    .prepare('SELECT (SELECT count(*) FROM ref_regio) + (SELECT count(*) FROM ref_gemeente) + (SELECT count(*) FROM ref_postcode)')
    .pluck()

  const postcodesWithRegio = db.prepare(
    'SELECT p.pc4, p.plaats, g.zk_code FROM ref_postcode p JOIN ref_gemeente g USING (gemeentecode) ORDER BY p.pc4',
  )

  const tables: Record<ReferentieSoort, string> = { regios: 'ref_regio', gemeenten: 'ref_gemeente', postcodes: 'ref_postcode' }

  return {
    regiosOn(date: string): RegioRow[] {
      const set = regioSet.get(date) as string | null
      return set ? (regios.all(set) as RegioRow[]) : []
    },
    gemeentenOn(date: string): GemeenteRow[] {
      const set = gemeenteSet.get(date) as string | null
      return set ? (gemeenten.all(set) as GemeenteRow[]) : []
    },
    regioNaam: (code: string, date: string): string | null => (regioNaam.get(code, date) as string | undefined) ?? null,
    latestImports: () =>
      latestImports.all() as Array<{
        soort: ReferentieSoort
        geldig_vanaf: string
        rijen: number
        bestandsnaam: string
        imported_at: string
      }>,
    regioOfPostcode,
    gemeenteOfPostcode,
    /** Recomputes every client's region (after a new gemeente or postcode table); returns the ids that moved. */
    recomputeClientRegions(date: string): number[] {
      const rows = db.prepare("SELECT id, postcode, regio_code FROM client WHERE postcode <> ''").all() as Array<{
        id: number
        postcode: string
        regio_code: string | null
      }>
      const set = db.prepare('UPDATE client SET regio_code = ? WHERE id = ?')
      const moved: number[] = []
      for (const r of rows) {
        const regio = regioOfPostcode(r.postcode, date)
        if (regio === r.regio_code) continue
        set.run(regio, r.id)
        moved.push(r.id)
      }
      return moved
    },
    /** Every PC4 with its place and zorgkantoorregio (for the demo's fictitious addresses). */
    postcodesWithRegio: () => postcodesWithRegio.all() as Array<{ pc4: string; plaats: string; zk_code: string }>,
    hasAny: (): boolean => (countAll.get() as number) > 0,
    /** Replaces the set of one kind for one geldig_vanaf. Caller owns the transaction. */
    replaceSet(soort: ReferentieSoort, geldigVanaf: string, rows: ReadonlyArray<Record<string, string | number>>): void {
      db.prepare(`DELETE FROM ${tables[soort]} WHERE geldig_vanaf = ?`).run(geldigVanaf)
      const first = rows[0]
      if (!first) return
      const cols = [...Object.keys(first), 'geldig_vanaf']
      const insert = db.prepare(`INSERT INTO ${tables[soort]} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)
      for (const row of rows) insert.run({ ...row, geldig_vanaf: geldigVanaf })
    },
    logImport(r: {
      soort: ReferentieSoort
      geldigVanaf: string
      bestandsnaam: string
      rijen: number
      sha256: string
      at: string
      adviseurId: number | null
    }) {
      db.prepare(
        `INSERT INTO ref_import (soort, geldig_vanaf, bestandsnaam, rijen, sha256, imported_at, adviseur_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(r.soort, r.geldigVanaf, r.bestandsnaam, r.rijen, r.sha256, r.at, r.adviseurId)
    },
  }
}
export type ReferentieRepo = ReturnType<typeof referentieRepo>
