// Child process for the memory figure: the main-process code (no Electron, no renderer; through tsx,
// which adds a few MB the app does not carry) after a realistic working morning on the bench
// database: the day's task refresh, 300 searches typed letter by letter, 20 dossiers opened and a
// reeks of 20 letters rendered, archived and merged (in Chromium, whose own processes are not counted).
import { BENCH_SENDER, openBench } from './generate'
import { createChromiumPdf } from '../e2e/harness/chromiumPdf'
import { DEFAULT_BRIEFPAPIER } from '../src/shared/print/briefpapier'
import type { RouteInput, RouteName, RouteOutput } from '../src/shared/contracts/catalog'

const dataDir = process.argv[2]!
const pdf = await createChromiumPdf()
const b = openBench(dataDir, { pdf })
await b.integrityDone
const ok = async <N extends RouteName>(route: N, input: RouteInput<N>): Promise<RouteOutput<N>> => {
  const r = await b.dispatch(BENCH_SENDER, route, input)
  if (!r.ok) throw new Error(`${route}: ${r.error.message}`)
  return r.value as RouteOutput<N>
}
let peak = 0
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
const t0 = performance.now()
const refreshed = await b.services!.refresher.runIfDue()
const refreshS = (performance.now() - t0) / 1000
// Surnames and first names as an adviser types them; 300 keystrokes, each a caseload query.
const names = ['jansen', 'de vries', 'van den berg', 'bakker', 'visser', 'smit', 'meijer', 'de boer', 'mulder', 'de groot', 'bos', 'vos']
names.push('peters', 'hendriks', 'van leeuwen', 'dekker', 'brouwer', 'de wit', 'dijkstra', 'smits', 'de graaf', 'van der meer')
names.push('anna', 'pieter', 'johanna', 'kok', 'jacobs', 'ozturk', 'van dijk', 'willems', 'van der linden', 'schouten', 'huisman')
let searches = 0
for (const name of names) {
  for (let i = 1; i <= name.length && searches < 300; i++, searches++)
    await ok('caseload.query', { zoek: name.slice(0, i), filter: { adviseur: 'alle' }, limit: 40 })
}
const ids = (await ok('caseload.query', { limit: 20 })).rows.map((r) => r.id)
for (const clientId of ids) await ok('dossier.get', { clientId })
await ok('briefpapier.save', {
  ...DEFAULT_BRIEFPAPIER,
  organisatie: 'Zorgkantoor Bench (fictief)',
  postadres: 'Postbus 1, 1000 AA  AMSTERDAM',
  telefoon: '020 000 00 00',
})
const reeks = await ok('brieven.batch.create', {
  naam: 'Ochtend (bench)',
  soort: 'pgb_toekenning',
  clientIds: ids,
  gegevens: { ingangsdatum: '2027-01-01', jaarbedragCenten: 4_812_345, verantwoordingsvrijCenten: 72_185 },
})
const run = await ok('brieven.batch.run', { batchId: reeks.id })
if (!run.gelukt) throw new Error(`no letter in the reeks: ${JSON.stringify(run.resultaten.slice(0, 2))}`)
await ok('brieven.batch.pdf', { batchId: reeks.id })
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
  }),
)
b.close()
await pdf.close()
process.exit(0)
