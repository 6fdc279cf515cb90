import type { Migration } from '../types'

/** Seed amounts from domain/wlz-reference.md §4.6 and §5.2, with their sources. Cents. */
const TARIEVEN: Array<[vanaf: string, informeel: number, formeel: number, dagdeel: number, bron: string]> = [
  ['2019-01-01', 2000, 6300, 5800, 'pgb.nl, slim lijstje 2020'],
  ['2020-07-01', 2073, 6529, 6011, 'pgb.nl; medicalfacts.nl 2020-06-09'],
  ['2021-01-01', 2114, 6660, 6132, 'pgb.nl, nieuwe tarieven 2021'],
  ['2023-01-01', 2298, 7239, 6664, 'Menzis / VGZ / rpsw.nl'],
  ['2024-01-01', 2444, 7700, 7088, 'Menzis en VGZ zorgkantoor, maximumtarief pgb'],
]
const WOONINITIATIEF: Array<[vanaf: string, cent: number, geverifieerd: 0 | 1, bron: string]> = [
  ['2017-01-01', 410_200, 1, 'pgb.nl'],
  ['2019-01-01', 440_000, 1, 'Zilveren Kruis'],
  ['2022-01-01', 472_400, 1, 'VGZ zorgkantoren'],
  ['2023-01-01', 500_700, 1, 'VGZ zorgkantoren'],
  ['2024-01-01', 540_100, 0, 'VGZ € 5.401; rpsw.nl € 5.326 — bronnen spreken elkaar tegen'],
]

const q = (s: string) => `'${s.replace(/'/g, "''")}'`
const seed = [
  ...TARIEVEN.flatMap(([vanaf, inf, form, dag, bron]) => [
    ['max_tarief_informeel_uur', vanaf, inf, 1, bron],
    ['max_tarief_formeel_uur', vanaf, form, 1, bron],
    ['max_tarief_dagdeel', vanaf, dag, 1, bron],
  ]),
  ...WOONINITIATIEF.map(([vanaf, cent, ok, bron]) => ['toeslag_wooninitiatief_jaar', vanaf, cent, ok, bron]),
]
  .map(
    ([soort, vanaf, cent, ok, bron]) =>
      `(${q(String(soort))}, '', ${q(String(vanaf))}, ${cent}, ${ok}, ${q(String(bron))}, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  )
  .join(',\n      ')

/**
 * Zorgplannen and pgb-budgetplannen with their versions, and the dated reference amounts (maximum
 * tariffs, budgets per zorgprofiel, toeslagen) the cost checks use. A vastgesteld version can
 * neither change nor disappear: the triggers refuse it even if a service would try.
 */
export const m0003: Migration = {
  version: 3,
  name: 'plannen',
  sql: /* sql */ `
    CREATE TABLE plan (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      soort TEXT NOT NULL CHECK (soort IN ('zorgplan', 'budgetplan')),
      titel TEXT NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
      sjabloon TEXT NOT NULL DEFAULT '',
      created_by INTEGER REFERENCES adviseur (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX plan_by_client ON plan (client_id);
    CREATE INDEX plan_by_updated ON plan (updated_at DESC);

    CREATE TABLE plan_versie (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plan (id),
      nummer INTEGER NOT NULL CHECK (nummer >= 1),
      status TEXT NOT NULL CHECK (status IN ('concept', 'besproken', 'vastgesteld')),
      -- The whole plan content as JSON, validated by the service with the shared zod schema.
      inhoud TEXT NOT NULL CHECK (json_valid(inhoud) AND length(inhoud) <= 4000000),
      -- Bumped on every save: the autosave acknowledgement and the conflict check between windows.
      revisie INTEGER NOT NULL DEFAULT 1,
      -- The check results as they were at vaststellen, kept with the version.
      controles TEXT CHECK (controles IS NULL OR json_valid(controles)),
      volgende_evaluatie TEXT,
      opgeslagen_op TEXT NOT NULL,
      besproken_op TEXT,
      vastgesteld_op TEXT,
      vastgesteld_door INTEGER REFERENCES adviseur (id),
      created_at TEXT NOT NULL,
      UNIQUE (plan_id, nummer)
    ) STRICT;
    -- At most one version per plan is still open for editing.
    CREATE UNIQUE INDEX plan_versie_one_open ON plan_versie (plan_id) WHERE status <> 'vastgesteld';
    CREATE TRIGGER plan_versie_vastgesteld_immutable BEFORE UPDATE ON plan_versie WHEN OLD.status = 'vastgesteld'
    BEGIN SELECT RAISE(ABORT, 'VASTGESTELD_IMMUTABLE'); END;
    CREATE TRIGGER plan_versie_vastgesteld_no_delete BEFORE DELETE ON plan_versie WHEN OLD.status = 'vastgesteld'
    BEGIN SELECT RAISE(ABORT, 'VASTGESTELD_IMMUTABLE'); END;

    CREATE TABLE referentiebedrag (
      id INTEGER PRIMARY KEY,
      soort TEXT NOT NULL CHECK (soort IN ('max_tarief_formeel_uur', 'max_tarief_informeel_uur', 'max_tarief_dagdeel', 'pgb_budget_jaar', 'verblijf_kosten_jaar', 'toeslag_wooninitiatief_jaar')),
      sleutel TEXT NOT NULL DEFAULT '',
      geldig_vanaf TEXT NOT NULL,
      bedrag_cent INTEGER NOT NULL CHECK (bedrag_cent > 0),
      geverifieerd INTEGER NOT NULL DEFAULT 0 CHECK (geverifieerd IN (0, 1)),
      bron TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (soort, sleutel, geldig_vanaf)
    ) STRICT;
    INSERT INTO referentiebedrag (soort, sleutel, geldig_vanaf, bedrag_cent, geverifieerd, bron, version, created_at, updated_at) VALUES
      ${seed};
  `,
}
