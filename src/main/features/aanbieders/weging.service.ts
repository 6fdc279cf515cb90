import type { SettingsRepo } from '../../db/settings'
import type { UnitOfWork } from '../../write/unitOfWork'
import { GewichtenSchema, STANDAARD_GEWICHTEN, type Gewichten } from '../../../shared/domain/aanbieders/weging'

/**
 * The adviser's own weights for the shortlist, kept per adviser in this workstation's settings
 * (two advisers sharing a laptop each keep theirs). Until saved: the defaults.
 */
export function createWegingService(deps: { uow: UnitOfWork; settings: SettingsRepo; adviseurId: () => number | null }) {
  const key = () => `vergelijk_gewichten:${deps.adviseurId() ?? 'werkplek'}`
  return {
    get(): Gewichten {
      const raw = deps.settings.get(key())
      if (raw === null) return STANDAARD_GEWICHTEN
      // A value written by an older version with fewer criteria falls back to the defaults for the rest.
      const parsed = GewichtenSchema.safeParse({ ...STANDAARD_GEWICHTEN, ...(JSON.parse(raw) as object) })
      return parsed.success ? parsed.data : STANDAARD_GEWICHTEN
    },
    save(g: Gewichten): Gewichten {
      deps.uow.run({ event: 'aanbieders.gewichten' }, () => deps.settings.set(key(), JSON.stringify(g)))
      return g
    },
  }
}
export type WegingService = ReturnType<typeof createWegingService>
