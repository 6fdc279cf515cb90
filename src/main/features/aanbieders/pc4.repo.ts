import type { Db } from '../../db/types'

export type Punt = { lat: number; lon: number }

/**
 * PC4 coordinates of the reference set in force today, kept in memory (about 4,000 points) and
 * reloaded only when postcodes were imported again (new set or corrected one).
 */
export function pc4Punten(db: Db, today: () => string) {
  const current = db.prepare('SELECT max(geldig_vanaf) FROM ref_postcode WHERE geldig_vanaf <= ?').pluck()
  const lastImport = db.prepare(`SELECT max(id) FROM ref_import WHERE soort = 'postcodes'`).pluck()
  const all = db.prepare('SELECT pc4, lat, lon FROM ref_postcode WHERE geldig_vanaf = ?')
  let loadedFor: string | null = null
  let map = new Map<string, Punt>()
  return (): Map<string, Punt> => {
    const set = current.get(today()) as string | null
    const key = `${set}:${lastImport.get() as number | null}`
    if (key !== loadedFor) {
      map = new Map((all.all(set) as Array<{ pc4: string; lat: number; lon: number }>).map((r) => [r.pc4, { lat: r.lat, lon: r.lon }]))
      loadedFor = key
    }
    return map
  }
}
