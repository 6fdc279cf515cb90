import type { Db } from './types'

export type Statement = ReturnType<Db['prepare']>

/**
 * Prepares each distinct SQL text once. For statements whose text depends on the shape of a request
 * (which fields a form sends, which filters a caseload query uses): the set of shapes is small.
 */
export function statementCache(db: Db): (sql: string) => Statement {
  const cache = new Map<string, Statement>()
  return (sql) => {
    let s = cache.get(sql)
    if (!s) cache.set(sql, (s = db.prepare(sql)))
    return s
  }
}
