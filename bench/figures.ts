import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { openDatabase } from '../src/main/db/connection'
import { loadOrCreateKey, unprotectedKeyWrapper } from '../src/main/db/keys'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import { runIntegrityCheck } from '../src/main/db/integrity'
import { DATABASE_FILE } from '../src/main/lib/paths'
import { installBridge } from '../e2e/harness/bridge'
import { serveRenderer } from '../e2e/harness/staticServer'
import { BENCH_SENDER, INTEGRITY_WORKER, openBench } from './generate'
import { round, summarise, time, type Figure } from './stats'

const fig = (name: string, size: string, r: { median: number; p95: number; runs: number }, target?: string, unit: Figure['unit'] = 'ms'): Figure => ({
  name,
  size,
  unit,
  median: round(r.median),
  p95: round(r.p95),
  runs: r.runs,
  ...(target ? { target } : {}),
})

/** Database open + key + pragmas + migration check, and quick_check in its worker. */
export async function startupFigures(dataDir: string, size: string): Promise<Figure[]> {
  const key = loadOrCreateKey(dataDir, unprotectedKeyWrapper)
  const file = join(dataDir, DATABASE_FILE)
  const open = await time(20, () => {
    const db = openDatabase(file, key)
    migrate(db, migrations)
    db.prepare('SELECT count(*) FROM client').get()
    db.close()
  })
  const check = await time(3, () => runIntegrityCheck(INTEGRITY_WORKER, file, key), 1)
  return [fig('startup: open + migrate', size, open), fig('startup: quick_check (worker)', size, check)]
}

/** The foundation's caseload slice through the real router: first page, and a name search. */
export async function caseloadFigures(dataDir: string, size: string): Promise<Figure[]> {
  const b = openBench(dataDir)
  await b.integrityDone
  const terms = ['jans', 'berg', 'muller', 'van dyk', 'anna', 'vries', 'zzz']
  const page = await time(50, (i) => b.dispatch(BENCH_SENDER, 'clients.list', { offset: (i % 10) * 100 }))
  const search = await time(50, (i) => b.dispatch(BENCH_SENDER, 'clients.list', { zoek: terms[i % terms.length]! }))
  b.close()
  return [fig('caseload: first 100 rows (router)', size, page), fig('caseload: name search (router)', size, search)]
}

/** Resident memory of a process holding the backend open after a burst of caseload calls. */
export function memoryFigure(dataDir: string, size: string): Figure {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/memoryProbe.ts', dataDir], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`memory probe failed: ${r.stderr}`)
  const { rssMb } = JSON.parse(r.stdout) as { rssMb: number }
  return { name: 'memory: backend process rss', size, unit: 'MB', median: round(rssMb), p95: round(rssMb), runs: 1, target: '≤ 250 MB (issue 3, 100k)' }
}

/** First contentful paint and time until the caseload table shows, in Debian's Chromium. */
export async function firstPaintFigures(dataDir: string, size: string, runs = 10): Promise<Figure[]> {
  const server = await serveRenderer()
  const browser = await chromium.launch({
    executablePath: process.env.WLZ_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const b = openBench(dataDir)
  const page = await browser.newPage({ locale: 'nl-NL' })
  await installBridge(page, () => ({ ...b, dispatch: (_s, r, i) => b.dispatch(BENCH_SENDER, r, i) }))
  const fcp: number[] = []
  const ready: number[] = []
  for (let i = 0; i < runs + 2; i++) {
    await page.goto(server.url)
    await page.getByRole('table', { name: 'Cliënten' }).locator('tbody tr').first().waitFor()
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.now(),
    }))
    if (i < 2) continue // warm-up: the first loads include disk cache misses
    fcp.push(t.fcp)
    ready.push(t.ready)
  }
  await browser.close()
  await server.close()
  b.close()
  return [
    fig('shell: first contentful paint (Chromium)', size, { ...summarise(fcp), runs }),
    fig('shell: caseload rows visible (Chromium)', size, { ...summarise(ready), runs }),
  ]
}
