// Memory given back after heavy jobs (issue 15: ≤ 200 MB after a working morning): once the app has
// been idle, one last-resort collection. The timing rules with a fake collector and fake timers; the
// real collector's effect on V8's young generation; and the refresh and a batch asking for it.
import { getHeapSpaceStatistics } from 'node:v8'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryRelease, IDLE_MS, v8Gc } from '../src/main/lib/memoryRelease'
import { createLogger } from '../src/main/lib/log'
import { testBackend, withProfile } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'

const log = createLogger(() => {})
afterEach(() => vi.useRealTimers())

describe('memory release', () => {
  it('waits until no call has come for IDLE_MS, then collects once for any number of requests', () => {
    vi.useFakeTimers({ now: 0 })
    let last = 0
    const gc = vi.fn()
    const m = createMemoryRelease({ lastActivity: () => last, log, gc })
    m.request()
    m.request()
    // A call just before the release was due: the adviser is busy, so it waits for a quiet IDLE_MS again.
    vi.advanceTimersByTime(IDLE_MS - 100)
    last = Date.now()
    vi.advanceTimersByTime(100)
    expect(gc).not.toHaveBeenCalled()
    vi.advanceTimersByTime(IDLE_MS - 101)
    expect(gc).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(gc).toHaveBeenCalledTimes(1)
    expect(gc).toHaveBeenCalledWith({ type: 'major', execution: 'sync', flavor: 'last-resort' })
    vi.advanceTimersByTime(10 * IDLE_MS)
    expect(m.released()).toBe(1)
    // A later heavy job asks again.
    m.request()
    vi.advanceTimersByTime(IDLE_MS)
    expect(m.released()).toBe(2)
  })

  it('does nothing once stopped, nor without a collector', () => {
    vi.useFakeTimers({ now: 0 })
    const gc = vi.fn()
    const m = createMemoryRelease({ lastActivity: () => 0, log, gc })
    m.request()
    m.stop()
    vi.advanceTimersByTime(10 * IDLE_MS)
    expect(gc).not.toHaveBeenCalled()
    const none = createMemoryRelease({ lastActivity: () => 0, log, gc: null })
    none.request()
    vi.advanceTimersByTime(10 * IDLE_MS)
    expect(none.released()).toBe(0)
  })

  it("hands back V8's grown young generation", () => {
    const gc = v8Gc()
    expect(gc).toBeTypeOf('function')
    const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size
    // Objects that survive several scavenges make V8 grow the young generation.
    const kept: unknown[][] = []
    for (let round = 0; round < 200 && newSpace() < 8 * 2 ** 20; round++) {
      const batch: unknown[] = []
      for (let i = 0; i < 20_000; i++) batch.push({ i, s: `x${i}` })
      kept.push(batch)
      if (kept.length > 20) kept.shift()
    }
    const grown = newSpace()
    expect(grown).toBeGreaterThanOrEqual(8 * 2 ** 20)
    kept.length = 0
    gc!({ type: 'major', execution: 'sync', flavor: 'last-resort' })
    expect(newSpace()).toBeLessThan(grown / 2)
  })

  it('is asked for after a task refresh that went through dossiers, and after a batch of letters', async () => {
    const first = testBackend({ today: '2026-11-22' })
    await withProfile(first)
    const { client } = await clientWithIndicatie(first)
    first.close()
    const b = testBackend({ dataDir: first.dataDir, today: '2026-11-23' })
    try {
      const request = vi.spyOn(b.memory, 'request')
      expect(await b.services!.refresher.runIfDue()).toBeGreaterThan(0)
      expect(request).toHaveBeenCalledTimes(1)
      // Not due again the same day: no work, no request.
      expect(await b.services!.refresher.runIfDue()).toBe(0)
      expect(request).toHaveBeenCalledTimes(1)
      const reeks = await b.ok('brieven.batch.create', {
        naam: 'Test',
        soort: 'uitnodiging_keuzegesprek',
        clientIds: [client.id],
        gegevens: { gesprekDatum: '2026-12-03', gesprekTijd: '10:30' },
      })
      await b.ok('brieven.batch.run', { batchId: reeks.id })
      expect(request).toHaveBeenCalledTimes(2)
    } finally {
      b.dispose()
    }
  })
})
