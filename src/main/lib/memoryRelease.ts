import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Logger } from './log'

/** V8's collector as `--expose-gc` offers it; `last-resort` is the collection V8 runs under memory pressure. */
export type Gc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void

/** No call for this long: the adviser has stopped for a moment (reads the screen). */
export const IDLE_MS = 2_000

// Once per process: every backend (tests make many) shares it, without a new context each.
let cached: Gc | null | undefined

/**
 * `--expose-gc` set at run time puts `gc` in contexts made afterwards (as Jest's leak detector
 * does); the main process's own context stays as it is. Null where the engine does not allow it.
 */
export function v8Gc(): Gc | null {
  if (cached !== undefined) return cached
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    cached = typeof gc === 'function' ? (gc as Gc) : null
  } catch {
    cached = null
  }
  return cached
}

/**
 * Issue 15 (memory after a working morning ≤ 200 MB): the day's task refresh and a batch of
 * letters leave V8's young generation at its largest (32–64 MB, every page of it touched), and V8
 * keeps those pages after its own idle-time shrinking (measured at 100k: the heap 57 → 23 MB, RSS
 * unchanged). A last-resort collection hands them back (RSS −37 MB after the refresh) but holds the
 * main thread ~55 ms, so it runs once per heavy job and only after IDLE_MS without any call: a
 * user who starts typing just then waits for it once, not on every keystroke.
 */
export function createMemoryRelease(deps: {
  /** When the last call started or ended (ms, same clock as `now`). */
  lastActivity: () => number
  log: Logger
  gc?: Gc | null
  now?: () => number
}) {
  const now = deps.now ?? Date.now
  // Taken at the first request, not at start: setting the flag and a new context cost ~6 ms.
  let gc: Gc | null | undefined = deps.gc
  const collector = (): Gc | null => {
    if (gc === undefined) {
      gc = v8Gc()
      if (!gc) deps.log.info('memory release unavailable: the engine does not expose its collector')
    }
    return gc
  }
  let timer: NodeJS.Timeout | null = null
  const pausesMs: number[] = []

  function check(): void {
    const quiet = now() - deps.lastActivity()
    if (quiet < IDLE_MS) {
      timer = setTimeout(check, IDLE_MS - quiet).unref()
      return
    }
    timer = null
    const t = performance.now()
    collector()!({ type: 'major', execution: 'sync', flavor: 'last-resort' })
    pausesMs.push(performance.now() - t)
  }

  return {
    /** After a heavy job: one release once the app has been idle. Requests meanwhile are one. */
    request(): void {
      if (timer || !collector()) return
      timer = setTimeout(check, IDLE_MS).unref()
    },
    stop(): void {
      if (timer) clearTimeout(timer)
      timer = null
    },
    /** How many releases ran (for tests and the memory probe). */
    released: () => pausesMs.length,
    /** How long each release held the main thread, in ms (the memory probe states it). */
    pausesMs: () => [...pausesMs],
  }
}
export type MemoryRelease = ReturnType<typeof createMemoryRelease>
