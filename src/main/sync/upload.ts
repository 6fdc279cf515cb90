import { derivedGid } from '../../shared/contracts/sync/ids'
import type { Change, ChangeResult } from '../../shared/contracts/sync/protocol'
import { PUSH_MAX_CHANGES } from '../../shared/contracts/sync/protocol'
import type { Account } from '../../shared/contracts/sync/auth'
import type { UnitOfWork } from '../write/unitOfWork'
import { BRIEFPAPIER_GID } from './capture'
import type { OutboxRepo } from './outbox.repo'
import { clientGidOf, rowToFields } from './rowFields'
import { APPLY_ORDER } from './apply.repo'
import { MAP_BY_ENTITY } from './tables'

export interface UploadReport {
  aantal: number
  geweigerd: Array<{ soort: string; melding: string }>
  /** Local advisers without an account of the same name: their dossiers arrive without an adviser. */
  nietGekoppeld: string[]
}

/**
 * A beheerder's one-time upload of a single-desk database to an empty teamserver: every synced row as a
 * create, parents first, in pages of ordinary changes. Change ids are derived from the upload id and
 * the row, so an upload that broke off is simply started again and the server skips what it has.
 * Local advisers are first matched to the server's accounts by name, so dossiers keep their adviser.
 * The local audit log stays on this workstation (its records name people who are not signed in here).
 */
export async function uploadDatabase(deps: {
  uow: UnitOfWork
  outbox: OutboxRepo
  uploadId: string
  accounts: Account[]
  send: (page: Change[], laatste: boolean) => Promise<ChangeResult[]>
  now: string
}): Promise<UploadReport> {
  const { outbox } = deps
  const nietGekoppeld = deps.uow.system(() => linkAdvisers(outbox, deps.accounts))
  const known = new Set(deps.accounts.map((a) => a.id))
  const changes = deps.uow.system(() => allRowsAsChanges(outbox, deps.uploadId, known, deps.now))
  const report: UploadReport = { aantal: 0, geweigerd: [], nietGekoppeld }
  for (let i = 0; i < changes.length || i === 0; i += PUSH_MAX_CHANGES) {
    const page = changes.slice(i, i + PUSH_MAX_CHANGES)
    const results = await deps.send(page, i + PUSH_MAX_CHANGES >= changes.length)
    const byId = new Map(page.map((c) => [c.changeId, c]))
    deps.uow.system(() => {
      for (const r of results) {
        const c = byId.get(r.changeId)!
        if (r.status === 'rejected') report.geweigerd.push({ soort: c.entity, melding: r.message ?? '' })
        else if (r.version !== null) outbox.setVersion(c.entity, c.gid, r.version)
      }
    })
    report.aantal += results.filter((r) => r.status !== 'rejected').length
  }
  return report
}

function linkAdvisers(outbox: OutboxRepo, accounts: Account[]): string[] {
  const byName = new Map(accounts.map((a) => [a.naam.trim().toLowerCase(), a.id]))
  const unmatched: string[] = []
  const taken = new Set<string>()
  for (const a of outbox.advisers()) {
    const id = byName.get(a.naam.trim().toLowerCase())
    if (id && !taken.has(id)) {
      outbox.setAdviserGid(a.id, id)
      taken.add(id)
    } else unmatched.push(a.naam)
  }
  return unmatched
}

function allRowsAsChanges(outbox: OutboxRepo, uploadId: string, accountIds: ReadonlySet<string>, at: string): Change[] {
  const out: Change[] = []
  for (const entity of APPLY_ORDER) {
    if (entity === 'briefpapier') {
      const value = outbox.setting('briefpapier')
      if (value) out.push(change(uploadId, 'briefpapier', BRIEFPAPIER_GID, JSON.parse(value) as Record<string, unknown>, null, at))
      continue
    }
    const map = MAP_BY_ENTITY.get(entity)
    if (!map) continue
    for (const row of outbox.allRows(map.table, map.key)) {
      const fields = rowToFields(map, row, outbox)
      // An adviser the server does not know becomes "no adviser" rather than a dangling reference.
      for (const [column, [field, table]] of Object.entries(map.refs ?? {}))
        if (table === 'adviseur' && fields[field] !== null && !accountIds.has(String(fields[field])) && row[column] !== null)
          fields[field] = null
      out.push(change(uploadId, map.entity, String(row.gid), fields, clientGidOf(map, row, outbox), at))
    }
  }
  return out
}

const change = (
  uploadId: string,
  entity: string,
  gid: string,
  fields: Record<string, unknown>,
  clientGid: string | null,
  at: string,
): Change => ({
  changeId: derivedGid(`upload:${uploadId}`, `${entity}:${gid}`),
  entity: entity as Change['entity'],
  gid,
  op: 'upsert',
  baseVersion: null,
  base: null,
  fields,
  clientGid,
  at,
})
