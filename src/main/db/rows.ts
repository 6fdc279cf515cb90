/**
 * Mapping between storage rows (snake_case, booleans as 0/1) and contract objects (camelCase,
 * real booleans). Kept generic so repositories do not repeat field-by-field copies.
 */
const toCamel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
const toSnake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export function fromRow<T>(row: Record<string, unknown>, booleans: readonly string[] = []): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) out[toCamel(k)] = booleans.includes(k) ? v === 1 : v
  return out as T
}

/** Named parameters for a statement: snake_case keys, booleans as 0/1, arrays as comma lists. */
export function toParams(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    out[toSnake(k)] = typeof v === 'boolean' ? (v ? 1 : 0) : Array.isArray(v) ? v.join(',') : v
  }
  return out
}

/** `a = @a, b = @b` for the given camelCase fields. */
export function setClause(fields: readonly string[]): string {
  return fields.map((f) => `${toSnake(f)} = @${toSnake(f)}`).join(', ')
}

export function insertSql(table: string, fields: readonly string[]): string {
  const cols = fields.map(toSnake)
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`
}
