import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

/**
 * A throwaway PostgreSQL 15 cluster for tests: initdb in a temp folder, a Unix socket there and a free
 * port, never the machine's own service. PostgreSQL refuses to run as root, so as root (CI) the
 * binaries run as the `postgres` user through runuser. Missing binaries: a clear failure in CI, a skip
 * with the reason elsewhere.
 */
export interface PgCluster {
  dir: string
  port: number
  /** A connection string for a new, empty database in this cluster. */
  createDatabase(name: string): Promise<string>
  restart(): void
  stop(): void
}

const BIN = process.env.WLZ_PG_BIN ?? '/usr/lib/postgresql/15/bin'
const isRoot = process.getuid?.() === 0

export function pgMissingReason(): string | null {
  if (fs.existsSync(path.join(BIN, 'initdb'))) return null
  const reason = `PostgreSQL 15 ontbreekt (${BIN}/initdb niet gevonden): installeer het Debian-pakket postgresql (apt-get install postgresql).`
  if (process.env.CI === 'true') throw new Error(reason)
  return reason
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

function run(cmd: string, args: string[]) {
  const bin = path.join(BIN, cmd)
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: os.tmpdir() }).toString()
}

export async function startPgCluster(): Promise<PgCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlz-pg-'))
  if (isRoot) execFileSync('chown', ['postgres', dir])
  const data = path.join(dir, 'data')
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'wlz', '--no-sync', '-E', 'UTF8', '--locale=C'])
  const port = await freePort()
  // fsync off: a test cluster never needs to survive a power cut, and it spares a busy disk.
  const opts = `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`
  run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '120', 'start'])
  // Stop it even when a test's hooks time out or the process exits early: no cluster outlives its test file.
  let stopped = false
  const stopNow = () => {
    if (stopped) return
    stopped = true
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } catch {
      /* already down */
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  process.once('exit', stopNow)
  const url = (db: string) => `postgresql://wlz@localhost/${db}?host=${encodeURIComponent(dir)}&port=${port}`
  return {
    dir,
    port,
    async createDatabase(name) {
      const c = new pg.Client({ connectionString: url('postgres') })
      await c.connect()
      await c.query(`CREATE DATABASE ${name}`)
      await c.end()
      return url(name)
    },
    restart() {
      run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-m', 'fast', '-w', '-t', '120', 'restart'])
    },
    stop: stopNow,
  }
}
