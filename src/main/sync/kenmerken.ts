import { AppError } from '../lib/errors'
import { kenmerk } from '../../shared/contracts/sync/kenmerken'
import type { OutboxRepo } from './outbox.repo'
import type { TeamStateRepo } from './state.repo'
import type { SyncRepo } from './sync.repo'

/** Where a letter's kenmerk comes from: the local series (single desk) or this device's blocks (team). */
export interface KenmerkBron {
  /** The next `count` kenmerken of the year, not yet used. */
  next(jaar: string, count: number): string[]
  /** Marks one as used by this letter, inside the archiving transaction. */
  use(kenmerk: string, briefId: number): void
}

/**
 * In a team, kenmerken are unique for the whole zorgkantoor: the server hands each device a block ahead
 * of time (the sync engine keeps at least 20 in stock), so a laptop can finalise offline; each used
 * number is reported back with its letter, and unused ones are returned at sign-out.
 */
export function kenmerkBron(deps: {
  state: TeamStateRepo
  sync: SyncRepo
  outbox: OutboxRepo
  local: (jaar: string, count: number) => string[]
}): KenmerkBron {
  const team = () => deps.state.get() !== null
  return {
    next(jaar, count) {
      if (!team()) return deps.local(jaar, count)
      const nummers = deps.sync.peekKenmerken(jaar, count)
      if (nummers.length < count)
        throw new AppError(
          'NOT_READY',
          `Er zijn op deze werkplek nog ${nummers.length} kenmerken voor ${jaar} over, er zijn er ${count} nodig. Verbind met de teamserver; die geeft een nieuw blok.`,
        )
      return nummers.map((n) => kenmerk(Number(jaar), n))
    },
    use(k, briefId) {
      if (!team()) return
      const [, jaar, nummer] = /^BR-(\d{4})-(\d{6})$/.exec(k)!
      const briefGid = deps.outbox.gidOf('brief', briefId)
      if (!briefGid || !deps.sync.useKenmerk(jaar!, Number(nummer), briefGid))
        throw new AppError('CONFLICT', 'Dit kenmerk is intussen al gebruikt. Maak de brief opnieuw definitief.')
    },
  }
}
