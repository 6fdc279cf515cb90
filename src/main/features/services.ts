import type { Db } from '../db/types'
import { settingsRepo } from '../db/settings'
import type { Clock } from '../lib/clock'
import { createAudit } from './audit/audit'
import { createClientsService } from './clients/clients.service'
import { createDemoService } from './demo/demo.service'
import { createProfielService } from './profiel/profiel.service'
import { createReferentieService } from './referentie/referentie.service'
import type { AppStatus } from '../../shared/contracts/app.routes'

export interface RuntimeState {
  integrity: AppStatus['integrity']
  readOnly: boolean
}

/** Wires the services of one open database. Plain TypeScript: nothing here imports Electron. */
export function createServices(db: Db, clock: Clock, opts: { referenceDir: string | null; appVersion: string; state: RuntimeState }) {
  const settings = settingsRepo(db)
  // The audit actor is read lazily: the profile may be created after the services are.
  let currentUser: () => { id: number; afdeling: string } | null = () => null
  const audit = createAudit(db, clock, () => {
    const u = currentUser()
    return { userId: u?.id ?? null, role: u?.afdeling ?? null, onBehalfOf: null }
  })
  const currentUserId = () => currentUser()?.id ?? null
  const referentie = createReferentieService(db, clock, audit, currentUserId)
  const profiel = createProfielService(db, clock, audit, settings, referentie)
  currentUser = () => profiel.current()
  const clients = createClientsService(db, clock, audit, currentUserId)
  const demo = createDemoService({ db, clock, settings, referenceDir: opts.referenceDir, profiel, referentie, clients })

  const app = {
    status(): AppStatus {
      return {
        state: 'ready',
        integrity: opts.state.integrity,
        readOnly: opts.state.readOnly,
        demo: demo.isDemo(),
        appVersion: opts.appVersion,
        profiel: profiel.current(),
        referentieGeladen: referentie.hasAny(),
      }
    },
  }
  return { app, audit, settings, referentie, profiel, clients, demo }
}
export type Services = ReturnType<typeof createServices>
