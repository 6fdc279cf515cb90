import type { Db } from '../../db/types'
import type { Audit } from './audit'
import { sortName } from '../../../shared/domain/names'
import type { AuditRow } from '../../../shared/contracts/audit.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'

/** Reading the access log. Looking at a client's log is itself an access and is logged. */
export function createAuditLogService(db: Db, audit: Audit) {
  const where = 'WHERE (@clientId IS NULL OR l.client_id = @clientId) AND (@userId IS NULL OR l.user_id = @userId)'
  const page = db.prepare(
    `SELECT l.id, l.at, l.event, l.action, l.client_id, l.user_role, a.naam AS user_naam, c.voornamen, c.voorvoegsel, c.achternaam
     FROM audit_log l LEFT JOIN adviseur a ON a.id = l.user_id LEFT JOIN client c ON c.id = l.client_id
     ${where} ORDER BY l.id DESC LIMIT @limit OFFSET @offset`,
  )
  const count = db.prepare(`SELECT count(*) FROM audit_log l ${where}`).pluck()

  return {
    list(input: RouteArgs<'audit.list'>): { rows: AuditRow[]; total: number } {
      return db.transaction(() => {
        if (input.clientId !== null) audit.record({ event: 'audit.read', action: 'R', clientId: input.clientId })
        const rows = page.all(input) as Array<{
          id: number
          at: string
          event: string
          action: AuditRow['action']
          client_id: number | null
          user_role: string | null
          user_naam: string | null
          voornamen: string | null
          voorvoegsel: string | null
          achternaam: string | null
        }>
        return {
          total: count.get(input) as number,
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
      })()
    },
    verify: () => ({ records: db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number, eersteAfwijking: audit.verify() }),
  }
}
