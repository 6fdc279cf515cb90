import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { openDatabase } from '../src/main/db/connection'
import { loadOrCreateKey, unprotectedKeyWrapper } from '../src/main/db/keys'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import { forkNode, runIntegrityCheck } from '../src/main/db/integrity'
import { DATABASE_FILE } from '../src/main/lib/paths'
import { bundleForNode } from './bundle'
import { INTEGRITY_WORKER } from './generate'
import { msFigure, round, summarise, time, type Figure } from './stats'

const fig = (
  name: string,
  size: string,
  r: { median: number; p95: number; runs: number },
  target?: string,
  unit: Figure['unit'] = 'ms',
  note?: string,
): Figure => ({
  name,
  size,
  unit,
  median: round(r.median),
  p95: round(r.p95),
  runs: r.runs,
  ...(target ? { target } : {}),
  ...(note ? { note } : {}),
})

/** Database open + key + pragmas + migration check, and quick_check in its own process (warm file). */
export async function startupFigures(dataDir: string, size: string): Promise<Figure[]> {
  const key = loadOrCreateKey(dataDir, unprotectedKeyWrapper)
  const file = join(dataDir, DATABASE_FILE)
  const open = await time(20, () => {
    const db = openDatabase(file, key)
    migrate(db, migrations)
    db.prepare('SELECT count(*) FROM client').get()
    db.close()
  })
  const check = await time(3, () => runIntegrityCheck({ workerUrl: INTEGRITY_WORKER, launch: forkNode }, file, key), 1)
  return [fig('startup: open + migrate', size, open), fig('startup: quick_check (eigen proces)', size, check), ...coldStart(dataDir, size)]
}

/**
 * Drops the database file from the OS cache without root (GNU dd's nocache). The whole cache only
 * when asked (WLZ_BENCH_DROP_CACHES=1) and allowed: on a machine shared with others it slows their
 * work too. Says what it did.
 */
function dropCache(dataDir: string): string {
  for (const f of [DATABASE_FILE, `${DATABASE_FILE}-wal`])
    spawnSync('dd', [`if=${join(dataDir, f)}`, 'iflag=nocache', 'count=0', 'status=none'])
  const fileOnly = 'alleen het databasebestand uit de OS-cache (dd nocache)'
  if (process.env.WLZ_BENCH_DROP_CACHES !== '1') return `${fileOnly}; hele OS-cache met WLZ_BENCH_DROP_CACHES=1`
  try {
    spawnSync('sync')
    writeFileSync('/proc/sys/vm/drop_caches', '3')
    return 'hele OS-cache geleegd'
  } catch {
    return `${fileOnly}; drop_caches mag hier niet`
  }
}

/**
 * A fresh process per run, with the database file dropped from the OS cache first: from process
 * start to the main-process code imported, to the database open, to the first "mijn caseload" page
 * answered. Then the same with exceljs and pdf-lib imported at startup, as before they were lazy.
 */
function coldStart(dataDir: string, size: string, runs = 5): Figure[] {
  // Bundled and run with plain node, as the app runs its main process: tsx's compiler is not counted.
  const probe = bundleForNode('bench/coldStart.ts')
  const measure = (eager: boolean) => {
    const samples: Array<{ imported: number; opened: number; firstPage: number }> = []
    let cache = ''
    for (let i = 0; i < runs; i++) {
      cache = dropCache(dataDir)
      const r = spawnSync(process.execPath, [probe, dataDir], {
        encoding: 'utf8',
        env: { ...process.env, WLZ_BENCH_EAGER: eager ? '1' : '0' },
      })
      if (r.status !== 0) throw new Error(`cold start probe failed: ${r.stderr}`)
      samples.push(JSON.parse(r.stdout) as { imported: number; opened: number; firstPage: number })
    }
    return { samples, cache }
  }
  const lazy = measure(false)
  const eager = measure(true)
  rmSync(dirname(probe), { recursive: true, force: true })
  const stat = (xs: number[]) => ({ ...summarise(xs), runs: xs.length })
  const note = `verse Node-processen met de gebundelde hoofdprocescode (zonder tsx); ${lazy.cache}`
  return [
    fig('koude start: hoofdcode geïmporteerd', size, stat(lazy.samples.map((s) => s.imported)), undefined, 'ms', note),
    fig('koude start: database geopend', size, stat(lazy.samples.map((s) => s.opened)), undefined, 'ms', note),
    fig('koude start: eerste pagina mijn caseload (backend)', size, stat(lazy.samples.map((s) => s.firstPage)), '≤ 500 ms p95', 'ms', note),
    fig(
      'koude start: hoofdcode geïmporteerd, exceljs + pdf-lib bij start (vroeger)',
      size,
      stat(eager.samples.map((s) => s.imported)),
      undefined,
      'ms',
      'ter vergelijking: zo laadde de app ze voordat ze pas bij eerste gebruik laadden',
    ),
  ]
}

/** Resident memory of the main-process code after a working morning (bench/memoryProbe.ts). */
export function memoryFigures(dataDir: string, size: string): Figure[] {
  // Bundled and run with plain node, as the app runs its main process: tsx's compiler is not counted.
  const probe = bundleForNode('bench/memoryProbe.ts')
  const r = spawnSync(process.execPath, ['--expose-gc', probe, dataDir], { encoding: 'utf8' })
  rmSync(dirname(probe), { recursive: true, force: true })
  if (r.status !== 0) throw new Error(`memory probe failed: ${r.stderr}`)
  const m = JSON.parse(r.stdout) as {
    rssMb: number
    peakMb: number
    refreshed: number
    refreshS: number
    searches: number
    letters: number
    releasePausesMs: number[]
  }
  const runs = m.releasePausesMs.length
  const longest = Math.max(0, ...m.releasePausesMs)
  const what =
    `verversing van ${m.refreshed} dossiers (${round(m.refreshS)} s), ${m.searches} zoekopdrachten, 20 dossiers, reeks van ${m.letters} brieven; ` +
    `na de verversing en na de brieven een pauze waarin de app geheugen teruggeeft (${runs} van 2 keer gedaan)`
  const one = (name: string, mb: number, target?: string): Figure => ({
    name,
    size,
    unit: 'MB',
    median: round(mb),
    p95: round(mb),
    runs: 1,
    ...(target ? { target } : {}),
    note: `${what}; Node-proces met de gebundelde hoofdprocescode (zonder tsx); Electron, Chromium en Playwright niet meegeteld`,
  })
  return [
    one('geheugen: RSS na een werkochtend (hoofdproces, Node)', m.rssMb, '≤ 200 MB'),
    one('geheugen: hoogste RSS tijdens die ochtend', m.peakMb),
    {
      ...msFigure(
        'geheugen teruggeven: hoofdthread vast (na 2 s zonder aanroep)',
        size,
        { median: longest, p95: longest, runs },
        'vermeld',
      ),
      note: 'V8 last-resort GC, eenmaal na de verversing en eenmaal na een reeks brieven; een toets die precies dan komt, wacht zo lang',
    },
  ]
}

/** The day's first task refresh: how long it holds the main thread, and the first page meanwhile (bench/refreshProbe.ts). */
export function refreshFigures(dataDir: string, size: string): Figure[] {
  const probe = bundleForNode('bench/refreshProbe.ts')
  const r = spawnSync(process.execPath, [probe, dataDir], { encoding: 'utf8' })
  rmSync(dirname(probe), { recursive: true, force: true })
  if (r.status !== 0) throw new Error(`refresh probe failed: ${r.stderr}`)
  const m = JSON.parse(r.stdout) as { refreshed: number; refreshS: number; stallMs: number; duringMs: number[] }
  const longest = m.duringMs.length ? `, langste ${round(Math.max(...m.duringMs))} ms` : ''
  const what = `verversing van ${m.refreshed} dossiers in ${round(m.refreshS)} s op de main thread, in delen van hoogstens 25 dossiers of 8 ms (hun commits zonder fsync, de WAL door een eigen proces naar het databasebestand gekopieerd); intussen elke 50 ms de eerste pagina van mijn caseload (${m.duringMs.length}×${longest}); gebundelde hoofdprocescode, Node`
  const stall = { median: m.stallMs, p95: m.stallMs, runs: 1 }
  const out = [
    fig(
      'ochtendverversing: langste stilstand main thread',
      size,
      stall,
      '≤ 20 ms',
      'ms',
      `${what}; de grootste vertraging van de event loop (monitorEventLoopDelay, 1 ms), GC-pauzes meegeteld`,
    ),
  ]
  // A refresh shorter than one request interval asked nothing: then only its stall is stated.
  if (m.duringMs.length)
    out.push(
      fig(
        'ochtendverversing: mijn caseload tijdens de verversing',
        size,
        { ...summarise(m.duringMs), runs: m.duringMs.length },
        undefined,
        'ms',
        `${what}; gerekend vanaf het moment dat de vraag kwam`,
      ),
    )
  return out
}
