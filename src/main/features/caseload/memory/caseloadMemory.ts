import { sortInSlices } from '../../../lib/slicedSort'
import type { Logger } from '../../../lib/log'
import { CaseloadColumns, ORDERS, type ColumnRow } from './caseloadColumns'
import type { CaseloadColumnsRepo } from './caseloadColumns.repo'

/**
 * Up to this many changed clients are taken in by the query that finds them (each order they moved
 * in put right in place: ~1 ms an order at 100k); more in the background.
 */
export const SYNC_CHANGES = 16
/**
 * Rows read and stored per turn of the event loop: sized to take about SLICE_MS, within these
 * bounds, so a page asked meanwhile waits a few milliseconds at most. The first rows run before
 * the code is compiled (~30 µs a row, against ~5 µs after).
 */
export const SLICE_ROWS = { first: 100, most: 2000 }
export const SLICE_MS = 4
/** Wait this long after the first caseload page before building: the first screens come first. */
export const BUILD_DELAY_MS = 1500
/**
 * At least this long between two catch-ups: while the morning refresh changes thousands of
 * deadlines, the SQL pages answer and the columns catch up once a second, not after every chunk.
 */
export const CATCH_UP_GAP_MS = 1000
/** How often a waiting job looks again whether the work it yields to has ended. */
export const YIELD_MS = 100

/**
 * The caseload's columns in memory (issue 15): every filter, search and sort of the screen then
 * costs a few array reads per candidate instead of index pages per condition, and the exact count
 * comes with every page. Built once in slices after the first page; afterwards each query first
 * takes in what this connection changed (caseloadColumns.repo.ts notes it). While it is built, or
 * behind by more than SYNC_CHANGES clients, or another connection wrote, `current` is null and the
 * SQL pages answer, as they did before: the overview is never stale, only slower for a moment.
 */
export interface CaseloadMemory {
  /** The columns when they are current with the database, else null (and catching up begins). */
  current(): CaseloadColumns | null
  /** Starts the first build after BUILD_DELAY_MS (later calls do nothing). */
  start(): void
  /** Settles once no build or catch-up runs and none is due (the bench and tests wait for it). */
  settled(): Promise<void>
  stop(): void
}

class Stopped extends Error {}

export function createCaseloadMemory(
  repo: CaseloadColumnsRepo,
  opts: { log?: Logger; delayMs?: number; afterHeavyWork?: () => void; yieldTo?: () => boolean } = {},
): CaseloadMemory {
  let cols: CaseloadColumns | null = null
  let job: Promise<void> | null = null
  let timer: NodeJS.Timeout | null = null
  let started = false
  let stopped = false
  let failed = false
  let version = -1
  let lastJobEnd = 0

  // While `opts.yieldTo` says other background work runs (the morning refresh, which may hold the
  // main thread 8 ms at a time), the job waits: a part of each in one turn would exceed 20 ms.
  const pause = () =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        if (stopped || !repo.open()) reject(new Stopped())
        else if (opts.yieldTo?.()) setTimeout(next, YIELD_MS).unref()
        else resolve()
      }
      setImmediate(next)
    })

  /** Stores read rows and adds their ids to `present`; a taken client without a row was deleted. */
  function load(target: CaseloadColumns, taken: number[], rows: ColumnRow[], present: number[]): void {
    const found = new Set<number>()
    for (const r of rows) {
      target.set(r)
      found.add(r.id)
      present.push(r.id)
    }
    for (const id of taken) if (!found.has(id)) target.delete(id)
  }

  function marks(target: CaseloadColumns, taken: number[]): Uint8Array {
    const marked = new Uint8Array(target.capacity)
    for (const id of taken) if (id < marked.length) marked[id] = 1
    return marked
  }

  /**
   * A few changes, taken in by the query that finds them. Only the orders in which one of them
   * moved are put right (an edited deadline moves a client in one order, not in nine).
   */
  function takeInNow(target: CaseloadColumns, taken: number[]): void {
    repo.forget(taken)
    const known = (id: number) => id < target.capacity && target.present[id] === 1
    const before = taken.map((id) => (known(id) ? [target.sortNaam[id], ...ORDERS.map((o) => target.value(o, id))] : null))
    const present: number[] = []
    load(target, taken, repo.rows(taken), present)
    const marked = marks(target, taken)
    ORDERS.forEach((order, o) => {
      const moved = taken.some((id, i) => {
        const was = before[i]
        return !was || !known(id) || was[0] !== target.sortNaam[id] || was[o + 1] !== target.value(order, id)
      })
      if (moved)
        target.mergeFew(
          order,
          marked,
          Int32Array.from(present).sort((a, b) => target.compare(order, a, b)),
        )
    })
  }

  /** One slice of `n` clients to take in after `after` (by id): their ids, and the rows of those that exist. */
  type Slice = (after: number, n: number) => { ids: number[]; rows: ColumnRow[] }
  const tableSlice: Slice = (after, n) => {
    const rows = repo.slice(after, n)
    return { ids: rows.map((r) => r.id), rows }
  }
  const changedSlice: Slice = (after, n) => {
    const ids = repo.dirty(after, n)
    // Forgotten and read in the same turn: a write after this turn notes the client again.
    if (ids.length) repo.forgetRange(after, ids.at(-1)!)
    return { ids, rows: ids.length ? repo.rows(ids) : [] }
  }

  /** Many changed clients, or every client (a first build), taken in slice by slice. */
  async function takeIn(target: CaseloadColumns, next: Slice): Promise<void> {
    const present: number[] = []
    const taken: number[] = []
    for (let after = 0, n = SLICE_ROWS.first; ; await pause()) {
      const t = performance.now()
      const { ids, rows } = next(after, n)
      load(target, ids, rows, present)
      taken.push(...ids)
      if (ids.length < n) break
      after = ids.at(-1)!
      n = Math.round(Math.min(SLICE_ROWS.most, Math.max(SLICE_ROWS.first, (n * SLICE_MS) / Math.max(0.5, performance.now() - t))))
    }
    const marked = marks(target, taken)
    const ids = Int32Array.from(present)
    for (const order of ORDERS) {
      const sorted = await sortInSlices(ids, (a, b) => target.compare(order, a, b), pause, 20_000)
      await target.mergeMany(order, marked, sorted, pause)
      await pause()
    }
  }

  /** A value the columns cannot order, or a read that failed: the SQL pages answer from now on. */
  function fail(e: unknown): null {
    failed = true
    cols = null
    opts.log?.warn(`caseload in geheugen uit: ${e instanceof Error ? e.message : String(e)}`)
    return null
  }

  /** `heavy`: a build, which leaves ~100,000 rows' garbage behind (the app gives memory back once idle). */
  function run(work: () => Promise<void>, heavy = false): void {
    job = work()
      .catch((e: unknown) => void (e instanceof Stopped || fail(e)))
      .finally(() => {
        job = null
        lastJobEnd = Date.now()
        if (heavy) opts.afterHeavyWork?.()
      })
  }

  function build(): void {
    cols = null
    run(async () => {
      version = repo.dataVersion()
      repo.forgetAll()
      const fresh = new CaseloadColumns()
      // Clients added while it is built get a quarter more room.
      fresh.reserve(repo.maxId() + 1)
      await takeIn(fresh, tableSlice)
      fresh.trim()
      cols = fresh
    }, true)
  }

  /** `now`: catch up at once, without waiting CATCH_UP_GAP_MS after the previous catch-up (`settled`). */
  function current(now = false): CaseloadColumns | null {
    if (!cols || job || stopped || failed || !repo.open() || repo.inTransaction()) return null
    if (repo.dataVersion() !== version) {
      build()
      return null
    }
    const changed = repo.dirty(0, SYNC_CHANGES + 1)
    if (!changed.length) return cols
    if (changed.length <= SYNC_CHANGES) {
      try {
        takeInNow(cols, changed)
        return cols
      } catch (e) {
        return fail(e)
      }
    }
    if (!now && Date.now() - lastJobEnd < CATCH_UP_GAP_MS) return null
    const target = cols
    run(() => takeIn(target, changedSlice))
    return null
  }

  return {
    current,
    start() {
      if (started || stopped) return
      started = true
      timer = setTimeout(() => {
        timer = null
        build()
      }, opts.delayMs ?? BUILD_DELAY_MS)
      timer.unref()
    },
    async settled() {
      // Not built yet: build now instead of after the delay.
      if (timer && !cols && !job && !stopped) {
        clearTimeout(timer)
        timer = null
        build()
      }
      for (;;) {
        if (job) {
          await job
          continue
        }
        // Takes in what changed since; may start a catch-up or a new build, then waits for that.
        current(true)
        if (!job) return
      }
    },
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      cols = null
    },
  }
}
