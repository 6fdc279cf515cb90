import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { testBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'
import { autosaveText } from './helpers/autosaveText'
import { openDatabase } from '../src/main/db/connection'
import { loadOrCreateKey, unprotectedKeyWrapper } from '../src/main/db/keys'
import { DATABASE_FILE } from '../src/main/lib/paths'

const KILLS_PER_DATABASE = 50
const DATABASES = 4 // 200 kill points, four processes at a time
/**
 * The budget is per kill point, not for the whole run: one restart (spawn, open the encrypted
 * database, save until killed, quick_check) takes well under a second alone but several on a busy
 * 2-core machine shared with other work. The test's timeout grows with the number of kill points
 * each process works through, so adding kill points never makes a healthy run time out.
 */
const BUDGET_PER_KILL_MS = 15_000
const killTestTimeout = (killsPerProcess: number) => 60_000 + killsPerProcess * BUDGET_PER_KILL_MS
let child = ''

beforeAll(async () => {
  // One bundled file starts in ~50 ms; through a TypeScript loader each of the 200 starts would cost far more.
  // Inside the project so the bundle resolves the native sqlite package from node_modules.
  child = join(process.cwd(), 'node_modules', '.cache', 'wlz-test', 'autosaveChild.mjs')
  await build({
    entryPoints: ['test/helpers/autosaveChild.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    packages: 'external',
    logLevel: 'error',
  })
})

/** Runs the child until it acknowledged at least one save, kills it at a random moment, returns the last ACK seen. */
function runAndKill(dataDir: string, versieId: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, dataDir, String(versieId)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] })
    // One kill point that hangs fails on its own, with its output, instead of eating the whole budget.
    const hung = setTimeout(() => {
      p.kill('SIGKILL')
      reject(new Error(`kill point did not finish within ${BUDGET_PER_KILL_MS} ms: ${err.slice(0, 500)}`))
    }, BUDGET_PER_KILL_MS)
    p.on('close', () => clearTimeout(hung))
    let out = ''
    let err = ''
    let armed = false
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (!armed && out.includes('ACK')) {
        armed = true
        // Kill somewhere inside the next few dozen saves: before, during or after a commit.
        setTimeout(() => p.kill('SIGKILL'), Math.random() * 25)
      }
    })
    p.stderr.on('data', (d: Buffer) => (err += d.toString()))
    p.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without kill: ${err}`))
      const acks = [...out.matchAll(/ACK (\d+)\n/g)].map((m) => Number(m[1]))
      resolve(acks.at(-1) ?? 0)
    })
  })
}

async function prepare(): Promise<{ dataDir: string; versieId: number }> {
  const b = testBackend()
  const { client } = await clientWithIndicatie(b)
  const { planId } = await b.ok('plannen.create', { clientId: client.id, sjabloon: 'zorgplan_leeg', titel: '' })
  const versieId = (await b.ok('plannen.get', { planId })).huidig.id
  b.close()
  return { dataDir: b.dataDir, versieId }
}

function stored(dataDir: string, versieId: number): { revisie: number; doelen: string; check: string } {
  const db = openDatabase(join(dataDir, DATABASE_FILE), loadOrCreateKey(dataDir, unprotectedKeyWrapper))
  try {
    const row = db.prepare('SELECT revisie, inhoud FROM plan_versie WHERE id = ?').get(versieId) as { revisie: number; inhoud: string }
    const check = db.pragma('quick_check', { simple: true }) as string
    return { revisie: row.revisie, doelen: (JSON.parse(row.inhoud) as { inhoud: { doelen: string } }).inhoud.doelen, check }
  } finally {
    db.close()
  }
}

// Bounded by its number of kill points, not by time: on a busy 2-core machine the 200 restarts take minutes.
describe('kill during autosave', () => {
  it('has a timeout that scales with its kill points', () => {
    expect(killTestTimeout(2 * KILLS_PER_DATABASE)).toBe(killTestTimeout(KILLS_PER_DATABASE) + KILLS_PER_DATABASE * BUDGET_PER_KILL_MS)
    // 15 s per restart for every process's share: the budget the busy machine overran at 240 s in total.
    expect(killTestTimeout(KILLS_PER_DATABASE)).toBeGreaterThanOrEqual(KILLS_PER_DATABASE * 15_000)
  })

  it(
    `loses no acknowledged save over ${KILLS_PER_DATABASE * DATABASES} kill points`,
    { timeout: killTestTimeout(KILLS_PER_DATABASE) },
    async () => {
      const results = await Promise.all(
        Array.from({ length: DATABASES }, async () => {
          const { dataDir, versieId } = await prepare()
          let lost = 0
          let kills = 0
          let acknowledged = 0
          for (let i = 0; i < KILLS_PER_DATABASE; i++) {
            const acked = await runAndKill(dataDir, versieId)
            kills++
            acknowledged = Math.max(acknowledged, acked)
            const s = stored(dataDir, versieId)
            // The stored revision is at least the acknowledged one, and its text is whole.
            if (s.revisie < acked || s.doelen !== autosaveText(s.revisie) || s.check !== 'ok') lost++
          }
          return { lost, kills, acknowledged }
        }),
      )
      const total = results.reduce((a, r) => ({ lost: a.lost + r.lost, kills: a.kills + r.kills }), { lost: 0, kills: 0 })
      expect(total.kills).toBe(KILLS_PER_DATABASE * DATABASES)
      // The kills landed while saves were running: every database moved through many revisions.
      for (const r of results) expect(r.acknowledged).toBeGreaterThan(KILLS_PER_DATABASE)
      expect(total.lost).toBe(0)
    },
  )
})
