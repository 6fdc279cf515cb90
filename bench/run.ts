// `npm run bench`: seeded fictitious databases at 1k / 10k / 100k clients; each figure timed
// repeatedly in one process (median, p95); a table on stdout with each target and PASS/FAIL, and
// bench/results.json with the machine's description and its load while the figures ran.
// What each figure times, on which data and what it leaves out: bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, release, platform } from 'node:os'
import { generate } from './generate'
import { memoryFigures, refreshFigures, startupFigures } from './figures'
import { chromiumFigures } from './chromiumFigures'
import { caseloadFigures, caseloadGrowth } from './caseloadFigures'
import { plannenFigures } from './plannenFigures'
import { brievenFigures } from './brievenFigures'
import { aanbiedersFigures } from './aanbiedersFigures'
import { serverFigures } from './serverFigures'
import { teamFigures } from './teamFigures'
import { machineLoad, verdict } from './verdict'
import { heavyFigures } from './heavyFigures'
import type { Figure } from './stats'

const SIZES = (process.env.WLZ_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)

// Always built afresh: the provider worker, the print page and the renderer are timed from `out/`, and a
// build left from older code made the import fail (a worker that no longer matched its jobs).
const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) throw new Error('electron-vite build failed: the bench times the built app')

// The load while the figures run: sampled before each part, the highest is reported.
const loads: Array<{ part: string; load: number[]; perCore: number }> = []
function note(part: string) {
  const l = machineLoad()
  loads.push({ part, load: l.load, perCore: l.perCore })
  console.error(
    `[${part}] load average ${l.load.join(' / ')} (${l.perCore} per core)${l.busy ? ' — machine busy: figures are slower than on a quiet machine' : ''}`,
  )
}

async function figuresFor(dataDir: string, size: string): Promise<Figure[]> {
  note(`${size}: startup`)
  const out = await startupFigures(dataDir, size)
  note(`${size}: caseload`)
  out.push(...(await caseloadFigures(dataDir, size)))
  note(`${size}: plannen`)
  out.push(...(await plannenFigures(dataDir, size)))
  note(`${size}: chromium`)
  out.push(...(await chromiumFigures(dataDir, size)))
  // The refresh probe takes the next day's refresh, the memory probe the day after: each its own morning.
  note(`${size}: morning refresh`)
  out.push(...refreshFigures(dataDir, size))
  note(`${size}: memory`)
  out.push(...memoryFigures(dataDir, size))
  return out
}

const all: Figure[] = []
for (const n of SIZES) {
  const size = n >= 1000 ? `${n / 1000}k` : String(n)
  const { dir, seconds } = await generate(n)
  console.error(`generated ${size} clients (with dossiers and tasks) in ${seconds} s`)
  all.push(...(await figuresFor(dir, size)))
  rmSync(dir, { recursive: true, force: true })
}
all.push(...caseloadGrowth())

// Letters do not depend on the caseload size: measured once, on their own database.
note('brieven')
if (process.env.WLZ_BENCH_BRIEVEN !== '0') all.push(...(await brievenFigures()))
note('aanbieders')
if (process.env.WLZ_BENCH_AANBIEDERS !== '0') all.push(...(await aanbiedersFigures()))
if (process.env.WLZ_BENCH_HEAVY !== '0') all.push(...(await heavyFigures()))
// The teamserver: server-side figures on PGlite and PostgreSQL, then a workstation's first and incremental pull.
note('server')
if (process.env.WLZ_BENCH_SERVER !== '0') all.push(...(await serverFigures()))
note('team')
if (process.env.WLZ_BENCH_TEAM !== '0') all.push(...(await teamFigures()))
note('einde')

const chromiumVersion = (() => {
  try {
    return execFileSync(process.env.WLZ_CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const busiest = loads.reduce((a, l) => (l.perCore > a.perCore ? l : a))
const machine = {
  platform: `${platform()} ${release()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion,
  date: new Date().toISOString(),
  loadAverages: loads,
}

const pad = (s: string, n: number) => s.padEnd(n)
console.log(`\n${pad('figure', 62)}${pad('size', 10)}${pad('median', 11)}${pad('p95', 11)}${pad('', 6)}target`)
for (const f of all) {
  const v = verdict(f)
  console.log(
    `${pad(f.name, 62)}${pad(f.size, 10)}${pad(`${f.median} ${f.unit}`, 11)}${pad(`${f.p95} ${f.unit}`, 11)}${pad(v, 6)}${f.target ?? ''}${f.note ? `  — ${f.note}` : ''}`,
  )
}
const verdicts = all.map(verdict)
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ machine, figures: all.map((f, i) => ({ ...f, verdict: verdicts[i] })) }, null, 2)}\n`,
)
console.log(
  `\n${verdicts.filter((v) => v === 'PASS').length} PASS, ${verdicts.filter((v) => v === 'FAIL').length} FAIL, ${verdicts.filter((v) => !v).length} without a target`,
)
console.log(`machine: ${machine.cpu}, ${machine.memoryGb} GB, ${machine.node}, ${machine.chromium}`)
console.log(`load average (1/5/15 min) at the busiest part (${busiest.part}): ${busiest.load.join(' / ')}, ${busiest.perCore} per core`)
if (busiest.perCore > 0.5)
  console.log('WARNING: the machine was busy with other work during this run; the figures are slower than on a quiet machine.')
console.log('written: bench/results.json')
