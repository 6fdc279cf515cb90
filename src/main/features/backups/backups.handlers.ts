import type { Handlers, MaintenanceRoute } from '../../ipc/router'
import { AppError } from '../../lib/errors'
import type { AuditEvent } from '../../../shared/domain/auditEvents'
import type { Backups } from './backups'

/**
 * The routes that must work without a usable database. They are audited when the database is
 * there; when it is not, the restore itself is audited after the next start.
 */
export function buildMaintenanceHandlers(deps: {
  backups: Backups
  /** Null when there is no usable database to write the record into. */
  record: () => ((event: AuditEvent, details: Record<string, string>) => void) | null
  restart: (() => void) | undefined
  /** The system's folder dialog; absent outside Electron (tests, harness), where the path is typed. */
  pickFolder: (() => Promise<string | null>) | undefined
}): Pick<Handlers, Exclude<MaintenanceRoute, `sleutel.${string}`>> {
  // Best effort: a damaged database may refuse the record; the restore is audited after the restart anyway.
  const record = (event: AuditEvent, details: Record<string, string>) => {
    try {
      deps.record()?.(event, details)
    } catch {
      // Nothing to add: the back-up step itself must not fail on its log line.
    }
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
    'backups.tweedeLocatie': () => deps.backups.second.status(),
    'backups.mapKiezen': async () => ({ map: deps.pickFolder ? await deps.pickFolder() : null }),
    'backups.tweedeLocatieInstellen': ({ map }) => {
      const status = deps.backups.second.set(map)
      record('backup.tweedeLocatie', {})
      return status
    },
    'app.restart': () => {
      if (!deps.restart) throw new AppError('NOT_READY', 'Start Wlz Werkplek zelf opnieuw om door te gaan.')
      setTimeout(deps.restart, 50)
      return { ok: true as const }
    },
  }
}
