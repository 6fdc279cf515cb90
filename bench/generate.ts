import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createBackend, type Backend, type BackendOptions } from '../src/main/backend'
import { unprotectedKeyWrapper } from '../src/main/db/keys'
import { optimiseNameIndexes } from '../src/main/db/nameIndexes'
import { fixedClock } from '../src/main/lib/clock'
import { createLogger } from '../src/main/lib/log'
import { referenceDataDir } from '../src/main/lib/referenceDir'
import { REFERENCE_FILES, REFERENCE_VALID_FROM } from '../src/main/features/demo/demo.service'
import { fakeAdres, fakePerson, fakeVerslag, pick, seededRandom } from '../src/main/features/demo/fakeData'
import { searchKey, sortKey } from '../src/shared/domain/names'
import { testBsns } from '../src/shared/domain/bsn'
import { addDays } from '../src/shared/domain/dates'
import { ZORGPROFIELEN } from '../src/shared/domain/zorgprofielen'
import { CONTACT_SOORTEN } from '../src/shared/domain/codes'

export const BENCH_TODAY = '2026-11-22'
export const SHARED_DATA = referenceDataDir()
export const INTEGRITY_WORKER = pathToFileURL(resolve('src/main/db/integrity.worker.ts'))
export const BENCH_SENDER = { url: 'http://bench.local/index.html', isMainFrame: true }
export const ADVISEURS = 100

/** The bench workstation's PIN (fictitious): every set-up workstation has one and starts locked. */
export const BENCH_PIN = '482913'

/** Unlocks a bench workstation through the route, as the adviser does after a start. */
export async function unlockBench(b: Backend): Promise<void> {
  const r = await b.dispatch(BENCH_SENDER, 'werkplek.slot.ontgrendelen', { pincode: BENCH_PIN })
  if (!r.ok) throw new Error(`unlock: ${r.error.message}`)
}

export function openBench(dataDir: string, extra: Partial<BackendOptions> = {}): Backend {
  return createBackend({
    dataDir,
    keyWrapper: unprotectedKeyWrapper,
    trustedBases: ['http://bench.local/'],
    integrityWorker: INTEGRITY_WORKER,
    referenceDir: SHARED_DATA,
    clock: fixedClock(BENCH_TODAY),
    log: createLogger(() => {}),
    backgroundRefresh: false,
    autoBackup: false,
    ...extra,
  })
}

/**
 * A seeded, fictitious workstation: `clients` clients (BSNs from the 99… test range) spread over
 * 100 advisers, ~90% with an indicatie and a leveringsvorm, five contactmomenten each, and the
 * tasks the real rules derive plus some manual ones (~3 per client). Rows are inserted straight into the tables —
 * generating is not what is measured — and then every dossier runs through the task rules.
 */
export async function generate(clients: number): Promise<{ dir: string; seconds: number }> {
  const started = performance.now()
  const dir = mkdtempSync(join(tmpdir(), `wlz-bench-${clients}-`))
  const b = openBench(dir)
  const s = b.services!
  const db = b.db!
  db.transaction(() => {
    for (const soort of ['regios', 'gemeenten', 'postcodes'] as const) {
      s.referentie.importTable({
        soort,
        geldigVanaf: REFERENCE_VALID_FROM,
        bestandsnaam: REFERENCE_FILES[soort],
        inhoud: readFileSync(join(SHARED_DATA, REFERENCE_FILES[soort]), 'utf8'),
      })
    }
    s.profiel.create({ naam: 'Bench Adviseur 1', functie: 'Klantadviseur', afdeling: 'klantadvies', regioCode: 'ZK02' })
    for (let a = 2; a <= ADVISEURS; a++)
      s.profiel.createColleague({
        naam: `Bench Adviseur ${a}`,
        functie: 'Klantadviseur',
        afdeling: a % 3 ? 'klantadvies' : 'pgb',
        regioCode: 'ZK02',
      })
  })()
  // A set-up workstation answers nothing until it has a PIN (werkplek.service.ts).
  await s.werkplek.slot.set({ pincode: BENCH_PIN })
  const pc4s = db
    .prepare("SELECT p.pc4, p.plaats FROM ref_postcode p JOIN ref_gemeente g USING (gemeentecode) WHERE g.zk_code = 'ZK02'")
    .all() as Array<{ pc4: string; plaats: string }>
  const elsewhere = db.prepare('SELECT pc4, plaats FROM ref_postcode').all() as Array<{ pc4: string; plaats: string }>
  const regioOf = (postcode: string) => s.referentie.repo.regioOfPostcode(postcode, BENCH_TODAY)
  const now = `${BENCH_TODAY}T09:00:00.000Z`
  const client = db.prepare(
    `INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, sort_naam, adviseur_id, straat, huisnummer,
       postcode, woonplaats, regio_code, adres_gewijzigd_op, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const fts = db.prepare('INSERT INTO client_naam_fts (rowid, tekst) VALUES (?, ?)')
  const indicatie = db.prepare(
    `INSERT INTO indicatie (client_id, besluitnummer, afgiftedatum, ingangsdatum, einddatum, zorgprofiel, grondslagen, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '01', ?, ?)`,
  )
  const lv = db.prepare(
    `INSERT INTO leveringsvorm (client_id, soort, startdatum, aanbieder, created_at, updated_at) VALUES (?, ?, ?, 'Bench Zorg (fictief)', ?, ?)`,
  )
  const manual = db.prepare(
    `INSERT INTO taak (client_id, regel, sleutel, soort, titel, deadline, status, created_at, updated_at) VALUES (?, 'handmatig', ?, 'actie', 'Terugbellen (bench)', ?, 'open', ?, ?)`,
  )
  // One waiting-list location: about 1% of the clients wait urgently, 2% long ("urgent wachtend" signal).
  const aanbieder = db
    .prepare(`INSERT INTO aanbieder (naam, kvk, created_at, updated_at) VALUES ('Bench Zorg (fictief)', '99999999', ?, ?)`)
    .run(now, now).lastInsertRowid
  const locatie = db
    .prepare(
      `INSERT INTO locatie (aanbieder_id, naam, vestigingsnummer, postcode, pc4, zorgprofielen, created_at, updated_at)
       VALUES (?, 'Huize Bench (fictief)', '000099999999', '1011 AB', '1011', '|754|', ?, ?)`,
    )
    .run(aanbieder, now, now).lastInsertRowid
  const wacht = db.prepare(
    `INSERT INTO wachtlijst (client_id, locatie_id, wachtstatus, sinds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const contact = db.prepare(
    `INSERT INTO contactmoment (client_id, soort, datum, deelnemers, verslag, adviseur_id, created_at, updated_at) VALUES (?, ?, ?, 'Cliënt', ?, ?, ?, ?)`,
  )
  const r = seededRandom(clients)
  const bsns = testBsns('99')
  const profielen = ZORGPROFIELEN.filter((z) => z.actueel)
  const ids: number[] = []
  db.transaction(() => {
    for (let i = 0; i < clients; i++) {
      const p = fakePerson(r, BENCH_TODAY)
      const adres = fakeAdres(r, r() < 0.03 ? pick(r, elsewhere) : pick(r, pc4s))
      const zoek = searchKey(`${p.voornamen} ${p.voorvoegsel} ${p.achternaam}`)
      const adviseur = 1 + Math.floor(r() * ADVISEURS)
      const id = Number(
        client.run(
          bsns.next().value,
          p.voornamen,
          p.voorvoegsel,
          p.achternaam,
          p.geboortedatum,
          zoek,
          sortKey(p),
          adviseur,
          adres.straat,
          adres.huisnummer,
          adres.postcode,
          adres.woonplaats,
          regioOf(adres.postcode),
          addDays(BENCH_TODAY, -400),
          now,
          now,
        ).lastInsertRowid,
      )
      fts.run(id, zoek)
      ids.push(id)
      if (r() < 0.9) {
        const z = pick(r, profielen)
        const ingang = addDays(BENCH_TODAY, -Math.floor(r() * 1500) - 10)
        indicatie.run(
          id,
          String(3000000000 + id),
          addDays(ingang, -7),
          ingang,
          z.maxMaanden ? addDays(ingang, z.maxMaanden * 30) : null,
          z.code,
          now,
          now,
        )
        if (r() < 0.95)
          lv.run(
            id,
            pick(r, z.pgb ? ['verblijf', 'vpt', 'mpt', 'pgb'] : ['verblijf', 'vpt', 'mpt']),
            addDays(ingang, Math.floor(r() * 10)),
            now,
            now,
          )
      }
      if (r() < 0.5) manual.run(id, `handmatig:bench:${id}`, addDays(BENCH_TODAY, Math.floor(r() * 120) - 60), now, now)
      // From the id, not the seeded generator, so every other value stays as it was.
      if (id % 97 === 0) wacht.run(id, locatie, 'urgent_plaatsen', addDays(BENCH_TODAY, -20), now, now)
      else if (id % 53 === 0) wacht.run(id, locatie, 'actief_plaatsen', addDays(BENCH_TODAY, -400), now, now)
      for (let c = 0; c < 5; c++)
        contact.run(id, pick(r, CONTACT_SOORTEN), addDays(BENCH_TODAY, -Math.floor(r() * 700)), fakeVerslag(r), adviseur, now, now)
    }
  })()
  for (let i = 0; i < ids.length; i += 2000) {
    db.transaction(() => ids.slice(i, i + 2000).forEach((id) => s.sync.sync(id)))()
  }
  // As in a real caseload (and the demo), work that fell due weeks ago was done back then.
  const closed = db
    .prepare(
      `UPDATE taak SET status = 'gedaan', afgerond_op = deadline || 'T09:00:00.000Z' WHERE status = 'open' AND soort = 'actie' AND deadline < ? RETURNING client_id`,
    )
    .pluck()
    .all(addDays(BENCH_TODAY, -14)) as number[]
  const touched = [...new Set(closed)]
  for (let i = 0; i < touched.length; i += 2000) {
    db.transaction(() => touched.slice(i, i + 2000).forEach((id) => s.sync.sync(id)))()
  }
  // As after a teamserver's first pull: a bulk load ends with its name indexes merged.
  db.transaction(() => optimiseNameIndexes(db))()
  await b.integrityDone
  b.close()
  return { dir, seconds: Math.round((performance.now() - started) / 100) / 10 }
}

/** The four-digit postcodes of the reference table (../shared/data), for locations spread over the country. */
export function pc4Codes(): string[] {
  return readFileSync(join(SHARED_DATA, 'pc4_nl.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.slice(0, 4))
}
