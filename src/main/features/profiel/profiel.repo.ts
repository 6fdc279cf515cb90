import type { Db } from '../../db/types'
import type { ProfielInput } from '../../../shared/contracts/profiel.routes'

export interface AdviseurRow {
  id: number
  naam: string
  functie: string
  afdeling: 'klantadvies' | 'pgb'
  regio_code: string
}

/** The advisers known at this workstation: the one working here and the colleagues. */
export function profielRepo(db: Db) {
  const byId = db.prepare('SELECT id, naam, functie, afdeling, regio_code FROM adviseur WHERE id = ?')
  const all = db.prepare('SELECT id, naam, functie, afdeling, regio_code FROM adviseur WHERE actief = 1 ORDER BY naam')
  const insert = db.prepare(
    'INSERT INTO adviseur (naam, functie, afdeling, regio_code, created_at) VALUES (@naam, @functie, @afdeling, @regioCode, @at)',
  )
  const activeByName = db.prepare('SELECT 1 FROM adviseur WHERE naam = ? AND actief = 1')
  const otherActiveByName = db.prepare('SELECT 1 FROM adviseur WHERE naam = ? AND actief = 1 AND id <> ?')
  const update = db.prepare(
    'UPDATE adviseur SET naam = @naam, functie = @functie, afdeling = @afdeling, regio_code = @regioCode WHERE id = @id',
  )
  const active = db.prepare('SELECT 1 FROM adviseur WHERE id = ? AND actief = 1')
  const byGid = db.prepare('SELECT id FROM adviseur WHERE gid = ?').pluck()
  const updateByGid = db.prepare(
    'UPDATE adviseur SET naam = @naam, functie = @functie, afdeling = @afdeling, regio_code = @regioCode, actief = 1 WHERE gid = @gid',
  )
  const insertWithGid = db.prepare(
    'INSERT INTO adviseur (gid, naam, functie, afdeling, regio_code, created_at) VALUES (@gid, @naam, @functie, @afdeling, @regioCode, @at)',
  )
  return {
    get: (id: number) => byId.get(id) as AdviseurRow | undefined,
    active: () => all.all() as AdviseurRow[],
    insert: (input: ProfielInput, at: string) => Number(insert.run({ ...input, at }).lastInsertRowid),
    activeNameTaken: (naam: string, behalve?: number) =>
      (behalve === undefined ? activeByName.get(naam) : otherActiveByName.get(naam, behalve)) !== undefined,
    update: (id: number, input: ProfielInput) => void update.run({ ...input, id }),
    isActive: (id: number) => active.get(id) !== undefined,
    /** The adviser row of a teamserver account (gid = account id), created or brought up to date. */
    upsertByGid(gid: string, input: ProfielInput, at: string): number {
      if (byGid.get(gid) === undefined) insertWithGid.run({ ...input, gid, at })
      else updateByGid.run({ ...input, gid })
      return byGid.get(gid) as number
    },
  }
}
export type ProfielRepo = ReturnType<typeof profielRepo>
