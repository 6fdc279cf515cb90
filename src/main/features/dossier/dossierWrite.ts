import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { ClientsService } from '../clients/clients.service'
import type { TaskSync } from '../taken/taken.sync'
import type { Issue } from '../../../shared/domain/dossier/indicatie'

/**
 * Every dossier write goes through here: one transaction in which the client must exist, the
 * change is made, the task rules run again and the caseload summary is refreshed, and one audit
 * record is appended. A failure anywhere leaves nothing behind.
 */
export function createDossierWriter(deps: { db: Db; clock: Clock; audit: Audit; sync: TaskSync; clients: ClientsService }) {
  return function write<T>(clientId: number, event: string, action: 'C' | 'U' | 'D', fn: (now: string) => T): T {
    return deps.db.transaction(() => {
      deps.clients.mustGet(clientId)
      const result = fn(deps.clock.now().toISOString())
      deps.sync.sync(clientId)
      deps.audit.record({ event, action, clientId })
      return result
    })()
  }
}
export type DossierWriter = ReturnType<typeof createDossierWriter>

export function throwIssues(issues: Issue[]): void {
  if (issues.length) throw new AppError('VALIDATION_ERROR', issues[0]!.message, issues)
}

export function mustExist<T>(record: T | undefined, what: string): T {
  if (!record) throw new AppError('NOT_FOUND', `${what} bestaat niet (meer).`)
  return record
}

export const withoutClientId = <T extends { clientId: number }>({ clientId: _c, ...rest }: T): Omit<T, 'clientId'> => rest
