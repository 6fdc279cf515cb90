import type { Db } from '../../db/types'
import { insertSql, toParams } from '../../db/rows'
import { updateVersioned } from '../../db/versioned'
import type { ReferentiebedragRij } from '../../../shared/contracts/bedragen.routes'

const SELECT = `SELECT id, version, soort, sleutel, geldig_vanaf AS geldigVanaf, bedrag_cent AS bedragCent, geverifieerd, bron FROM referentiebedrag`

type Row = Omit<ReferentiebedragRij, 'geverifieerd'> & { geverifieerd: number }
const fromRow = (r: Row): ReferentiebedragRij => ({ ...r, geverifieerd: r.geverifieerd === 1 })

/** A dated amount as stored (money in cents, geverifieerd 0/1). */
export interface BedragFields {
  soort: string
  sleutel: string
  geldig_vanaf: string
  bedrag_cent: number
  geverifieerd: number
  bron: string
}

/** The dated reference amounts: maximum tariffs, budgets per zorgprofiel, toeslagen. */
export function bedragenRepo(db: Db) {
  const all = db.prepare(`${SELECT} ORDER BY soort, sleutel, geldig_vanaf`)
  const byId = db.prepare(`${SELECT} WHERE id = ?`)
  const clash = db.prepare('SELECT id FROM referentiebedrag WHERE soort = ? AND sleutel = ? AND geldig_vanaf = ? AND id <> ?').pluck()
  const remove = db.prepare('DELETE FROM referentiebedrag WHERE id = ? AND version = ?')
  const insert = db.prepare(
    insertSql('referentiebedrag', [
      'soort',
      'sleutel',
      'geldigVanaf',
      'bedragCent',
      'geverifieerd',
      'bron',
      'version',
      'createdAt',
      'updatedAt',
    ]),
  )
  return {
    all: () => (all.all() as Row[]).map(fromRow),
    get: (id: number) => {
      const r = byId.get(id) as Row | undefined
      return r ? fromRow(r) : undefined
    },
    /** Another row of the same soort and sleutel from the same date (the table allows one). */
    clashes: (soort: string, sleutel: string, geldigVanaf: string, exceptId: number) =>
      clash.get(soort, sleutel, geldigVanaf, exceptId) !== undefined,
    insert: (f: BedragFields, now: string) =>
      Number(insert.run(toParams({ ...f, version: 1, created_at: now, updated_at: now })).lastInsertRowid),
    update: (id: number, version: number, f: BedragFields, now: string) =>
      updateVersioned(db, 'referentiebedrag', id, version, { ...f }, now, 'Dit bedrag bestaat niet (meer).'),
    /** False when the row changed or is gone. */
    remove: (id: number, version: number) => remove.run(id, version).changes === 1,
  }
}
export type BedragenRepo = ReturnType<typeof bedragenRepo>
