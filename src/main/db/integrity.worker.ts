// Runs PRAGMA quick_check on its own read-only connection, off the main thread, so a large
// encrypted database (~3.6 s for 100k rows) never delays the first paint or blocks IPC.
// Kept free of project imports: Node runs this file directly (type stripping) in tests.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3-multiple-ciphers'

interface Job {
  file: string
  keyHex: string | null
}

const job = workerData as Job
let result: { ok: boolean; problems: string[] }
try {
  const db = new Database(job.file, { readonly: true, fileMustExist: true })
  if (job.keyHex) {
    db.pragma(`cipher = 'sqlcipher'`)
    db.pragma('legacy = 4')
    db.key(Buffer.from(`x'${job.keyHex}'`))
  }
  const rows = db.pragma('quick_check(20)') as Array<{ quick_check: string }>
  db.close()
  const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok')
  result = { ok: problems.length === 0, problems }
} catch (error) {
  result = { ok: false, problems: [String((error as Error).message)] }
}
parentPort?.postMessage(result)
