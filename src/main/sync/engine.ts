import { uuidv7 } from '../../shared/contracts/sync/ids'
import {
  PullResponseSchema,
  PushResponseSchema,
  PUSH_MAX_CHANGES,
  PULL_MAX_LIMIT,
  type PullRow,
} from '../../shared/contracts/sync/protocol'
import { BlokSchema, GebruikResponseSchema } from '../../shared/contracts/sync/kenmerken'
import type { Logger } from '../lib/log'
import type { UnitOfWork } from '../write/unitOfWork'
import type { createApplier } from './apply.repo'
import { ServerCallError, listen, type Endpoint } from './http'
import type { OutboxRepo } from './outbox.repo'
import type { Session } from './session'
import type { TeamStateRepo } from './state.repo'
import type { SyncRepo } from './sync.repo'

/** Keep at least this many kenmerken on the device; fetch a block of BLOK when fewer are left. */
const KENMERKEN_MIN = 20
const BLOK = 100
const RETRY_MS = [5_000, 15_000, 60_000, 300_000]
const PERIODIC_MS = 60_000
/** A pull of this many rows or more (a first pull of the team's register) ends with the name indexes merged. */
const LARGE_PULL = 5000

export interface EngineDeps {
  uow: UnitOfWork
  outbox: OutboxRepo
  sync: SyncRepo
  state: TeamStateRepo
  session: Session
  applier: ReturnType<typeof createApplier>
  resync: (clientIds: Iterable<number>) => void
  /** Days gelijkgesteld by decree arrived for these years: the terms that run through them move. */
  calendarChanged: (jaren: readonly number[]) => void
  now: () => Date
  log: Logger
  /** The device was revoked: wipe this workstation's data. */
  onRevoked: (message: string) => void
  onChange: () => void
}

/**
 * Background sync with the teamserver: push the outbox in batches (idempotent: a batch that went
 * unanswered is sent again with the same change ids), then pull every page after the cursor and apply
 * it, one transaction per page. The live channel and a timer start a run; a failed run backs off.
 * Work at the desk never waits for any of this: screens read and write the local database.
 */
export function createSyncEngine(deps: EngineDeps) {
  const { outbox, state, session } = deps
  let running: Promise<void> | null = null
  /** Callers that asked while a run was under way: they wait for the next run, which sees their changes. */
  let waiting: Array<() => void> = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let failures = 0
  let stopListening: (() => void) | null = null
  let stopped = true
  /** Closed with its database (app shut down, or data wiped after a revoke): nothing may run any more. */
  let closed = false

  const nowIso = () => deps.now().toISOString()

  async function push(): Promise<number> {
    let sent = 0
    for (;;) {
      const batch = deps.uow.system(() => outbox.takeBatch(PUSH_MAX_CHANGES))
      if (!batch.length) return sent
      let response
      try {
        const body = {
          batchId: uuidv7(),
          changes: batch.map((c) => ({
            changeId: c.changeId,
            entity: c.entity,
            gid: c.gid,
            op: c.op,
            baseVersion: c.baseVersion,
            base: c.base,
            fields: c.fields,
            clientGid: c.clientGid,
            at: c.at,
          })),
        }
        response = PushResponseSchema.parse(await session.call('POST', '/sync/push', body))
      } catch (e) {
        deps.uow.system(() => outbox.releaseSending())
        throw e
      }
      const restored = deps.uow.system(() => {
        const byId = new Map(batch.map((c) => [c.changeId, c]))
        const current: PullRow[] = []
        for (const r of response.results) {
          const c = byId.get(r.changeId)
          if (!c) continue
          if (r.status === 'rejected' && r.retryable) continue
          if (r.status === 'rejected') outbox.reject(r.changeId, r.message ?? 'De teamserver weigerde deze wijziging.')
          else outbox.done(r.changeId)
          if (r.version !== null && r.status !== 'rejected') outbox.setVersion(c.entity, c.gid, r.version)
          if (r.current) current.push(r.current)
        }
        outbox.releaseSending()
        // A refused change is put back to the server's state (it stays listed as refused): the
        // workstation never keeps a value that the team does not have.
        return current.length ? restoreRefused(current) : []
      })
      deps.resync(restored)
      sent += batch.length
    }
  }

  function restoreRefused(rows: PullRow[]): Iterable<number> {
    const result = deps.applier.apply(rows)
    deps.sync.park(result.parked)
    if (result.refused.length) deps.log.warn(`${result.refused.length} refused rows could not be put back: ${result.refused[0]!.reason}`)
    return result.clients
  }

  async function pull(): Promise<number> {
    let applied = 0
    for (;;) {
      const cursor = state.get()!.cursor
      const page = PullResponseSchema.parse(await session.call('GET', `/sync/pull?after=${cursor}&limit=${PULL_MAX_LIMIT}`))
      const clients = deps.uow.system((now) => {
        const rows = [...deps.sync.takeParked(), ...page.rows]
        const result = deps.applier.apply(rows)
        deps.sync.park(result.parked)
        deps.sync.park(
          result.refused.map((r) => r.row),
          result.refused.map((r) => r.reason),
        )
        if (result.refused.length) deps.log.warn(`${result.refused.length} rows from the server refused here: ${result.refused[0]!.reason}`)
        deps.sync.setConflicts(page.conflicts, now)
        state.update({ cursor: page.cursor })
        applied += result.applied
        return result.clients
      })
      // The task rules of every dossier that changed run again, in their own small transactions.
      deps.resync(clients)
      const jaren = calendarYears(page.rows)
      if (jaren.length) deps.calendarChanged(jaren)
      if (!page.more) {
        if (applied >= LARGE_PULL) deps.uow.system(() => deps.applier.tidyNameIndexes())
        return applied
      }
    }
  }

  async function kenmerken(fetchBlocks: boolean): Promise<void> {
    const jaar = String(deps.now().getFullYear())
    if (fetchBlocks && deps.sync.kenmerkenOver(jaar) < KENMERKEN_MIN) {
      const blok = BlokSchema.parse(await session.call('POST', '/kenmerken/blok', { jaar: Number(jaar), aantal: BLOK }))
      deps.uow.system(() => deps.sync.addBlock(String(blok.jaar), blok.van, blok.tot))
    }
    const meldingen = deps.sync.meldingen()
    for (const j of new Set(meldingen.map((m) => m.jaar))) {
      const mine = meldingen.filter((m) => m.jaar === j)
      const body = {
        jaar: Number(j),
        gebruikt: mine.filter((m) => m.briefGid).map((m) => ({ nummer: m.nummer, briefGid: m.briefGid! })),
        ongebruikt: mine.filter((m) => !m.briefGid).map((m) => m.nummer),
      }
      const r = GebruikResponseSchema.parse(await session.call('POST', '/kenmerken/gebruik', body))
      if (r.geweigerd.length) deps.log.warn(`${r.geweigerd.length} kenmerkmeldingen geweigerd: ${r.geweigerd[0]!.message}`)
      deps.uow.system(() => mine.forEach((m) => deps.sync.gemeld(m.jaar, m.nummer)))
    }
  }

  async function runOnce(fetchBlocks = true): Promise<void> {
    if (closed || !state.get()?.accessToken) return
    try {
      await push()
      await pull()
      await kenmerken(fetchBlocks)
      failures = 0
      deps.uow.system(() => state.update({ lastSyncAt: nowIso(), offlineSince: null, lastError: null }))
    } catch (e) {
      failures++
      if (!closed) handleFailure(e)
    } finally {
      // After a wipe (revoked device) or shutdown there is no database left to report on.
      if (!closed) deps.onChange()
    }
  }

  function handleFailure(e: unknown): void {
    const err = e instanceof ServerCallError ? e : null
    if (err?.code === 'DEVICE_REVOKED') return deps.onRevoked(err.message)
    if (err?.code === 'ACCOUNT_DISABLED' || err?.code === 'UNAUTHENTICATED' || err?.code === 'TOKEN_EXPIRED') {
      deps.uow.system(() => state.update({ accessToken: null, lastError: err.message }))
      return
    }
    if (!err) deps.log.error('sync run failed', e)
    const message = err?.message ?? 'De synchronisatie mislukte; het wordt zo opnieuw geprobeerd.'
    const s = state.get()
    deps.uow.system(() => state.update({ offlineSince: s?.offlineSince ?? nowIso(), lastError: message }))
  }

  function schedule(ms: number): void {
    if (stopped) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void syncNow(), ms)
    timer.unref?.()
  }

  /** A run that starts now or right after the current one; resolves when that run is done. */
  function syncNow(): Promise<void> {
    if (closed) return Promise.resolve()
    if (running) return new Promise<void>((resolve) => waiting.push(resolve))
    return track(runOnce())
  }

  function track(run: Promise<void>): Promise<void> {
    running = run.finally(() => {
      running = null
      const next = waiting
      waiting = []
      if (next.length && !closed) void track(runOnce()).then(() => next.forEach((resolve) => resolve()))
      else {
        next.forEach((resolve) => resolve())
        schedule(failures ? RETRY_MS[Math.min(failures - 1, RETRY_MS.length - 1)]! : PERIODIC_MS)
      }
    })
    return running
  }

  async function connectLive(): Promise<void> {
    stopListening?.()
    const s = state.get()
    if (stopped || !s?.accessToken) return
    const endpoint: Endpoint = { url: s.url, fingerprint: s.fingerprint }
    let token: string
    try {
      token = await session.token()
    } catch {
      return
    }
    stopListening = listen(
      endpoint,
      token,
      () => void syncNow(),
      (code) => {
        stopListening = null
        if (code === 'DEVICE_REVOKED') return deps.onRevoked('Dit apparaat is ingetrokken door de beheerder.')
        // Reconnect after a pause; a run in between catches up on anything missed.
        if (!stopped) setTimeout(() => void connectLive().then(() => syncNow()), RETRY_MS[0]).unref?.()
      },
    )
  }

  return {
    syncNow,
    /** The last run before signing out: send everything and report returned kenmerken, fetch no new block. */
    async finalRun(): Promise<void> {
      await (running ?? Promise.resolve())
      if (!closed) await track(runOnce(false))
    },
    start(): void {
      if (!stopped || closed) return
      stopped = false
      void connectLive()
      void syncNow()
    },
    /** For good: the database is being closed or wiped. */
    close(): void {
      closed = true
      this.stop()
    },
    stop(): void {
      stopped = true
      stopListening?.()
      stopListening = null
      if (timer) clearTimeout(timer)
    },
    isRunning: () => running !== null,
    /** For tests: wait for the run in progress. */
    idle: () => running ?? Promise.resolve(),
  }
}
export type SyncEngine = ReturnType<typeof createSyncEngine>

/**
 * The years whose terms a pulled gelijkgestelde dag can move: its own and the next (a day at the end
 * of December moves terms into January), as the local edit in Beheer does (termijnen.service.ts).
 */
export function calendarYears(rows: ReadonlyArray<{ entity: string; fields: Record<string, unknown> | null }>): number[] {
  const jaren = new Set<number>()
  for (const r of rows) {
    const datum = r.entity === 'gelijkgestelde_dag' ? r.fields?.datum : undefined
    if (typeof datum === 'string' && /^\d{4}-/.test(datum)) jaren.add(Number(datum.slice(0, 4))).add(Number(datum.slice(0, 4)) + 1)
  }
  return [...jaren]
}
