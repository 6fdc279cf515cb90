// Child process for the memory figure: opens the backend on a benchmark database, does a typical
// burst of caseload work, and reports its resident memory. Run through tsx, whose loader adds a
// few MB that the Electron main process does not carry.
import { BENCH_SENDER, openBench } from './generate'

const dataDir = process.argv[2]!
const b = openBench(dataDir)
await b.integrityDone
// A working session: caseload pages, searches and dossiers.
for (let i = 0; i < 50; i++) {
  await b.dispatch(BENCH_SENDER, 'caseload.query', { zoek: i % 2 ? 'jans' : '', filter: { adviseur: 'alle' }, offset: i * 100 })
  await b.dispatch(BENCH_SENDER, 'dossier.get', { clientId: 1 + i * 13 })
}
global.gc?.()
const m = process.memoryUsage()
process.stdout.write(JSON.stringify({ rssMb: m.rss / 1e6, heapMb: m.heapUsed / 1e6 }))
b.close()
