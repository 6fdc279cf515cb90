// The provider register's heavy work, in a worker thread so the window never freezes: reading and
// validating an import file (CSV or XLSX, up to 20 MB / 120,000 rows) and writing an export. The
// database write of an import stays in the main process (one transaction, the unit of work); this
// worker checks the rows a slice at a time and hands the checked ones over one chunk at a time, when
// the write asks: checking and writing overlap instead of one waiting for the other.
import { parentPort, workerData } from 'node:worker_threads'
import { installDutchErrors } from '../../../shared/validation/dutchErrors'
import { stelKoppelingVoor } from '../../../shared/domain/aanbieders/importVelden'
import { openDatabase } from '../../db/connection'
import { checkpointWal } from '../../db/longWrite'
import { AppError } from '../../lib/errors'
import type { JobMessage } from '../../lib/workerJob'
import { leesBestand, type Tabel } from './importBestand'
import { maakValidator, type Validator } from './importValidatie'
import { aanbiedersExportRepo } from './aanbiedersExport.repo'
import { schrijfExport } from './exportBestand'
import type { AanbiedersJob, AanbiedersBericht, RijenVerzoek } from './aanbiedersJobs'

const post = (m: JobMessage<AanbiedersBericht>) => parentPort!.postMessage(m)
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
      // Base64 here, not on the main thread: for 120,000 rows that is a 15 MB string.
      return { base64: bytes.toString('base64'), rijen: totaal }
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
  const v = maakValidator(job.koppeling, { pc4: new Set(job.pc4), kvkVanAgb: new Map(job.agb) })
  if (v.vol()) return { fouten: v.fouten, rijen: totaal }
  bedien(tabel.rijen, v)
  // The file is readable: the write may start; the rows follow as they are checked.
  return { fouten: [], rijen: totaal }
}

/** Rows checked between two looks at the main thread's requests (a few milliseconds of work). */
const PER_PLAK = 1000

/**
 * Checks the rows a slice at a time and answers the write's requests in between: a chunk once its
 * rows are checked and all is well so far, or, once any row failed, every error of the whole file
 * (all or nothing: the write then rolls back what it wrote).
 */
function bedien(invoer: Tabel['rijen'], v: Validator): void {
  let gecontroleerd = 0
  const wachtend: RijenVerzoek[] = []
  const klaar = () => gecontroleerd >= invoer.length || v.vol()
  const beantwoord = () => {
    while (wachtend.length) {
      const { van, aantal } = wachtend[0]!
      if (v.fouten.length) {
        if (!klaar()) return
        bericht({ soort: 'rijen', van, rijen: [], fouten: v.fouten })
      } else if (gecontroleerd >= Math.min(van + aantal, invoer.length))
        bericht({ soort: 'rijen', van, rijen: v.rijen.slice(van, van + aantal).map((r) => r.data) })
      else return
      wachtend.shift()
    }
  }
  parentPort!.on('message', (verzoek: RijenVerzoek) => {
    wachtend.push(verzoek)
    beantwoord()
  })
  const plak = () => {
    v.controleer(invoer.slice(gecontroleerd, gecontroleerd + PER_PLAK))
    gecontroleerd += PER_PLAK
    beantwoord()
    if (!klaar()) setImmediate(plak)
  }
  setImmediate(plak)
}

installDutchErrors()
run(workerData as AanbiedersJob).then(
  (value) => post({ type: 'klaar', value }),
  (error: unknown) =>
    post(
      error instanceof AppError
        ? { type: 'fout', code: error.code, message: error.message }
        : { type: 'fout', code: 'INTERNAL', message: 'Het verwerken van het bestand is mislukt. Er is niets gewijzigd.' },
    ),
)
