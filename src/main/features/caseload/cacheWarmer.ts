import type { CacheWarmRepo } from './cacheWarm.repo'

/**
 * Reads the caseload's working set — every client row and the name order (client_by_sort_naam) —
 * into SQLite's page cache once, a slice at a time, shortly after the first caseload page.
 *
 * Why: the database is encrypted page by page, so a page first read costs a decryption. The first
 * time a name is typed, its trigram hits are read from the client table (thousands of pages spread
 * over it) or the name order is walked (a surname sits further on): at 100k that was 47–80 ms for
 * "mul" or "jan", the same query 3–5 ms once its pages were in the cache — the tail of the
 * keystroke figure (issue 15). Both structures together are ~41 MB at 100k; the 40 MB cache
 * (connection.ts) keeps most of them, and the caseload's columns in memory answer most shapes anyway.
 *
 * Each slice reads SLICE_ROWS entries (a few milliseconds, less than the 20 ms a route may be held);
 * between slices the event loop turns, so a page the person asks for is served in between. It stops
 * when the connection closes.
 */
export const SLICE_ROWS = 2000
/** Wait this long after the first caseload page: the first screens come first. */
export const START_DELAY_MS = 1000

export interface CacheWarmer {
  /** Starts the warming once (later calls do nothing): after START_DELAY_MS, then slice by slice. */
  start(): void
  /** Settles with the number of slices read once the warming ended (done, stopped or failed). */
  readonly done: Promise<number>
  stop(): void
}

export function createCacheWarmer(repo: CacheWarmRepo, opts: { delayMs?: number; sliceRows?: number } = {}): CacheWarmer {
  const n = opts.sliceRows ?? SLICE_ROWS
  let started = false
  let stopped = false
  let timer: NodeJS.Timeout | null = null
  let finish: (slices: number) => void = () => {}
  const done = new Promise<number>((resolve) => (finish = resolve))
  let slices = 0
  const table = { from: 0, ended: false }
  const names = { naam: '', id: 0, ended: false }

  function slice(): boolean {
    if (!table.ended) {
      const r = repo.tableSlice(table.from, n)
      table.ended = r.n < n
      if (r.last !== null) table.from = r.last
    } else {
      const r = repo.nameSlice(names.naam, names.id, n)
      if (r) Object.assign(names, r)
      else names.ended = true
    }
    slices++
    return !names.ended
  }

  function next(): void {
    if (stopped || !repo.open()) return finish(slices)
    try {
      if (!slice()) return finish(slices)
    } catch {
      // A warm cache is an optimisation: a failure (a closed or damaged database) only ends it.
      return finish(slices)
    }
    setImmediate(next)
  }

  return {
    done,
    start() {
      if (started) return
      started = true
      timer = setTimeout(next, opts.delayMs ?? START_DELAY_MS)
      timer.unref()
    },
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      // A slice already scheduled sees `stopped` and reads nothing more: the count is final now.
      finish(slices)
    },
  }
}
