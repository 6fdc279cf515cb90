// The print pool: documents in flight at once are spread over up to `size` pages, a single document
// always goes to the first (warm) page, a spare page is closed after it idled, and a page that
// went away or never opened is replaced. Fake pages whose renders the test settles by hand; the
// real pages are covered by printPipeline.test.ts (Chromium) and the bench.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { printPool, type PrintPage } from '../src/main/print/printPool'
import type { PrintDocument } from '../src/shared/print/documents'
import { DEFAULT_BRIEFPAPIER } from '../src/shared/print/briefpapier'

const doc = (naam: string): PrintDocument => ({
  kind: 'proefpagina',
  concept: false,
  briefpapier: DEFAULT_BRIEFPAPIER,
  adresregels: [naam],
  datum: '4 december 2026',
  alineas: [],
})

/** Pages numbered in the order they were opened; each render waits until the test finishes it. */
function fakePages(opts: { failOpen?: number[] } = {}) {
  const pages: Array<{ docs: string[]; finish: Array<() => void>; isClosed: boolean }> = []
  let opened = 0
  const open = async (): Promise<PrintPage> => {
    const n = opened++
    if (opts.failOpen?.includes(n)) throw new Error('venster ging niet open')
    const p = { docs: [] as string[], finish: [] as Array<() => void>, isClosed: false }
    pages.push(p)
    return {
      render: (d) =>
        new Promise<Uint8Array>((resolve) => {
          p.docs.push(d.kind === 'proefpagina' ? d.adresregels[0]! : d.kind)
          p.finish.push(() => resolve(new Uint8Array([pages.indexOf(p)])))
        }),
      closed: () => p.isClosed,
      close: async () => void (p.isClosed = true),
    }
  }
  return { pages, open, opened: () => opened }
}
const turns = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r))
}

afterEach(() => vi.useRealTimers())

describe('print pool', () => {
  it('sends documents one after another to the first page only', async () => {
    const f = fakePages()
    const pool = printPool(f.open, { size: 2, idleMs: 1000 })
    for (const n of ['A', 'B', 'C']) {
      const pdf = pool.render(doc(n))
      await turns()
      f.pages[0]!.finish.shift()!()
      expect([...(await pdf)]).toEqual([0])
    }
    expect(f.opened()).toBe(1)
    expect(f.pages[0]!.docs).toEqual(['A', 'B', 'C'])
  })

  it('opens a second page for a document sent while the first is busy, and queues more behind the less busy page', async () => {
    const f = fakePages()
    const pool = printPool(f.open, { size: 2, idleMs: 1000 })
    const first = ['A', 'B', 'C', 'D'].map((n) => pool.render(doc(n)))
    await turns()
    expect(f.opened()).toBe(2)
    expect(f.pages.map((p) => p.docs)).toEqual([
      ['A', 'C'],
      ['B', 'D'],
    ])
    f.pages[0]!.finish.shift()!()
    f.pages[1]!.finish.shift()!()
    f.pages[1]!.finish.shift()!()
    await turns()
    // Page 1 is free and page 0 still busy with C: E goes to the free one.
    const e = pool.render(doc('E'))
    await turns()
    expect(f.pages[1]!.docs).toEqual(['B', 'D', 'E'])
    f.pages[0]!.finish.shift()!()
    f.pages[1]!.finish.shift()!()
    expect((await Promise.all([...first, e])).map((x) => x.at(0))).toEqual([0, 1, 0, 1, 1])
  })

  it('closes a spare page that idled, but never the first', async () => {
    vi.useFakeTimers()
    const f = fakePages()
    const pool = printPool(f.open, { size: 2, idleMs: 1000 })
    const a = pool.render(doc('A'))
    const b = pool.render(doc('B'))
    await vi.advanceTimersByTimeAsync(0)
    f.pages[0]!.finish.shift()!()
    f.pages[1]!.finish.shift()!()
    await Promise.all([a, b])
    await vi.advanceTimersByTimeAsync(999)
    expect(f.pages.map((p) => p.isClosed)).toEqual([false, false])
    await vi.advanceTimersByTimeAsync(1)
    expect(f.pages.map((p) => p.isClosed)).toEqual([false, true])
    // Work that comes before the time is up keeps the spare page open.
    const c = pool.render(doc('C'))
    const d = pool.render(doc('D'))
    await vi.advanceTimersByTimeAsync(0)
    expect(f.opened()).toBe(3)
    f.pages[2]!.finish.shift()!()
    await vi.advanceTimersByTimeAsync(500)
    const e = pool.render(doc('E'))
    const g = pool.render(doc('G'))
    await vi.advanceTimersByTimeAsync(0)
    expect(f.pages[2]!.docs).toEqual(['D', 'E'])
    expect(f.pages[0]!.docs).toEqual(['A', 'C', 'G'])
    await vi.advanceTimersByTimeAsync(2000)
    expect(f.pages[2]!.isClosed).toBe(false)
    for (const p of [0, 0, 2]) f.pages[p]!.finish.shift()!()
    await Promise.all([c, d, e, g])
    await vi.advanceTimersByTimeAsync(1000)
    expect(f.pages.map((p) => p.isClosed)).toEqual([false, true, true])
  })

  it('replaces a page that went away, and a page that did not open', async () => {
    const f = fakePages({ failOpen: [1] })
    const pool = printPool(f.open, { size: 2, idleMs: 1000 })
    const a = pool.render(doc('A'))
    await turns()
    f.pages[0]!.isClosed = true // its renderer crashed after this print
    f.pages[0]!.finish.shift()!()
    await a
    // The second open fails: that document hears why, the next one gets a fresh page.
    await expect(pool.render(doc('B'))).rejects.toThrow('venster ging niet open')
    const c = pool.render(doc('C'))
    await turns()
    expect(f.opened()).toBe(3)
    expect(f.pages[1]!.docs).toEqual(['C'])
    f.pages[1]!.finish.shift()!()
    expect([...(await c)]).toEqual([1])
  })

  it('closes every page on close', async () => {
    const f = fakePages()
    const pool = printPool(f.open, { size: 2, idleMs: 1000 })
    const a = pool.render(doc('A'))
    const b = pool.render(doc('B'))
    await turns()
    f.pages.forEach((p) => p.finish.shift()!())
    await Promise.all([a, b])
    await pool.close()
    expect(f.pages.map((p) => p.isClosed)).toEqual([true, true])
  })
})
