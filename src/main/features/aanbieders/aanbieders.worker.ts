// The provider register's heavy work, in a worker thread so the window never freezes: reading,
// validating and storing an import file (CSV or XLSX, up to 20 MB / 120,000 rows) and writing an
// export. The import's rows are written here too, on this worker's own connection to the database
// (importOpslag.ts), so neither the inserts nor the COMMIT stall the main thread.
import { parentPort, workerData } from 'node:worker_threads'
import { installDutchErrors } from '../../../shared/validation/dutchErrors'
import { stelKoppelingVoor } from '../../../shared/domain/aanbieders/importVelden'
import { openDatabase } from '../../db/connection'
import { AppError } from '../../lib/errors'
import type { JobMessage } from '../../lib/workerJob'
import { leesBestand } from './importBestand'
import { maakValidator } from './importValidatie'
import { slaOp } from './importOpslag'
import { aanbiedersExportRepo } from './aanbiedersExport.repo'
import { schrijfExport } from './exportBestand'
import type { AanbiedersJob, AanbiedersBericht } from './aanbiedersJobs'

const post = (m: JobMessage<AanbiedersBericht>, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer)
const bericht = (b: AanbiedersBericht) => post({ type: 'bericht', bericht: b })

async function run(job: AanbiedersJob): Promise<unknown> {
  if (job.type === 'export') {
    const db = openDatabase(job.file, job.keyHex ? Buffer.from(job.keyHex, 'hex') : null, { readonly: true })
    try {
      const repo = aanbiedersExportRepo(db)
      const totaal = repo.count()
      const bytes = await schrijfExport(job.soort, repo.rows(), (klaar) => bericht({ fase: 'schrijven', klaar, totaal }))
      return { bytes: eigenBuffer(bytes), rijen: totaal }
    } finally {
      db.close()
    }
  }
  const tabel = await leesBestand(job.soort, job.bestand, (klaar) => bericht({ fase: 'lezen', klaar, totaal: 0 }))
  const csvFouten = tabel.fouten.map((f) => ({ rij: f.rij, kolom: '', waarde: '', melding: f.melding }))
  if (job.type === 'voorbeeld')
    return {
      kopjes: tabel.kopjes,
      voorbeeld: tabel.rijen.slice(0, 5).map((r) => r.cellen),
      rijen: tabel.rijen.length,
      koppeling: stelKoppelingVoor(tabel.kopjes),
      codering: tabel.codering,
      meldingen: tabel.meldingen,
      fouten: csvFouten,
    }
  if (csvFouten.length) return { status: 'fouten', fouten: csvFouten, rijen: tabel.rijen.length }
  const totaal = tabel.rijen.length
  const v = maakValidator(job.koppeling, { pc4: new Set(job.pc4), kvkVanAgb: new Map(job.agb) })
  // Checked a slice at a time, the event loop turning in between, so a cancel is heard while checking too.
  for (let i = 0; i < totaal && !v.vol(); i += PER_PLAK) {
    v.controleer(tabel.rijen.slice(i, i + PER_PLAK))
    // Shown as reading ("Bestand lezen: … van … regels"): to the person, checking is reading the rows.
    bericht({ fase: 'lezen', klaar: Math.min(i + PER_PLAK, totaal), totaal })
    await new Promise((resolve) => setImmediate(resolve))
    if (gestopt) return { status: 'geannuleerd' }
  }
  // All rows or none: any failed row means nothing is written and every error is the answer.
  if (v.fouten.length) return { status: 'fouten', fouten: v.fouten, rijen: totaal }
  const rijen = v.rijen.map((r) => r.data)
  const result = await slaOp(job.opslag, rijen, {
    gestopt: () => gestopt,
    voortgang: (klaar, n) => bericht({ fase: 'opslaan', klaar, totaal: n }),
    naAntwoord: (werk) => naHetAntwoord.push(werk),
  })
  return result ? { status: 'geimporteerd', ...result } : { status: 'geannuleerd' }
}

/**
 * The bytes in an ArrayBuffer of their own, so they can move to the main thread instead of being
 * copied: receiving the export as a 15 MB string stalled the main thread 55–110 ms. A small Buffer
 * is a slice of Node's shared pool, which must not move, so it is copied first.
 */
function eigenBuffer(b: Buffer): Uint8Array<ArrayBuffer> {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) return new Uint8Array(b.buffer)
  return new Uint8Array(b)
}

/** The result's bytes, if any, to move with the answer. */
const teVerplaatsen = (value: unknown): ArrayBuffer[] =>
  value !== null && typeof value === 'object' && 'bytes' in value && value.bytes instanceof Uint8Array
    ? [value.bytes.buffer as ArrayBuffer]
    : []

/** Rows checked between two turns of the event loop (a few milliseconds of work). */
const PER_PLAK = 5000

/** Work that follows the answer (the import's WAL copy): the person need not wait for it. */
const naHetAntwoord: Array<() => void> = []

/** Set by the window's cancel (a message, not a terminate): the write then ends in a ROLLBACK of its own. */
let gestopt = false
parentPort!.on('message', (m: { annuleer?: boolean }) => {
  if (m.annuleer) gestopt = true
})

/**
 * Nothing more to hear: the worker ends by itself once the work after the answer is done (the main
 * thread no longer stops an import's worker that answered). The port must be unref'd for that;
 * removing its listeners alone leaves it holding the thread open.
 */
function klaarMetLuisteren(): void {
  parentPort!.removeAllListeners('message')
  parentPort!.unref()
  for (const werk of naHetAntwoord.splice(0)) werk()
}

installDutchErrors()
run(workerData as AanbiedersJob).then(
  (value) => {
    post({ type: 'klaar', value }, teVerplaatsen(value))
    klaarMetLuisteren()
  },
  (error: unknown) => {
    post(
      error instanceof AppError
        ? { type: 'fout', code: error.code, message: error.message }
        : { type: 'fout', code: 'INTERNAL', message: 'Het verwerken van het bestand is mislukt. Er is niets gewijzigd.' },
    )
    klaarMetLuisteren()
  },
)
