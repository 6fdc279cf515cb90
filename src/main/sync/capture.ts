import { uuidv7 } from '../../shared/contracts/sync/ids'
import type { OutboxRepo, OutboxRow } from './outbox.repo'
import { changedFields, clientGidOf, pick, rowToFields } from './rowFields'
import { MAP_BY_ENTITY } from './tables'

type Change = Omit<OutboxRow, 'seq' | 'status' | 'attempts' | 'message'>

/**
 * Turns what one action touched (sync_pending, filled by the capture triggers) into outbox changes,
 * inside that action's transaction: the net effect per row (created, these fields changed from these
 * values, deleted), folded into an earlier change of the same row that has not been sent yet.
 * Special rows: the letterhead lives in a setting; audit records get the device that made them.
 */
export function createCapture(deps: { repo: OutboxRepo; deviceId: () => string | null }) {
  const { repo } = deps

  function fromPending(p: { entity: string; rowKey: string; old: string | null }, at: string): Change | null {
    if (p.entity === 'briefpapier') return briefpapierChange(p.old, at)
    if (p.entity === 'audit') return auditChange(p.rowKey, at)
    const map = MAP_BY_ENTITY.get(p.entity)
    if (!map) return null
    const current = repo.row(map.table, map.key, p.rowKey)
    const oldRow = p.old === null ? null : (JSON.parse(p.old) as Record<string, unknown>)
    if (!current && !oldRow) return null
    const gid = String((current ?? oldRow)!.gid)
    const after = current ? rowToFields(map, current, repo) : null
    const before = oldRow ? rowToFields(map, oldRow, repo) : null
    const clientGid = clientGidOf(map, (current ?? oldRow)!, repo)
    const baseVersion = repo.version(map.entity, gid)
    if (after && !before)
      return { changeId: uuidv7(), entity: map.entity, gid, op: 'upsert', baseVersion, base: null, fields: after, clientGid, at }
    if (!after) return { changeId: uuidv7(), entity: map.entity, gid, op: 'delete', baseVersion, base: before, fields: null, clientGid, at }
    const changed = changedFields(before!, after)
    if (!changed.length) return null
    return {
      changeId: uuidv7(),
      entity: map.entity,
      gid,
      op: 'upsert',
      baseVersion,
      base: pick(before!, changed),
      fields: pick(after, changed),
      clientGid,
      at,
    }
  }

  function briefpapierChange(old: string | null, at: string): Change | null {
    const current = repo.setting('briefpapier')
    if (current === null) return null
    const gid = BRIEFPAPIER_GID
    const after = JSON.parse(current) as Record<string, unknown>
    const before = old === null ? null : (JSON.parse(JSON.parse(old).value as string) as Record<string, unknown>)
    const changed = before ? changedFields(before, after) : Object.keys(after)
    if (!changed.length) return null
    const baseVersion = repo.version('briefpapier', gid)
    // The letterhead is one record: a change sends it whole, so the server always holds a complete one.
    return {
      changeId: uuidv7(),
      entity: 'briefpapier',
      gid,
      op: 'upsert',
      baseVersion,
      base: before && pick(before, changed),
      fields: after,
      clientGid: null,
      at,
    }
  }

  function auditChange(rowKey: string, at: string): Change | null {
    const r = repo.row('audit_log', undefined, rowKey)
    const deviceId = deps.deviceId()
    if (!r || !deviceId) return null
    const userGid = r.user_id === null ? null : repo.gidOf('adviseur', Number(r.user_id))
    // A record without a signed-in user (made before the first sign-in) stays local.
    if (!userGid) return null
    const fields = {
      at: r.at,
      event: r.event,
      action: r.action,
      clientGid: r.client_id === null ? null : repo.gidOf('client', Number(r.client_id)),
      userGid,
      role: r.user_role,
      onBehalfOf: null,
      deviceId,
      details: JSON.parse(String(r.details)) as Record<string, unknown>,
    }
    return {
      changeId: uuidv7(),
      entity: 'audit',
      gid: String(r.gid),
      op: 'upsert',
      baseVersion: null,
      base: null,
      fields,
      clientGid: fields.clientGid,
      at,
    }
  }

  /** Folds `next` into the unsent change of the same row, or queues it. */
  function enqueue(next: Change): void {
    const open = repo.openFor(next.entity, next.gid)
    if (!open) return repo.insert(next)
    const createdHere = open.base === null && open.baseVersion === null
    if (next.op === 'delete') {
      // A row made and removed before it was ever sent never needs to reach the server.
      if (createdHere) return repo.remove(open.seq)
      return repo.replace(open.seq, { op: 'delete', base: { ...next.base, ...open.base }, fields: null, at: next.at })
    }
    const fields = { ...open.fields, ...next.fields }
    const base = createdHere ? null : { ...next.base, ...open.base }
    repo.replace(open.seq, { op: 'upsert', base, fields, at: next.at })
  }

  return {
    /** Called by the unit of work at the end of each captured action, inside its transaction. */
    seal(at: string): number {
      const touched = repo.pending()
      if (!touched.length) return 0
      let n = 0
      for (const p of touched) {
        const change = fromPending(p, at)
        if (change) {
          enqueue(change)
          n++
        }
      }
      repo.clearPending()
      return n
    },
  }
}
export type Capture = ReturnType<typeof createCapture>

/** The letterhead is one record for the whole zorgkantoor, with the same gid everywhere. */
export const BRIEFPAPIER_GID = '00000000-0000-8000-8000-000000000001'
