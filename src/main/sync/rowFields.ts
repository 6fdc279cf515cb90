import type { OutboxRepo } from './outbox.repo'
import { fieldName, isLocalOnly, MAP_BY_TABLE, type TableMap } from './tables'

/**
 * A stored row as its sync entity's fields: camelCase names, booleans, foreign keys as the gids of
 * the rows they point at, bytes as base64, and `clientGid` for every dossier row.
 */
export function rowToFields(map: TableMap, row: Record<string, unknown>, repo: OutboxRepo): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [column, value] of Object.entries(row)) {
    if (isLocalOnly(map, column)) continue
    const ref = map.refs?.[column]
    if (ref) out[ref[0]] = value === null ? null : repo.gidOf(ref[1], Number(value))
    else if (map.bools?.includes(column)) out[fieldName(map, column)] = value === 1
    else if (map.blobs?.includes(column))
      out[fieldName(map, column)] = value === null ? null : Buffer.from(value as Uint8Array).toString('base64')
    else out[fieldName(map, column)] = value
  }
  if (map.client && typeof map.client === 'object' && 'via' in map.client) out.clientGid = clientGidOf(map, row, repo)
  return out
}

/** The gid of the client a row belongs to (null for shared data). */
export function clientGidOf(map: TableMap, row: Record<string, unknown>, repo: OutboxRepo): string | null {
  if (!map.client) return null
  if (map.client === 'self') return (row.gid as string | null) ?? null
  if ('column' in map.client) return repo.gidOf('client', Number(row[map.client.column]))
  // Through the parent (a plan version's plan, an override's plan version and then its plan).
  const parent = repo.row(map.client.table, undefined, String(row[map.client.via]))
  return parent ? clientGidOf(MAP_BY_TABLE.get(map.client.table)!, parent, repo) : null
}

/** Fields whose values differ (JSON equality: plain values, small objects). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
}

export const pick = (fields: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, fields[k] ?? null]))
