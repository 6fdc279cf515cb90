// Child process for the cold start figure: a fresh Node process running this file bundled as the app
// bundles its main process (bench/bundle.ts; no tsx) that imports the main-process code, opens the
// bench database and answers the first "mijn caseload" page. Times are from process start.
// WLZ_BENCH_EAGER=1 first imports exceljs and pdf-lib, as the app did at startup before they were
// loaded on first use, so the figure shows the difference.
import type { RouteOutput } from '../src/shared/contracts/catalog'

const dataDir = process.argv[2]!
const since = () => performance.now()
if (process.env.WLZ_BENCH_EAGER === '1') {
  await import('exceljs')
  await import('pdf-lib')
}
const { openBench, unlockBench, BENCH_SENDER } = await import('./generate')
const imported = since()
const b = openBench(dataDir)
const opened = since()
// The workstation starts locked; the PIN check (argon2id, after the adviser typed it) is left out.
await unlockBench(b)
const unlock = since() - opened
const r = await b.dispatch(BENCH_SENDER, 'caseload.query', { limit: 40 })
const firstPage = since() - unlock
if (!r.ok) throw new Error(r.error.message)
process.stdout.write(JSON.stringify({ imported, opened, firstPage, rows: (r.value as RouteOutput<'caseload.query'>).rows.length }))
b.close()
process.exit(0)
