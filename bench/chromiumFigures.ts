// In Debian's Chromium against the built renderer, bridged to the backend on the bench database
// (e2e/harness/bridge.ts: Playwright's exposeBinding stands in for Electron IPC): first paint, rows
// visible, and keystroke → painted table while typing at 8 characters a second.
import { installBridge } from '../e2e/harness/bridge'
import { launchChromium } from '../e2e/harness/chromiumPdf'
import { serveRenderer } from '../e2e/harness/staticServer'
import { BENCH_SENDER, openBench, unlockBench } from './generate'
import { round, summarise, type Figure } from './stats'

/** 8 characters a second: one keystroke every 125 ms. */
const KEY_DELAY_MS = 125
const TERMS = ['jansen', 'van den berg', 'muller', 'de vries', 'bakker', 'pieter', 'visser', 'dijkstra', 'ozturk', 'anna']

const figure = (name: string, size: string, samples: number[], target?: string, note?: string): Figure => {
  const s = summarise(samples)
  return {
    name,
    size,
    unit: 'ms',
    median: round(s.median),
    p95: round(s.p95),
    runs: samples.length,
    ...(target ? { target } : {}),
    ...(note ? { note } : {}),
  }
}

/**
 * In the page: every keydown is stamped with its event time; a keystroke is answered by the first
 * frame that shows the rows of its query or a later one (the grid no longer busy), and the clock
 * stops after that frame: a message posted from its requestAnimationFrame runs once the frame has
 * been presented. Keystrokes overtaken by the next one count too, until the table shows a newer query.
 * The Event Timing API gives, per keystroke, the time until the typed letter itself was painted.
 */
function instrument() {
  type Query = { sent: number; back: number }
  const w = window as unknown as {
    __lat: number[]
    __by: number[]
    __queries: Query[]
    __echo: number[]
    __pending: number[]
    __typing: boolean
    __keys: number
    __wlzInvoke: (route: string, input: unknown) => Promise<unknown>
  }
  w.__lat = []
  w.__by = []
  w.__queries = []
  w.__echo = []
  w.__pending = []
  w.__typing = false
  w.__keys = 0
  // Each caseload query's round trip as the page sees it, to take the harness transport out afterwards.
  const invoke = w.__wlzInvoke
  w.__wlzInvoke = (route, input) => {
    if (route !== 'caseload.query') return invoke(route, input)
    const q = { sent: performance.now(), back: 0 }
    w.__queries.push(q)
    return invoke(route, input).finally(() => (q.back = performance.now()))
  }
  const input = document.getElementById('zoek')!
  // Only the typed names: the Delete that empties the box between names is left out.
  input.addEventListener(
    'keydown',
    (e) => {
      if (!w.__typing) return
      w.__keys++
      w.__pending.push(e.timeStamp)
    },
    { capture: true },
  )
  const section = document.querySelector('section.caseload')!
  new MutationObserver(() => {
    if (section.getAttribute('aria-busy') !== 'false' || !w.__pending.length) return
    const answered = w.__pending.splice(0)
    // The query whose rows are now shown: the last one answered.
    const by = w.__queries.findLastIndex((q) => q.back > 0)
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        const now = performance.now()
        for (const t0 of answered) {
          w.__lat.push(now - t0)
          w.__by.push(by)
        }
      }
      channel.port2.postMessage(null)
    })
  }).observe(section, { attributes: true, attributeFilter: ['aria-busy'] })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') w.__echo.push(e.duration)
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
}

export async function chromiumFigures(dataDir: string, size: string, runs = 10): Promise<Figure[]> {
  const server = await serveRenderer()
  const browser = await launchChromium()
  const b = openBench(dataDir)
  await unlockBench(b)
  // The backend's own time per caseload query, to set the transport and the page apart.
  const backend: number[] = []
  const dispatch: typeof b.dispatch = async (_s, route, input) => {
    const t = performance.now()
    const r = await b.dispatch(BENCH_SENDER, route, input)
    if (route === 'caseload.query') backend.push(performance.now() - t)
    return r
  }
  const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1360, height: 860 } })
  await installBridge(page, () => ({ ...b, dispatch }))
  const grid = page.getByRole('grid', { name: 'Caseload' })
  const fcp: number[] = []
  const ready: number[] = []
  for (let i = 0; i < runs + 2; i++) {
    await page.goto(server.url)
    await grid.locator('.grid-body [role="row"]').first().waitFor()
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.now(),
    }))
    if (i < 2) continue // warm-up: the first loads include disk cache misses
    fcp.push(t.fcp)
    ready.push(t.ready)
  }

  // Typed once the caseload's columns are in memory (built after the first page, as in the app).
  await b.services!.caseloadMemory.settled()
  // The worst case: everyone's clients, not just one adviser's caseload.
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Caseload').selectOption('alle')
  await page.waitForTimeout(300)
  await page.evaluate(instrument)
  backend.length = 0
  const search = page.getByRole('searchbox', { name: 'Zoek cliënt' })
  const typing = (on: boolean) => page.evaluate((on) => ((window as unknown as { __typing: boolean }).__typing = on), on)
  for (const term of TERMS) {
    await search.fill('')
    await page.waitForTimeout(300)
    await typing(true)
    await search.pressSequentially(term, { delay: KEY_DELAY_MS })
    await typing(false)
    await page.waitForTimeout(400)
  }
  const typed = TERMS.reduce((n, t) => n + t.length, 0)
  const { lat, by, queries, echo, keys } = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __by: number[]; __queries: unknown[]; __echo: number[]; __keys: number }
    return { lat: w.__lat, by: w.__by, queries: w.__queries as Array<{ sent: number; back: number }>, echo: w.__echo, keys: w.__keys }
  })
  if (keys !== typed) throw new Error(`typed ${typed} keys, the page saw ${keys}`)
  if (queries.length !== backend.length) throw new Error(`the page sent ${queries.length} queries, the backend saw ${backend.length}`)
  const backendDuringTyping = [...backend]
  // The binding delivers calls in order, so the page's n-th query is the backend's n-th: its round
  // trip minus the backend's time is what the harness transport (and the wait for a CPU) added.
  const transportOf = (i: number) => (i < 0 ? 0 : queries[i]!.back - queries[i]!.sent - backend[i]!)
  const withoutTransport = lat.map((ms, k) => ms - transportOf(by[k]!))

  // The harness transport alone: a route that does no work, round trip from the page.
  const transport = await page.evaluate(async () => {
    const api = (window as unknown as { api: { invoke: (r: string, i: unknown) => Promise<unknown> } }).api
    const out: number[] = []
    for (let i = 0; i < 60; i++) {
      const t = performance.now()
      await api.invoke('werkplek.get', {})
      out.push(performance.now() - t)
    }
    return out.slice(10)
  })
  await browser.close()
  await server.close()
  b.close()
  return [
    figure('shell: first contentful paint (Chromium)', size, fcp),
    figure('shell: caseload rows visible (Chromium)', size, ready),
    figure(
      'caseload: toets → tabel getekend (Chromium, 8 tekens/s)',
      size,
      lat,
      '≤ 50 ms p95',
      `${lat.length} van ${typed} getypte toetsen gemeten (elke toets, ook ingehaalde); klok stopt na het getoonde frame; incl. harness-transport`,
    ),
    figure(
      'caseload: toets → tabel getekend, zonder harness-transport',
      size,
      withoutTransport,
      '≤ 50 ms p95',
      'dezelfde toetsen, min de transporttijd (heen en terug min backend) van de zoekvraag waarvan de rijen getoond werden',
    ),
    figure(
      'caseload: toets → letter in zoekvak getekend (Event Timing)',
      size,
      echo.length ? echo : [0],
      undefined,
      `${echo.length} toetsen boven 16 ms (ook Delete tussen de namen); de rest sneller`,
    ),
    figure('harness: transport heen en terug (exposeBinding, lege route)', size, transport, undefined, 'in Electron vervangen door IPC'),
    figure('caseload: backend per toets tijdens het typen', size, backendDuringTyping, '≤ 5 ms p95'),
  ]
}
