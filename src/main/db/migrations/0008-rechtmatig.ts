import type { Migration } from '../types'
import { backfillGids, CAPTURED_V7, CAPTURED_V8, captureTriggers } from '../capture'

/**
 * wlz-reference.md §14.1: the two decrees of gelijkstelling (Atw art. 3 lid 3) as their titles were
 * read. The source is secondary and the Staatsblad numbers were not found, so every row is stored
 * as not verified; Beheer shows that until someone checks the decree and marks it.
 */
const BRON = 'sterfgeval.nl, 4-10-2025 (secundaire bron die de besluittitel citeert; Staatsblad-nummer niet gevonden)'
const BESLUITEN: Array<{ titel: string; dagen: string[] }> = [
  {
    titel:
      'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    dagen: ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'],
  },
  {
    titel:
      'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    dagen: ['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'],
  },
]

const q = (s: string) => `'${s.replace(/'/g, "''")}'`
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`
const seed = BESLUITEN.flatMap((b) => b.dagen.map((d) => `(${q(d)}, ${q(b.titel)}, ${q(BRON)}, 0, 1, ${NOW}, ${NOW})`)).join(',\n      ')

/**
 * An override belongs to its plan version: once that is vastgesteld, its overrides can be neither
 * added, changed nor removed (the one freeze message, db/freeze.ts; a dossier purge may remove them).
 */
const bevroren = (wanneer: 'INSERT' | 'UPDATE' | 'DELETE', rij: 'NEW' | 'OLD') => /* sql */ `
    CREATE TRIGGER controle_overschrijving_frozen_${wanneer.toLowerCase()} BEFORE ${wanneer} ON controle_overschrijving
    WHEN (SELECT status FROM plan_versie WHERE id = ${rij}.plan_versie_id) = 'vastgesteld'${wanneer === 'DELETE' ? ' AND NOT wlz_purging()' : ''}
    BEGIN SELECT RAISE(ABORT, 'FROZEN: Deze versie is vastgesteld; de overschrijvingen van haar controles veranderen niet meer.'); END;`

/**
 * Issue 12 (rechtmatig tot op de dag). The new tables sync like the rest (gid and capture triggers,
 * db/capture.ts), and plan_versie and brief get their capture triggers again for their new columns.
 * - gelijkgestelde_dag: the days a Koninklijk Besluit equates with a feestdag, a dated table kept
 *   in Beheer (Atw art. 3 lid 3), seeded with the decrees for 2023–2025 and 2026–2028. A decree
 *   equates working days only, so a weekend date is refused here too.
 * - controle_overschrijving: a blocking budget check that could not be judged, let pass by the
 *   adviser with a reason of at least 20 characters (overschrijving.ts); listed in Beheer, audited
 *   by the service, frozen with the vastgesteld version.
 * - plan_versie.budget_cent: the budget op maat of a vastgesteld budgetplan (from 2025: its total),
 *   written in the same statement that sets the version vastgesteld, so it is frozen with it.
 * - brief.budgetplan_versie_id: the vastgesteld budgetplan a pgb toekenning belongs to. The amount
 *   granted and the reason for granting less stay in the letter's gegevens and its archived snapshot.
 */
export const m0008: Migration = {
  version: 8,
  name: 'rechtmatig',
  sql: /* sql */ `
    CREATE TABLE gelijkgestelde_dag (
      id INTEGER PRIMARY KEY,
      gid TEXT,
      datum TEXT NOT NULL UNIQUE CHECK (date(datum) IS datum AND strftime('%w', datum) NOT IN ('0', '6')),
      besluit TEXT NOT NULL CHECK (length(trim(besluit)) BETWEEN 1 AND 300),
      bron TEXT NOT NULL CHECK (length(trim(bron)) BETWEEN 1 AND 300),
      geverifieerd INTEGER NOT NULL DEFAULT 0 CHECK (geverifieerd IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO gelijkgestelde_dag (datum, besluit, bron, geverifieerd, version, created_at, updated_at) VALUES
      ${seed};

    CREATE TABLE controle_overschrijving (
      id INTEGER PRIMARY KEY,
      gid TEXT,
      plan_versie_id INTEGER NOT NULL REFERENCES plan_versie (id),
      code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
      reden TEXT NOT NULL CHECK (length(trim(reden)) BETWEEN 20 AND 2000),
      adviseur_id INTEGER REFERENCES adviseur (id),
      created_at TEXT NOT NULL,
      UNIQUE (plan_versie_id, code)
    ) STRICT;
    CREATE INDEX controle_overschrijving_by_created ON controle_overschrijving (created_at DESC);
    ${bevroren('INSERT', 'NEW')}
    ${bevroren('UPDATE', 'OLD')}
    ${bevroren('DELETE', 'OLD')}

    ALTER TABLE plan_versie ADD COLUMN budget_cent INTEGER CHECK (budget_cent IS NULL OR budget_cent >= 0);

    ALTER TABLE brief ADD COLUMN budgetplan_versie_id INTEGER REFERENCES plan_versie (id);
    CREATE INDEX brief_by_budgetplan ON brief (budgetplan_versie_id) WHERE budgetplan_versie_id IS NOT NULL;
  `,
  after(db) {
    for (const spec of CAPTURED_V8) {
      backfillGids(db, spec)
      db.exec(`CREATE UNIQUE INDEX ${spec.table}_by_gid ON ${spec.table} (gid)`)
      db.exec(captureTriggers(db, spec))
    }
    // New columns must be in the "before" image the capture triggers keep.
    for (const spec of CAPTURED_V7.filter((c) => c.table === 'plan_versie' || c.table === 'brief')) db.exec(captureTriggers(db, spec))
  },
}
