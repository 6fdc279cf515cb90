import { openDatabase } from '../../db/connection'
import { withoutInsertTriggers } from '../../db/bulkInsert'
import { copyWalAndClose } from '../../db/longWrite'
import { settingsRepo } from '../../db/settings'
import { createCapture } from '../../sync/capture'
import { outboxRepo } from '../../sync/outbox.repo'
import { teamStateRepo } from '../../sync/state.repo'
import { writeInChunks } from '../../write/unitOfWork'
import { createAudit, type AuditActor } from '../audit/audit'
import { auditRepo } from '../audit/audit.repo'
import type { ImportRij } from '../../../shared/domain/aanbieders/importRij'
import { aanbiedersRepo } from './aanbieders.repo'
import { bekendBijBegin, schrijfRijen, type Telling } from './importSchrijven'

/** What the worker needs to write an import as the main thread's unit of work would (plain data). */
export interface Opslag {
  file: string
  keyHex: string | null
  auditKeyHex: string
  /** The moment of the import, one value for every row and the audit record. */
  now: string
  actor: AuditActor
  wachttijden: boolean
}

/** Rows per turn of the worker's event loop: between two, a cancel from the window is heard. */
const PER_CHUNK = 400

/**
 * Writes the checked rows on the worker's OWN connection to the database file (same key and pragmas
 * as the main one), in one transaction through the unit of work's `writeInChunks`, so neither the
 * inserts nor the COMMIT's encrypting and fsync run on the main thread. Capture and audit are built
 * here as services.ts builds them for the main connection. Null when cancelled (rolled back).
 * After a COMMIT the connection stays open: `naAntwoord` gets the WAL copy and close, for the worker
 * to run once the import has been answered.
 */
export async function slaOp(
  job: Opslag,
  rijen: readonly ImportRij[],
  opts: { gestopt: () => boolean; voortgang: (klaar: number, totaal: number) => void; naAntwoord: (werk: () => void) => void },
): Promise<(Telling & { rijen: number }) | null> {
  const db = openDatabase(job.file, job.keyHex ? Buffer.from(job.keyHex, 'hex') : null)
  let openNaAntwoord = false
  try {
    // Room for every page the import touches (120,000 locations with their indexes): none is spilled,
    // decrypted and read back mid-write; COMMIT writes each once. Only this worker's connection, only now.
    db.pragma('cache_size = -262144')
    // COMMIT writes the WAL and syncs it (synchronous=FULL: durable from then on) without copying it
    // into the database file as well: that copy (~0.45 s at 120,000 rows, every page decrypted and
    // encrypted again) follows the answer (copyWalAndClose), not the main thread's next commit either.
    db.pragma('wal_autocheckpoint = 0')
    const repo = aanbiedersRepo(db)
    const clock = { now: () => new Date(job.now), today: () => job.now.slice(0, 10) }
    const audit = createAudit(
      auditRepo(db),
      () => db.inTransaction,
      clock,
      () => job.actor,
      Buffer.from(job.auditKeyHex, 'hex'),
    )
    const team = teamStateRepo(settingsRepo(db))
    const capture = createCapture({ repo: outboxRepo(db), deviceId: () => team.get()?.deviceId ?? null })
    const uitkomst = await writeInChunks(
      { db, audit, now: job.now, capture: { active: () => team.get() !== null, seal: (at) => void capture.seal(at) } },
      { event: 'aanbieders.import' },
      function* (tx) {
        const telling: Telling = { nieuw: 0, bijgewerkt: 0, ongewijzigd: 0 }
        // Read inside the transaction: what it writes is checked against the register as it is now.
        const bekend = bekendBijBegin(repo)
        // Without a teamserver nothing is captured: the insert triggers that would do nothing go for the
        // length of this transaction (bulkInsert.ts). With one, every row is captured as always.
        const herstel = team.get() === null ? withoutInsertTriggers(db, ['aanbieder', 'locatie', 'wachttijd']) : () => {}
        for (let i = 0; i < rijen.length; i += PER_CHUNK) {
          const t = schrijfRijen(repo, rijen.slice(i, i + PER_CHUNK), job.wachttijden, tx.now, bekend)
          telling.nieuw += t.nieuw
          telling.bijgewerkt += t.bijgewerkt
          telling.ongewijzigd += t.ongewijzigd
          opts.voortgang(Math.min(i + PER_CHUNK, rijen.length), rijen.length)
          yield
        }
        herstel()
        tx.detail({ rijen: rijen.length, ...telling })
        return { ...telling, rijen: rijen.length }
      },
      opts.gestopt,
    )
    if (uitkomst) {
      opts.naAntwoord(() => copyWalAndClose(db))
      openNaAntwoord = true
    }
    return uitkomst
  } finally {
    // Rolled back or failed: nothing to copy.
    if (!openNaAntwoord) db.close()
  }
}
