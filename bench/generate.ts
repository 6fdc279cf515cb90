import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createBackend, type Backend } from '../src/main/backend'
import { unprotectedKeyWrapper } from '../src/main/db/keys'
import { fixedClock } from '../src/main/lib/clock'
import { createLogger } from '../src/main/lib/log'
import { referenceDataDir } from '../src/main/lib/referenceDir'
import { REFERENCE_FILES, REFERENCE_VALID_FROM } from '../src/main/features/demo/demo.service'
import { fakePerson, seededRandom } from '../src/main/features/demo/fakeData'
import { searchKey } from '../src/shared/domain/names'
import { testBsns } from '../src/shared/domain/bsn'
import { readFileSync } from 'node:fs'

export const BENCH_TODAY = '2026-11-22'
export const SHARED_DATA = referenceDataDir()
export const INTEGRITY_WORKER = pathToFileURL(resolve('src/main/db/integrity.worker.ts'))
export const BENCH_SENDER = { url: 'http://bench.local/index.html', isMainFrame: true }

export function openBench(dataDir: string): Backend {
  return createBackend({
    dataDir,
    keyWrapper: unprotectedKeyWrapper,
    trustedBases: ['http://bench.local/'],
    integrityWorker: INTEGRITY_WORKER,
    referenceDir: SHARED_DATA,
    clock: fixedClock(BENCH_TODAY),
    log: createLogger(() => {}),
  })
}

/**
 * A seeded, fictitious workstation database with `clients` clients (BSNs from the 99… test
 * range). Inserted in one transaction straight through the repository tables: generating is
 * not what is measured.
 */
export async function generate(clients: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `wlz-bench-${clients}-`))
  const b = openBench(dataDir)
  const s = b.services!
  const db = b.db!
  db.transaction(() => {
    for (const soort of ['regios', 'gemeenten', 'postcodes'] as const) {
      s.referentie.importTable({ soort, geldigVanaf: REFERENCE_VALID_FROM, bestandsnaam: REFERENCE_FILES[soort], inhoud: readFileSync(join(SHARED_DATA, REFERENCE_FILES[soort]), 'utf8') })
    }
    s.profiel.create({ naam: 'Bench Adviseur', functie: 'Klantadviseur', afdeling: 'klantadvies', regioCode: 'ZK02' })
  })()
  const insert = db.prepare(
    `INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, adviseur_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  )
  const random = seededRandom(clients)
  const bsns = testBsns('99')
  const now = new Date(`${BENCH_TODAY}T09:00:00Z`).toISOString()
  db.transaction(() => {
    for (let i = 0; i < clients; i++) {
      const p = fakePerson(random, BENCH_TODAY)
      insert.run(bsns.next().value, p.voornamen, p.voorvoegsel, p.achternaam, p.geboortedatum, searchKey(`${p.voornamen} ${p.voorvoegsel} ${p.achternaam}`), now, now)
    }
  })()
  await b.integrityDone
  b.close()
  return dataDir
}
