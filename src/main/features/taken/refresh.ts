import type { SettingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import type { Logger } from '../../lib/log'
import type { TaskSync } from './taken.sync'
import type { ClientsRepo } from '../clients/clients.repo'
import type { UnitOfWork } from '../../write/unitOfWork'

const KEY = 'taken_ververst_op'

/**
 * The ids of one part of the refresh, ending at the last id or once `budgetMs` has passed; `done`
 * tells where it stopped (at least one dossier a part, so the refresh always moves on).
 */
export function* timedPart(ids: readonly number[], budgetMs: number, done: { last: number; n: number }, now = () => performance.now()) {
  const start = now()
  for (const id of ids) {
    yield id
    // Resumed once the dossier before it was synced.
    done.last = id
    done.n++
    if (now() - start >= budgetMs) return
  }
}

/**
 * Rules depend on today (an evaluation falls due, a bezwaartermijn passes, December brings the
 * pgb toekenning), so once a day every dossier is run through the rules again. It runs in small
 * transactions with a pause between them, so the adviser's own calls are never held up long.
 */
export function createTaskRefresher(deps: {
  uow: UnitOfWork
  clients: ClientsRepo
  sync: TaskSync
  settings: SettingsRepo
  clock: Clock
  log: Logger
  batch?: number
  /** Called after a refresh that went through dossiers (memory to give back, lib/memoryRelease.ts). */
  afterRun?: () => void
}) {
  // 25 dossiers a transaction (~4 ms at 100k): with 100, V8 kept a young generation 17 MB larger
  // after the refresh (RSS after a morning 206 → 190 MB at 100k, the refresh as long: 14.4 s).
  const batch = deps.batch ?? 25
  // Issue 15: the refresh may hold a route for at most 20 ms at a time. A part also ends after 8 ms
  // when its dossiers are slow (pages not yet in a cache, a large dossier), then commits and lets
  // waiting calls in.
  const budgetMs = 8
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

  let running = false

  async function runIfDue(): Promise<number> {
    const today = deps.clock.today()
    if (deps.settings.get(KEY) === today) return 0
    const done = { last: 0, n: 0 }
    running = true
    try {
      for (;;) {
        const chunk = deps.clients.idsAfter(done.last, batch)
        if (!chunk.length) break
        deps.uow.rederive(() => deps.sync.syncMany(timedPart(chunk, budgetMs, done), today))
        await pause()
      }
    } finally {
      running = false
    }
    deps.settings.set(KEY, today)
    deps.log.info(`task rules refreshed for ${done.n} dossiers`)
    if (done.n) deps.afterRun?.()
    return done.n
  }
  return {
    runIfDue,
    /** Whether a refresh is under way (other background work waits for it: caseloadMemory.ts). */
    running: () => running,
  }
}
