import type { UnitOfWork } from '../../write/unitOfWork'
import type { AuditRepo } from './audit.repo'
import { sortName } from '../../../shared/domain/names'
import type { AuditRow } from '../../../shared/contracts/audit.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'

/** Reading the access log. Looking at a client's log is itself an access and is logged. */
export function createAuditLogService(deps: {
  uow: UnitOfWork
  repo: AuditRepo
  check: () => { records: number; eersteAfwijking: number | null; reden: string | null }
}) {
  const { uow, repo } = deps

  function page(input: RouteArgs<'audit.list'>): { rows: AuditRow[]; total: number } {
    const { rows, total } = repo.page(input)
    return {
      total,
      rows: rows.map((r) => ({
        id: r.id,
        at: r.at,
        event: r.event,
        action: r.action,
        clientId: r.client_id,
        clientNaam: r.achternaam
          ? sortName({ voornamen: r.voornamen ?? '', voorvoegsel: r.voorvoegsel ?? '', achternaam: r.achternaam })
          : null,
        userNaam: r.user_naam,
        userRole: r.user_role,
      })),
    }
  }

  return {
    list(input: RouteArgs<'audit.list'>): { rows: AuditRow[]; total: number } {
      // The look at a client's log is itself in the page it returns.
      if (input.clientId !== null) uow.record({ event: 'audit.read', clientId: input.clientId })
      return page(input)
    },
    verify: () => deps.check(),
  }
}
