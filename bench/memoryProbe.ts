// Child process for the memory figure: the main-process code (no Electron, no renderer; bundled by
// bench/bundle.ts and run with plain node, as the app runs it) after a realistic working morning on the bench database,
// the next day: the day's task refresh, 300 searches typed letter by letter, 20 dossiers opened and a
// reeks of 20 letters rendered, archived and merged, with a pause after the refresh and after the
// letters in which the app gives memory back (lib/memoryRelease.ts). The letters are rendered in Chromium driven from
// another process (bench/pdfChild.ts), as the app's print window is: neither is counted here.
import { fork } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8'
import { addDays } from '../src/shared/domain/dates'
import { fixedClock } from '../src/main/lib/clock'
import { IDLE_MS } from '../src/main/lib/memoryRelease'
import type { PdfRenderer } from '../src/main/print/pdfRenderer'
import { BENCH_SENDER, BENCH_TODAY, openBench, unlockBench } from './generate'
import { DEFAULT_BRIEFPAPIER } from '../src/shared/print/briefpapier'
import type { RouteInput, RouteName, RouteOutput } from '../src/shared/contracts/catalog'

const dataDir = process.argv[2]!
const MB = (n: number) => Math.round(n / 2 ** 20)
/** With WLZ_MEM_STEPS=1: after a GC, where the memory is after each step (stderr), to find what to cut. */
function step(label: string): void {
  if (!process.env.WLZ_MEM_STEPS) return
  global.gc?.()
  const m = process.memoryUsage()
  const h = getHeapStatistics()
  const spaces = getHeapSpaceStatistics()
    .filter((s) => s.space_size >= 2 ** 20)
    .map((s) => `${s.space_name.replace('_space', '')} ${MB(s.space_size)}`)
    .join(' ')
  const parts = `heap ${MB(m.heapUsed)}/${MB(m.heapTotal)} (${spaces}) external ${MB(m.external)} arrayBuffers ${MB(m.arrayBuffers)} malloced ${MB(h.malloced_memory)}`
  // Linux: how much of the RSS is anonymous memory (heaps, caches) and how much mapped files (code).
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : ''
  const kb = (key: string) => Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024)
  process.stderr.write(`${label.padEnd(28)} rss ${MB(m.rss)} MB (anon ${kb('RssAnon')} file ${kb('RssFile')}); ${parts}\n`)
}
step('imported')
/** A PdfRenderer whose Chromium and Playwright live in a child process. */
async function remotePdf(): Promise<PdfRenderer> {
  const child = fork('bench/pdfChild.ts', { execArgv: ['--import', 'tsx'], serialization: 'advanced' })
  const waiting = new Map<number, { ok: (b: Uint8Array) => void; fail: (e: Error) => void }>()
  let next = 0
  await new Promise<void>((ready) =>
    child.on('message', (m: { ready?: true; id?: number; bytes?: Uint8Array; error?: string }) => {
      if (m.ready) return ready()
      const w = waiting.get(m.id!)!
      waiting.delete(m.id!)
      if (m.bytes) w.ok(m.bytes)
      else w.fail(new Error(m.error))
    }),
  )
  return {
    render: (doc) =>
      new Promise((ok, fail) => {
        waiting.set(++next, { ok, fail })
        child.send({ id: next, doc })
      }),
    close: () => new Promise((done) => (child.once('exit', () => done()), child.send({ id: 0 }))),
  }
}

const pdf = await remotePdf()
// A later morning: the day's task refresh is due (the day after is refreshProbe.ts's, which runs first).
const b = openBench(dataDir, { pdf, clock: fixedClock(addDays(BENCH_TODAY, 2)) })
await b.integrityDone
step('checked')
await unlockBench(b)
step('open')
const ok = async <N extends RouteName>(route: N, input: RouteInput<N>): Promise<RouteOutput<N>> => {
  const r = await b.dispatch(BENCH_SENDER, route, input)
  if (!r.ok) throw new Error(`${route}: ${r.error.message}`)
  return r.value as RouteOutput<N>
}
/**
 * The adviser stops for a moment (reads the screen): after IDLE_MS without a call the app gives back
 * the memory the heavy job left (src/main/lib/memoryRelease.ts). Waits for that release, at most
 * three idle periods; without it (an engine without a collector to call) the morning goes on.
 */
async function pauseForRelease(count: number): Promise<void> {
  for (let i = 0; i < 30 && b.memory.released() < count; i++) await new Promise((r) => setTimeout(r, IDLE_MS / 10))
}
let peak = 0
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
const t0 = performance.now()
const refreshed = await b.services!.refresher.runIfDue()
const refreshS = (performance.now() - t0) / 1000
step('refreshed')
await pauseForRelease(1)
step('a pause after the refresh')
// Surnames and first names as an adviser types them; 300 keystrokes, each a caseload query.
const names = ['jansen', 'de vries', 'van den berg', 'bakker', 'visser', 'smit', 'meijer', 'de boer', 'mulder', 'de groot', 'bos', 'vos']
names.push('peters', 'hendriks', 'van leeuwen', 'dekker', 'brouwer', 'de wit', 'dijkstra', 'smits', 'de graaf', 'van der meer')
names.push('anna', 'pieter', 'johanna', 'kok', 'jacobs', 'ozturk', 'van dijk', 'willems', 'van der linden', 'schouten', 'huisman')
names.push('maria', 'hendrik', 'van beek', 'kuipers', 'postma', 'de jong', 'van vliet', 'vermeulen', 'koster', 'prins', 'van wijk')
let searches = 0
const cpu0 = process.cpuUsage()
for (const name of names) {
  for (let i = 1; i <= name.length && searches < 300; i++, searches++)
    await ok('caseload.query', { zoek: name.slice(0, i), filter: { adviseur: 'alle' }, limit: 40 })
}
// Everyone's caseload: at 1k one adviser has only about ten clients.
const ids = (await ok('caseload.query', { filter: { adviseur: 'alle' }, limit: 20 })).rows.map((r) => r.id)
// The searches' CPU, so a change to the page cache can be checked against the caseload's speed.
const searchCpu = process.cpuUsage(cpu0)
step(`searched, ${Math.round((searchCpu.user + searchCpu.system) / 1000)} ms CPU`)
for (const clientId of ids) await ok('dossier.get', { clientId })
step('dossiers')
await ok('briefpapier.save', {
  ...DEFAULT_BRIEFPAPIER,
  organisatie: 'Zorgkantoor Bench (fictief)',
  postadres: 'Postbus 1, 1000 AA  AMSTERDAM',
  telefoon: '020 000 00 00',
})
// Invitations need no budgetplan per client (a pgb toekenning grants the client's vastgesteld plan).
const reeks = await ok('brieven.batch.create', {
  naam: 'Ochtend (bench)',
  soort: 'uitnodiging_keuzegesprek',
  clientIds: ids,
  gegevens: { gesprekDatum: '2026-12-03', gesprekTijd: '10:30' },
})
const run = await ok('brieven.batch.run', { batchId: reeks.id })
if (run.gelukt !== ids.length)
  throw new Error(`letters not made: ${JSON.stringify(run.resultaten.filter((r) => r.status === 'mislukt').slice(0, 2))}`)
step('letters made')
await pauseForRelease(2)
step('a pause after the letters')
await ok('brieven.batch.pdf', { batchId: reeks.id })
step('merged')
clearInterval(sample)
global.gc?.()
const m = process.memoryUsage()
process.stdout.write(
  JSON.stringify({
    rssMb: m.rss / 2 ** 20,
    peakMb: Math.max(peak, m.rss) / 2 ** 20,
    heapMb: m.heapUsed / 2 ** 20,
    refreshed,
    refreshS,
    searches,
    letters: run.gelukt,
    releasePausesMs: b.memory.pausesMs(),
  }),
)
b.close()
await pdf.close()
process.exit(0)
