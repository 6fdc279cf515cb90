import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { openDatabase } from '../src/main/db/connection'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import type { Db } from '../src/main/db/types'
import { tempDir, testBackend } from './helpers/backend'
import { loadOrCreateKey, unprotectedKeyWrapper } from '../src/main/db/keys'
import { DATABASE_FILE } from '../src/main/lib/paths'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const T = "'2026-01-05T10:00:00.000Z'"

/**
 * What a database holds at each schema version, written with that version's own SQL: the rows a
 * real workstation would have had when the next migration arrived. Each new migration needs an
 * entry for the version before it (the test below checks that), so no upgrade ships untried.
 */
const FILL: Record<number, (db: Db) => void> = {
  1: (db) =>
    db.exec(`
      INSERT INTO adviseur (naam, functie, afdeling, regio_code, created_at) VALUES ('Adviseur Een', 'Klantadviseur', 'klantadvies', 'ZK02', ${T});
      INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, adviseur_id, created_at, updated_at)
        VALUES ('999996708', 'Renée', 'van der', 'Müller', '1944-04-04', 'renee van der muller', 1, ${T}, ${T});
      INSERT INTO ref_regio (zk_code, naam, geldig_vanaf) VALUES ('ZK02', 'Proefregio', '2025-01-01');
      INSERT INTO audit_log (at, event, action, client_id, details, prev_hash, hash) VALUES (${T}, 'client.create', 'C', 1, '{}', '0', 'h1');`),
  2: (db) =>
    db.exec(`
      UPDATE client SET straat = 'Voorbeeldlaan', huisnummer = '12', postcode = '1011 AB', woonplaats = 'Amsterdam' WHERE id = 1;
      INSERT INTO indicatie (client_id, besluitnummer, afgiftedatum, ingangsdatum, zorgprofiel, created_at, updated_at)
        VALUES (1, '2026000001', '2026-01-02', '2026-01-03', '754', ${T}, ${T});
      INSERT INTO leveringsvorm (client_id, soort, startdatum, created_at, updated_at) VALUES (1, 'pgb', '2026-01-03', ${T}, ${T});
      INSERT INTO contactmoment (client_id, soort, datum, verslag, created_at, updated_at) VALUES (1, 'telefonisch', '2026-01-04', 'Gebeld', ${T}, ${T});
      INSERT INTO taak (client_id, regel, sleutel, soort, titel, deadline, created_at, updated_at)
        VALUES (1, 'handmatig', 'handmatig:1', 'actie', 'Terugbellen', '2026-02-01', ${T}, ${T});`),
  3: (db) =>
    db.exec(`
      INSERT INTO plan (client_id, soort, titel, created_at, updated_at) VALUES (1, 'zorgplan', 'Zorgplan', ${T}, ${T});
      INSERT INTO plan_versie (plan_id, nummer, status, inhoud, opgeslagen_op, vastgesteld_op, created_at)
        VALUES (1, 1, 'vastgesteld', '{}', ${T}, ${T}, ${T});`),
  4: (db) =>
    db.exec(`
      INSERT INTO brief (client_id, soort, status, gegevens, vrije_tekst, kenmerk, datum, created_at, updated_at)
        VALUES (1, 'pgb_afwijzing', 'definitief', '{}', '{}', 'BR-2026-000001', '2026-01-05', ${T}, ${T});
      INSERT INTO brief_archief (brief_id, kenmerk, template_versie, snapshot, pdf, sha256, definitief_op)
        VALUES (1, 'BR-2026-000001', 1, '{}', x'25504446', '${'a'.repeat(64)}', ${T});`),
  5: (db) =>
    db.exec(`
      INSERT INTO aanbieder (naam, kvk, created_at, updated_at) VALUES ('Zorggroep Proef (fictief)', '12345678', ${T}, ${T});
      INSERT INTO locatie (aanbieder_id, naam, vestigingsnummer, postcode, pc4, zorgprofielen, created_at, updated_at)
        VALUES (1, 'Huize Proef', '000012345678', '1011 AB', '1011', '|754|', ${T}, ${T});
      INSERT INTO wachtlijst (client_id, locatie_id, wachtstatus, sinds, created_at, updated_at) VALUES (1, 1, 'actief_plaatsen', '2026-01-05', ${T}, ${T});
      INSERT INTO wachttijd (locatie_id, zorgprofiel, weken, bijgewerkt_op) VALUES (1, '754', 12, '2026-01-05');`),
  6: (db) =>
    db.exec(`
      INSERT INTO brief_verzending (brief_id, verzonden_op, vastgelegd_op) VALUES (1, '2026-01-06', ${T});
      INSERT INTO contactmoment (client_id, soort, datum, verslag, created_at, updated_at) VALUES (1, 'email', '2026-01-06', 'Gemaild', ${T}, ${T});`),
  7: (db) =>
    db.exec(`
      INSERT INTO huisbezoek (client_id, device_id, device_naam, adviseur_id, sinds) VALUES (1, '01900000-0000-7000-8000-000000000001', 'Laptop', 1, ${T});
      INSERT INTO outbox (change_id, entity, gid, op, fields, at) VALUES ('01900000-0000-7000-8000-000000000002', 'client', (SELECT gid FROM client WHERE id = 1), 'upsert', '{}', ${T});`),
  8: (db) =>
    db.exec(`
      INSERT INTO gelijkgestelde_dag (datum, besluit, bron, created_at, updated_at) VALUES ('2029-05-11', 'Besluit gelijkstelling (test)', 'test', ${T}, ${T});`),
  9: (db) =>
    db.exec(`
      -- A client living outside the adviser's region (ZK02): migration 10 stores that as buiten_regio.
      INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, sort_naam, adviseur_id, postcode, regio_code, created_at, updated_at)
        VALUES ('999911120', 'Jan', 'van', 'Dijk', '1950-02-03', 'jan van dyk', 'dyk jan', 1, '9711 AA', 'ZK99', ${T}, ${T});
      INSERT INTO client_naam_fts (rowid, tekst) VALUES (2, 'jan van dyk');`),
  10: (db) =>
    db.exec(`
      -- A pgb client with a deadline: migration 11 indexes the leveringsvorm in deadline order.
      UPDATE client SET leveringsvorm = 'pgb', eerste_deadline = '2030-02-01' WHERE id = 2;`),
  11: (db) =>
    db.exec(`
      -- A second wachttijd, given its gid by the trigger as it was: migration 12 makes that trigger again.
      INSERT INTO wachttijd (locatie_id, zorgprofiel, weken, bijgewerkt_op) VALUES (1, '756', 8, '2026-01-07');`),
  12: (db) =>
    db.exec(`
      -- A namesake of client 2: migration 13 numbers both in name order, in one bucket.
      INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, sort_naam, adviseur_id, postcode, regio_code, created_at, updated_at)
        VALUES ('999990019', 'Jan', 'van', 'Dijk', '1961-07-08', 'jan van dyk', 'dyk jan', 1, '1011 AB', 'ZK02', ${T}, ${T});
      INSERT INTO client_naam_fts (rowid, tekst) VALUES (3, 'jan van dyk');`),
  13: (db) =>
    db.exec(`
      -- The namesake gets a leveringsvorm: migration 14 puts it in the rang index with the name.
      UPDATE client SET leveringsvorm = 'vpt' WHERE id = 3;`),
  14: (db) =>
    db.exec(`
      -- Two sets of reference data: migration 15 indexes them on their date.
      INSERT INTO ref_gemeente (gemeentecode, naam, provincie, zk_code, geldig_vanaf) VALUES
        ('0363', 'Amsterdam', 'Noord-Holland', 'ZK02', '2025-01-01'), ('0363', 'Amsterdam', 'Noord-Holland', 'ZK02', '2026-01-01');
      INSERT INTO ref_postcode (pc4, plaats, gemeentecode, lat, lon, geldig_vanaf) VALUES
        ('1011', 'Amsterdam', '0363', 52.37, 4.90, '2025-01-01'), ('1011', 'Amsterdam', '0363', 52.37, 4.90, '2026-01-01');`),
}

/** The tables whose rows every later version must keep. */
const CHECKED = [
  'adviseur',
  'client',
  'audit_log',
  'indicatie',
  'leveringsvorm',
  'contactmoment',
  'taak',
  'plan_versie',
  'brief_archief',
  'brief_verzending',
  'wachtlijst',
  'wachttijd',
  'huisbezoek',
  'outbox',
  'gelijkgestelde_dag',
  'ref_gemeente',
  'ref_postcode',
]
const rowsOf = (db: Db, table: string) => db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>

describe('upgrade of a filled database, one migration at a time', () => {
  it('has a fill for the version before every migration', () => {
    expect(Object.keys(FILL).map(Number)).toEqual(migrations.slice(0, -1).map((m) => m.version))
  })

  it.each(migrations.slice(1).map((m) => m.version))('migration %i keeps everything that was there before it', (version) => {
    const dir = tempDir()
    dirs.push(dir)
    const db = openDatabase(join(dir, 'upgrade.db'), null)
    try {
      // Build the database as it was just before this migration, filled as each earlier version wrote it.
      for (let v = 1; v < version; v++) {
        migrate(db, migrations.slice(0, v))
        FILL[v]!(db)
      }
      const tables = CHECKED.filter((t) => db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = ?`).get(t))
      const before = Object.fromEntries(tables.map((t) => [t, rowsOf(db, t)]))
      expect(tables.reduce((n, t) => n + before[t]!.length, 0)).toBeGreaterThan(0)
      expect(migrate(db, migrations.slice(0, version))).toEqual({ from: version - 1, to: version })
      for (const t of tables) {
        const after = rowsOf(db, t)
        expect(after.length, t).toBe(before[t]!.length)
        // Every column that existed keeps its value; new columns may be added.
        after.forEach((row, i) => expect(row).toMatchObject(before[t]![i]!))
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
    } finally {
      db.close()
    }
  })

  it('opens a database filled by every version in the app and shows the dossier', async () => {
    const dir = tempDir()
    const key = loadOrCreateKey(dir, unprotectedKeyWrapper)
    const db = openDatabase(join(dir, DATABASE_FILE), key)
    for (let v = 1; v < migrations.length; v++) {
      migrate(db, migrations.slice(0, v))
      FILL[v]!(db)
    }
    db.close()
    // The app opens that file with its key and brings it to the latest version.
    const b = testBackend({ dataDir: dir })
    try {
      expect(b.db!.pragma('user_version', { simple: true })).toBe(migrations.length)
      const dossier = await b.ok('dossier.get', { clientId: 1 })
      expect(dossier.client.naam).toContain('Müller')
      // Postcode 1011 → gemeente through the reference set of the day (indexed on its date by migration 15).
      expect(dossier.client.gemeente).toBe('Amsterdam')
      expect(dossier.indicaties.map((i) => i.zorgprofiel)).toEqual(['754'])
      const caseload = await b.ok('caseload.query', {
        zoek: 'muller',
        filter: { adviseur: 'alle' },
        sort: { kolom: 'naam', richting: 'asc' },
        offset: 0,
        limit: 10,
      })
      expect(caseload.rows.map((r) => r.id)).toEqual([1])
      // Both namesakes, in name order (then id), both ways.
      for (const [richting, ids] of [
        ['asc', [2, 3]],
        ['desc', [3, 2]],
      ] as const) {
        const dyk = await b.ok('caseload.query', { zoek: 'van dyk', filter: { adviseur: 'alle' }, sort: { kolom: 'naam', richting } })
        expect(dyk.rows.map((r) => r.id)).toEqual(ids)
      }
      for (const [richting, ids] of [
        ['asc', [2, 3]],
        ['desc', [3, 2]],
      ] as const) {
        const dyk = await b.ok('caseload.query', {
          zoek: 'van dyk',
          filter: { adviseur: 'alle' },
          sort: { kolom: 'leveringsvorm', richting },
        })
        expect(dyk.rows.map((r) => [r.id, r.leveringsvorm])).toEqual(ids.map((id) => [id, id === 2 ? 'pgb' : 'vpt']))
      }
      const buiten = await b.ok('caseload.query', { filter: { adviseur: 'alle', signalen: ['buiten_regio'] } })
      expect(buiten.rows.map((r) => [r.id, r.signalen])).toEqual([[2, ['buiten_regio']]])
      const pgb = await b.ok('caseload.query', {
        filter: { adviseur: 'alle', leveringsvormen: ['pgb'] },
        sort: { kolom: 'deadline', richting: 'desc' },
      })
      expect(pgb.rows.map((r) => [r.id, r.eersteDeadline])).toEqual([[2, '2030-02-01']])
    } finally {
      b.dispose()
    }
  })
})
