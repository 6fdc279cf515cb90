// The provider register's heavy work, in a worker thread so the window never freezes: reading and
// validating an import file (CSV or XLSX, up to 20 MB / 120,000 rows) and writing an export. The
// database write of an import stays in the main process (one transaction, the unit of work); this
// worker keeps the validated rows and hands them over one chunk at a time, when the write asks.
import { parentPort, workerData } from 'node:worker_threads'
import { installDutchErrors } from '../../../shared/validation/dutchErrors'
import { stelKoppelingVoor } from '../../../shared/domain/aanbieders/importVelden'
import { openDatabase } from '../../db/connection'
import { checkpointWal } from '../../db/longWrite'
import { AppError } from '../../lib/errors'
import type { JobMessage } from '../../lib/workerJob'
import { leesBestand } from './importBestand'
import { valideer } from './importValidatie'
import { aanbiedersExportRepo } from './aanbiedersExport.repo'
import { schrijfExport } from './exportBestand'
import type { AanbiedersJob, AanbiedersBericht, RijenVerzoek } from './aanbiedersJobs'

const post = (m: JobMessage<AanbiedersBericht>, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer)
const bericht = (b: AanbiedersBericht) => post({ type: 'bericht', bericht: b })

async function run(job: AanbiedersJob): Promise<unknown> {
  if (job.type === 'checkpoint') {
    const db = openDatabase(job.file, job.keyHex ? Buffer.from(job.keyHex, 'hex') : null)
    try {
      checkpointWal(db)
      return null
    } finally {
      db.close()
    }
  }
  if (job.type === 'export') {
    const db = openDatabase(job.file, job.keyHex ? Buffer.from(job.keyHex, 'hex') : null, { readonly: true })
    try {
      const repo = aanbiedersExportRepo(db)
      const totaal = repo.count()
      const bytes = await schrijfExport(job.soort, repo.rows(), (klaar) =>
        bericht({ soort: 'voortgang', fase: 'schrijven', klaar, totaal }),
      )
      return { bytes: new Uint8Array(bytes), rijen: totaal }
    } finally {
      db.close()
    }
  }
  const tabel = await leesBestand(job.soort, job.base64, (klaar) => bericht({ soort: 'voortgang', fase: 'lezen', klaar, totaal: 0 }))
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
  if (csvFouten.length) return { fouten: csvFouten, rijen: tabel.rijen.length }
  const totaal = tabel.rijen.length
  const { rijen, fouten } = valideer(tabel, job.koppeling, { pc4: new Set(job.pc4), kvkVanAgb: new Map(job.agb) }, (klaar) =>
    bericht({ soort: 'voortgang', fase: 'controleren', klaar, totaal }),
  )
  if (fouten.length) return { fouten, rijen: totaal }
  // The rows stay here; the main thread asks for the next chunk when it is ready to write it.
  parentPort!.on('message', ({ van, aantal }: RijenVerzoek) =>
    bericht({ soort: 'rijen', van, rijen: rijen.slice(van, van + aantal).map((r) => r.data) }),
  )
  return { fouten: [], rijen: totaal }
}

installDutchErrors()
run(workerData as AanbiedersJob).then(
  (value) => {
    const bytes = (value as { bytes?: Uint8Array }).bytes
    post({ type: 'klaar', value }, bytes ? [bytes.buffer as ArrayBuffer] : [])
  },
  (error: unknown) =>
    post(
      error instanceof AppError
        ? { type: 'fout', code: error.code, message: error.message }
        : { type: 'fout', code: 'INTERNAL', message: 'Het verwerken van het bestand is mislukt. Er is niets gewijzigd.' },
    ),
)
