import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runBackup, runIntegrityCheck, type DbJobs } from '../../db/integrity'
import { fsyncFile, writeFileAtomic } from '../../lib/atomicFile'
import { AppError } from '../../lib/errors'
import type { Clock } from '../../lib/clock'
import type { Logger } from '../../lib/log'
import { DATABASE_FILE } from '../../lib/paths'
import type { BackupInfo } from '../../../shared/contracts/backups.routes'
import { createSecondCopy } from './secondCopy'

export const BACKUP_DIR = 'backups'
/** Generations kept (trust.md: N ≥ 7). */
export const KEEP = 7
const PENDING = 'herstel-gepland.json'
/** Tables whose row counts are checked between the database and its copy. */
const CHECKED_TABLES = ['client', 'audit_log', 'indicatie', 'contactmoment', 'taak']

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)

/**
 * Verified back-ups in `<dataDir>/backups`: an encrypted copy made off the main thread, checked
 * (integrity_check, row counts) before an atomic rename, with a manifest beside it. Restore is
 * scheduled for the next start, where it happens before the database is opened; the replaced
 * database is kept, never deleted.
 */
export function createBackups(opts: { dataDir: string; key: Buffer | null; jobs: DbJobs; clock: Clock; log: Logger }) {
  const dir = join(opts.dataDir, BACKUP_DIR)
  const file = join(opts.dataDir, DATABASE_FILE)
  const second = createSecondCopy({ dataDir: opts.dataDir, backupDir: dir, keep: KEEP, clock: opts.clock, log: opts.log })

  function list(): BackupInfo[] {
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter((n) => /^werkplek-\d{8}-\d{6}\.db$/.test(n))
      .sort()
      .reverse()
      .map((naam) => {
        const manifest = join(dir, `${naam}.json`)
        const m = existsSync(manifest)
          ? (JSON.parse(readFileSync(manifest, 'utf8')) as { gemaaktOp: string; counts: Record<string, number> })
          : null
        return {
          naam,
          gemaaktOp: m?.gemaaktOp ?? statSync(join(dir, naam)).mtime.toISOString(),
          bytes: statSync(join(dir, naam)).size,
          clienten: m?.counts.client ?? null,
        }
      })
  }

  function prune(): void {
    for (const old of list().slice(KEEP)) {
      rmSync(join(dir, old.naam), { force: true })
      rmSync(join(dir, `${old.naam}.json`), { force: true })
    }
  }

  // One back-up at a time (the daily one and a manual one may meet); one per second at most.
  let running: Promise<unknown> = Promise.resolve()
  function create(): Promise<BackupInfo> {
    const next = running.then(createNow)
    running = next.catch(() => undefined)
    return next
  }

  async function createNow(): Promise<BackupInfo> {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    // A copy still being checked when the app closed stays behind as .tmp (its process is stopped,
    // integrity.ts): never a back-up, so it goes. Back-ups run one at a time, so none is in use.
    for (const n of readdirSync(dir)) if (/^werkplek-\d{8}-\d{6}\.db\.tmp$/.test(n)) rmSync(join(dir, n), { force: true })
    const now = opts.clock.now()
    const naam = `werkplek-${stamp(now)}.db`
    const existing = list().find((b) => b.naam === naam)
    if (existing) return existing
    const result = await runBackup(opts.jobs, file, opts.key, join(dir, naam), CHECKED_TABLES)
    if (result.stopped) {
      // The app closed during the copy and stopped its process (backend.close): nothing failed.
      opts.log.info('backup stopped: the app closed during it')
      throw new AppError('INTERNAL', 'De back-up is afgebroken omdat de app sloot; de database is ongewijzigd.')
    }
    if (!result.ok) {
      opts.log.error(`backup failed: ${(result.problems ?? []).join('; ')}`)
      throw new AppError(
        'INTERNAL',
        'De back-up is niet gelukt; de database is ongewijzigd. Probeer het later opnieuw of meld het bij functioneel beheer.',
      )
    }
    writeFileAtomic(join(dir, `${naam}.json`), JSON.stringify({ gemaaktOp: now.toISOString(), counts: result.counts, bytes: result.bytes }))
    prune()
    second.copy(naam)
    return list().find((b) => b.naam === naam)!
  }

  return {
    list,
    create,
    second,
    /** A back-up less than `hours` old exists. */
    recent: (hours: number) => list().some((b) => opts.clock.now().getTime() - Date.parse(b.gemaaktOp) < hours * 3_600_000),
    /** `key`: the back-up's own key when it differs (a back-up from a replaced laptop, opened with the recovery code). */
    async scheduleRestore(naam: string, key: Buffer | null = opts.key): Promise<void> {
      const backup = join(dir, naam)
      if (!existsSync(backup)) throw new AppError('NOT_FOUND', 'Deze back-up bestaat niet (meer).')
      const check = await runIntegrityCheck(opts.jobs, backup, key)
      if (!check.ok)
        throw new AppError('DB_CORRUPT', 'Deze back-up is beschadigd of past niet bij de sleutel van deze werkplek. Kies een andere.')
      writeFileAtomic(join(opts.dataDir, PENDING), JSON.stringify({ naam }))
    },
  }
}
export type Backups = ReturnType<typeof createBackups>

/**
 * At start, before the database is opened: put a scheduled back-up in place. The current files
 * (database, WAL and shared memory) move aside as `werkplek-voor-herstel-<tijd>.db*`.
 */
export function applyPendingRestore(dataDir: string, now: Date): string | null {
  const marker = join(dataDir, PENDING)
  if (!existsSync(marker)) return null
  const { naam } = JSON.parse(readFileSync(marker, 'utf8')) as { naam: string }
  const backup = join(dataDir, BACKUP_DIR, naam)
  if (!/^werkplek-\d{8}-\d{6}\.db$/.test(naam) || !existsSync(backup)) {
    rmSync(marker)
    return null
  }
  const aside = join(dataDir, `werkplek-voor-herstel-${stamp(now)}.db`)
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(join(dataDir, DATABASE_FILE + suffix))) renameSync(join(dataDir, DATABASE_FILE + suffix), aside + suffix)
  }
  const tmp = join(dataDir, `${DATABASE_FILE}.herstel.tmp`)
  copyFileSync(backup, tmp)
  fsyncFile(tmp)
  renameSync(tmp, join(dataDir, DATABASE_FILE))
  rmSync(marker)
  return naam
}
