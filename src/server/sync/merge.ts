/** Structural equality of JSON values (object key order does not matter). */
export function sameValue(x: unknown, y: unknown): boolean {
  // An absent field and null mean the same here: both are "no value".
  const a = x === undefined ? null : x
  const b = y === undefined ? null : y
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]))
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}

export interface FieldConflict {
  field: string
  base: unknown
  theirs: unknown
  mine: unknown
}

/**
 * Three-way merge of one change against the server's row, field by field:
 * server value equals the value the edit started from → take mine; server value already equals
 * mine → nothing to do; otherwise both sides changed it differently → a conflict for a person.
 * A field missing from `base` (or a null base, for a row both sides created) counts as unknown.
 */
export function threeWay(theirs: Record<string, unknown>, base: Record<string, unknown> | null, mine: Record<string, unknown>) {
  const apply: Record<string, unknown> = {}
  const conflicts: FieldConflict[] = []
  for (const [field, value] of Object.entries(mine)) {
    const current = theirs[field] ?? null
    if (sameValue(current, value)) continue
    const hasBase = base !== null && Object.hasOwn(base, field)
    if (hasBase && sameValue(current, base[field])) apply[field] = value
    else conflicts.push({ field, base: hasBase ? base[field] : null, theirs: current, mine: value })
  }
  return { apply, conflicts }
}
