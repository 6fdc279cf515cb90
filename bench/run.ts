// `npm run bench`: seeded fictitious databases at 1k / 10k / 100k clients; each figure timed
// repeatedly in one process (median, p95); a table on stdout and bench/results.json with the
// machine's description. Capability issues add their figures to the list in `figuresFor`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, release, platform } from 'node:os'
import { generate } from './generate'
import { chromiumFigures, memoryFigure, startupFigures } from './figures'
import { caseloadFigures } from './caseloadFigures'
import { plannenFigures } from './plannenFigures'
import { brievenFigures } from './brievenFigures'
import { aanbiedersFigures } from './aanbiedersFigures'
import { serverFigures } from './serverFigures'
import { teamFigures } from './teamFigures'
import { heavyFigures } from './heavyFigures'
import type { Figure } from './stats'

const SIZES = (process.env.WLZ_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)

if (!existsSync('out/renderer/index.html')) {
  spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { stdio: 'inherit' })
}

async function figuresFor(dataDir: string, size: string): Promise<Figure[]> {
  return [
    ...(await startupFigures(dataDir, size)),
    ...(await caseloadFigures(dataDir, size)),
    ...(await plannenFigures(dataDir, size)),
    ...(await chromiumFigures(dataDir, size)),
    memoryFigure(dataDir, size),
  ]
}

const all: Figure[] = []
for (const n of SIZES) {
  const size = n >= 1000 ? `${n / 1000}k` : String(n)
  const { dir, seconds } = await generate(n)
  console.error(`generated ${size} clients (with dossiers and tasks) in ${seconds} s`)
  all.push(...(await figuresFor(dir, size)))
  rmSync(dir, { recursive: true, force: true })
}

// Letters do not depend on the caseload size: measured once, on their own database.
if (process.env.WLZ_BENCH_BRIEVEN !== '0') all.push(...(await brievenFigures()))
if (process.env.WLZ_BENCH_AANBIEDERS !== '0') all.push(...(await aanbiedersFigures()))
if (process.env.WLZ_BENCH_HEAVY !== '0') all.push(...(await heavyFigures()))
// The teamserver: server-side figures on PGlite and PostgreSQL, then a workstation's first and incremental pull.
if (process.env.WLZ_BENCH_SERVER !== '0') all.push(...(await serverFigures()))
if (process.env.WLZ_BENCH_TEAM !== '0') all.push(...(await teamFigures()))

const chromiumVersion = (() => {
  try {
    return execFileSync(process.env.WLZ_CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const machine = {
  platform: `${platform()} ${release()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion,
  date: new Date().toISOString(),
}

const pad = (s: string, n: number) => s.padEnd(n)
console.log(`\n${pad('figure', 46)}${pad('size', 7)}${pad('median', 10)}${pad('p95', 10)}target`)
for (const f of all) {
  console.log(`${pad(f.name, 46)}${pad(f.size, 7)}${pad(`${f.median} ${f.unit}`, 10)}${pad(`${f.p95} ${f.unit}`, 10)}${f.target ?? ''}`)
}
writeFileSync('bench/results.json', `${JSON.stringify({ machine, figures: all }, null, 2)}\n`)
console.log(`\nmachine: ${machine.cpu}, ${machine.memoryGb} GB, ${machine.node}, ${machine.chromium}`)
console.log('written: bench/results.json')
