// Child process for the morning refresh figures (issue 15: the day's first refresh must never hold a
// route for more than 20 ms at a time): the main-process code, bundled and run with plain node as the
// app runs it, on the bench database the next day. While the refresh runs, the adviser's first screen
// is asked for every 50 ms, each request arriving between two parts of the refresh as a message from
// the window would; the event loop's delay shows the longest the main thread was held at a time.
// Apart from the memory probe, which refreshes the day after, so its figure keeps its own morning.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { addDays } from '../src/shared/domain/dates'
import { fixedClock } from '../src/main/lib/clock'
import { BENCH_SENDER, BENCH_TODAY, openBench, unlockBench } from './generate'

const b = openBench(process.argv[2]!, { clock: fixedClock(addDays(BENCH_TODAY, 1)) })
await b.integrityDone
await unlockBench(b)
const firstPage = async () => {
  const r = await b.dispatch(BENCH_SENDER, 'caseload.query', { filter: { adviseur: 'mij' }, limit: 40 })
  if (!r.ok) throw new Error(r.error.message)
}
// The first page was shown before the refresh began (the cold start has its own figures): not timed.
await firstPage()
const loop = monitorEventLoopDelay({ resolution: 1 })
loop.enable()
let refreshing = true
const during: number[] = []
const asking = (async () => {
  for (;;) {
    // Timed from when the request was due: it waits for the running part of the refresh first.
    const due = performance.now() + 50
    await new Promise((r) => setTimeout(r, 50))
    if (!refreshing) break
    await firstPage()
    during.push(performance.now() - due)
  }
})()
const t0 = performance.now()
const refreshed = await b.services!.refresher.runIfDue()
const refreshS = (performance.now() - t0) / 1000
refreshing = false
await asking
loop.disable()
// The histogram holds nanoseconds.
process.stdout.write(JSON.stringify({ refreshed, refreshS, stallMs: loop.max / 1e6, duringMs: during }))
b.close()
process.exit(0)
