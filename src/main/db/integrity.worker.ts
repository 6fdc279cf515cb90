// Database file work in a process of its own, on its own connection, so the first paint and IPC are
// never blocked: `quick_check` at start (~2 s for 100k clients, encrypted), making a verified backup
// (VACUUM INTO works on a read-only connection and keeps the encryption), and copying the WAL into
// the database file (a checkpoint and its fsync: 40 ms at a time on the main thread, see checkpointer.ts).
// A process, not a worker thread: what SQLite and V8 used for the check (~30 MB at 100k, which malloc
// kept after a thread ended) goes back to the system when it exits (issue 15, memory after a morning).
// The job, key included, comes as a message — never on the command line or in the environment.
// Kept free of project imports: Node runs this file directly (type stripping) in tests.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'

type Job =
  | { type: 'quick_check'; file: string; keyHex: string | null; stay?: boolean }
  | { type: 'backup'; file: string; keyHex: string | null; target: string; tables: string[] }

/** A checkpoint process stays for the next one: its connection and process start are paid once. */
type CheckpointMessage = { type: 'checkpoint'; file: string; keyHex: string | null } | { type: 'end' }

function open(file: string, keyHex: string | null, writable = false) {
  const db = new Database(file, { readonly: !writable, fileMustExist: true })
  if (keyHex) {
    db.pragma(`cipher = 'sqlcipher'`)
    db.pragma('legacy = 4')
    db.key(Buffer.from(`x'${keyHex}'`))
  }
  return db
}

const counts = (db: ReturnType<typeof open>, tables: string[]) =>
  Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]))

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function run(job: Job): unknown {
  if (job.type === 'quick_check') {
    const db = open(job.file, job.keyHex)
    const rows = db.pragma('quick_check(20)') as Array<{ quick_check: string }>
    db.close()
    const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok')
    return { ok: problems.length === 0, problems }
  }
  // Backup: copy → open the copy → full integrity_check → counts between before and after → rename.
  const tmp = `${job.target}.tmp`
  rmSync(tmp, { force: true })
  const source = open(job.file, job.keyHex)
  const before = counts(source, job.tables)
  source.prepare('VACUUM INTO ?').run(tmp)
  const after = counts(source, job.tables)
  source.close()
  try {
    const copy = open(tmp, job.keyHex)
    const check = (copy.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check)
    const copied = counts(copy, job.tables)
    copy.close()
    if (check.length !== 1 || check[0] !== 'ok') throw new Error(`integrity_check: ${check.slice(0, 3).join('; ')}`)
    for (const t of job.tables) {
      // Writes may land while copying; the copy must hold at least what was there before and no more than after.
      if (copied[t]! < before[t]! || copied[t]! > after[t]!)
        throw new Error(`rows in ${t}: ${copied[t]} (before ${before[t]}, after ${after[t]})`)
    }
    fsyncPath(tmp)
    renameSync(tmp, job.target)
    try {
      fsyncPath(dirname(job.target))
    } catch {
      // Directory fsync is not supported everywhere (Windows); the rename is still atomic.
    }
    return { ok: true, counts: copied, bytes: statSync(job.target).size }
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
}

let checkpointDb: ReturnType<typeof open> | null = null

function checkpoint(job: Extract<CheckpointMessage, { type: 'checkpoint' }>): unknown {
  // Writable: a checkpoint writes the database file. PASSIVE takes no lock the app's writes wait
  // for: it copies what is committed and not still being read; the rest waits for the next one.
  if (!checkpointDb) {
    checkpointDb = open(job.file, job.keyHex, true)
    checkpointDb.pragma('synchronous = FULL')
  }
  // Up to three passes: the app may commit while one copies, and only a WAL copied to its end
  // starts over from its beginning at the app's next write instead of growing.
  let r = { busy: 0, log: 0, checkpointed: 0 }
  for (let pass = 0; pass < 3; pass++) {
    r = (checkpointDb.pragma('wal_checkpoint(PASSIVE)') as Array<typeof r>)[0]!
    if (r.checkpointed >= r.log) break
  }
  return { ok: true, log: r.log, checkpointed: r.checkpointed }
}

function answer(job: Job | Extract<CheckpointMessage, { type: 'checkpoint' }>): unknown {
  try {
    return job.type === 'checkpoint' ? checkpoint(job) : run(job)
  } catch (error) {
    return { ok: false, problems: [String((error as Error).message)] }
  }
}

/** One answer per message; a one-off job's process ends after its answer, one that stays at 'end'. */
function onMessage(message: Job | CheckpointMessage, reply: (answer: unknown, last: boolean) => void): void {
  if (message.type === 'end') {
    // While the app has the database open, closing leaves its WAL alone.
    checkpointDb?.close()
    checkpointDb = null
    return reply(undefined, true)
  }
  // A check asked to stay becomes the checkpoint process the app needs next.
  const stays = message.type === 'checkpoint' || (message.type === 'quick_check' && message.stay === true)
  reply(answer(message), !stays)
}

/** Electron's utilityProcess (the app) hands messages over process.parentPort, Node's fork over process.send. */
interface ParentPort {
  on(event: 'message', listener: (e: { data: Job | CheckpointMessage }) => void): void
  postMessage(message: unknown): void
}
const electronPort = (process as unknown as { parentPort?: ParentPort }).parentPort
if (electronPort)
  // The app ends a one-off job's process itself once it has the answer.
  electronPort.on('message', (e) => onMessage(e.data, (a) => (a === undefined ? process.exit(0) : electronPort.postMessage(a))))
else
  process.on('message', (m: Job | CheckpointMessage) =>
    onMessage(m, (a, last) => {
      // Disconnected after the last answer: nothing keeps the process alive, it ends.
      const end = () => last && process.disconnect()
      if (a === undefined) end()
      else process.send!(a, end)
    }),
  )
