import type { Handlers } from '../../ipc/router'
import { AppError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { Backups } from './backups'

export const MAINTENANCE_ROUTES = ['backups.list', 'backups.create', 'backups.restore', 'app.restart'] as const
type MaintenanceRoute = (typeof MAINTENANCE_ROUTES)[number]

/**
 * The routes that must work without a usable database. They are audited when the database is
 * there; when it is not, the restore itself is audited after the next start.
 */
export function buildMaintenanceHandlers(deps: {
  backups: Backups
  audit: () => { audit: Audit; inTransaction: (fn: () => void) => void } | null
  restart: (() => void) | undefined
}): Pick<Handlers, MaintenanceRoute> {
  const record = (event: string, details: Record<string, string>) => {
    const a = deps.audit()
    a?.inTransaction(() => a.audit.record({ event, action: 'E', details }))
  }
  return {
    'backups.list': () => deps.backups.list(),
    'backups.create': async () => {
      const info = await deps.backups.create()
      record('backup.create', { naam: info.naam })
      return info
    },
    'backups.restore': async ({ naam }) => {
      await deps.backups.scheduleRestore(naam)
      record('backup.restore.scheduled', { naam })
      return { herstartNodig: true as const }
    },
    'app.restart': () => {
      if (!deps.restart) throw new AppError('NOT_READY', 'Start Wlz Werkplek zelf opnieuw om door te gaan.')
      setTimeout(deps.restart, 50)
      return { ok: true as const }
    },
  }
}
