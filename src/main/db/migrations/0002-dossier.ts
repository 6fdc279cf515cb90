import type { Migration } from '../types'
import { sortKey } from '../../../shared/domain/names'

/**
 * The cliëntdossier: person and address fields, representatives, indicaties, leveringsvormen,
 * contactmomenten, aanvragen and bezwaren, generated and manual tasks, saved caseload views,
 * and the denormalised caseload summary the service keeps on each client row.
 */
export const m0002: Migration = {
  version: 2,
  name: 'dossier',
  sql: /* sql */ `
    ALTER TABLE client ADD COLUMN geslacht TEXT NOT NULL DEFAULT 'onbekend' CHECK (geslacht IN ('onbekend', 'man', 'vrouw'));
    ALTER TABLE client ADD COLUMN naamgebruik TEXT NOT NULL DEFAULT 'eigen' CHECK (naamgebruik IN ('eigen', 'partner', 'partner_eigen', 'eigen_partner'));
    ALTER TABLE client ADD COLUMN partner_voorvoegsel TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN partner_achternaam TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN straat TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN huisnummer TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN huisnummer_toevoeging TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN woonplaats TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN adres_gewijzigd_op TEXT;
    ALTER TABLE client ADD COLUMN telefoon TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN email TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN communicatievoorkeur TEXT NOT NULL DEFAULT 'post' CHECK (communicatievoorkeur IN ('post', 'email', 'telefoon'));
    ALTER TABLE client ADD COLUMN leefeenheid TEXT NOT NULL DEFAULT '9';
    ALTER TABLE client ADD COLUMN geheim INTEGER NOT NULL DEFAULT 0 CHECK (geheim IN (0, 1));
    -- Caseload summary, rewritten by the service in the same transaction as every dossier change.
    ALTER TABLE client ADD COLUMN sort_naam TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN regio_code TEXT;
    ALTER TABLE client ADD COLUMN zorgprofiel TEXT;
    ALTER TABLE client ADD COLUMN indicatie_einde TEXT;
    ALTER TABLE client ADD COLUMN leveringsvorm TEXT;
    ALTER TABLE client ADD COLUMN eerste_deadline TEXT;
    ALTER TABLE client ADD COLUMN open_taken INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE client ADD COLUMN urgent_wachtend INTEGER NOT NULL DEFAULT 0 CHECK (urgent_wachtend IN (0, 1));

    DROP INDEX client_by_name;
    -- The name order, carrying the columns the caseload filters on: a filtered page in name order is
    -- read straight from this index, stopping as soon as the page is full.
    CREATE INDEX client_by_sort_naam ON client (sort_naam, id, adviseur_id, leveringsvorm, zorgprofiel, eerste_deadline, indicatie_einde, urgent_wachtend);
    CREATE INDEX client_by_adviseur_naam ON client (adviseur_id, sort_naam, id);
    -- Sorting on the next deadline puts clients without one last, in both directions; these
    -- expression indexes serve exactly those ORDER BY clauses.
    CREATE INDEX client_by_deadline_asc ON client ((eerste_deadline IS NULL), eerste_deadline, sort_naam, id);
    CREATE INDEX client_by_deadline_desc ON client ((eerste_deadline IS NULL), eerste_deadline DESC, sort_naam, id);
    CREATE INDEX client_by_adviseur_deadline ON client (adviseur_id, (eerste_deadline IS NULL), eerste_deadline, sort_naam, id);
    CREATE INDEX client_overdue ON client (eerste_deadline) WHERE eerste_deadline IS NOT NULL;
    -- Covering indexes for the common caseload filters: filter, then the name order, without table reads.
    CREATE INDEX client_by_postcode ON client (postcode, sort_naam, id);
    CREATE INDEX client_by_leveringsvorm ON client (leveringsvorm, sort_naam, id);
    CREATE INDEX client_by_leveringsvorm_profiel ON client (leveringsvorm, zorgprofiel, sort_naam, id);
    CREATE INDEX client_by_zorgprofiel ON client (zorgprofiel, sort_naam, id);
    CREATE INDEX client_by_geboortedatum ON client (geboortedatum, id);

    -- Name search: trigram index over the normalised name (accent-insensitive, ij = y).
    CREATE VIRTUAL TABLE client_naam_fts USING fts5 (tekst, tokenize = 'trigram', content = '', contentless_delete = 1);
    INSERT INTO client_naam_fts (rowid, tekst) SELECT id, zoeknaam FROM client;

    CREATE TABLE vertegenwoordiger (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      soort_relatie TEXT NOT NULL CHECK (soort_relatie IN ('curator', 'mentor', 'bewindvoerder', 'ouder_voogd', 'partner', 'gemachtigde', 'clientondersteuner', 'huisarts', 'contactpersoon')),
      naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
      organisatie TEXT NOT NULL DEFAULT '',
      straat TEXT NOT NULL DEFAULT '',
      huisnummer TEXT NOT NULL DEFAULT '',
      huisnummer_toevoeging TEXT NOT NULL DEFAULT '',
      postcode TEXT NOT NULL DEFAULT '',
      woonplaats TEXT NOT NULL DEFAULT '',
      telefoon TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      brieven_naar INTEGER NOT NULL DEFAULT 0 CHECK (brieven_naar IN (0, 1)),
      actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX vertegenwoordiger_by_client ON vertegenwoordiger (client_id);
    -- Letters go to one address: at most one active representative receives them.
    CREATE UNIQUE INDEX vertegenwoordiger_one_letter_address ON vertegenwoordiger (client_id) WHERE brieven_naar = 1 AND actief = 1;

    CREATE TABLE indicatie (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      besluitnummer TEXT NOT NULL UNIQUE,
      afgiftedatum TEXT NOT NULL,
      ingangsdatum TEXT NOT NULL,
      einddatum TEXT,
      zorgprofiel TEXT NOT NULL,
      grondslagen TEXT NOT NULL DEFAULT '',
      meerzorg INTEGER NOT NULL DEFAULT 0 CHECK (meerzorg IN (0, 1)),
      opmerking TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (einddatum IS NULL OR einddatum >= ingangsdatum)
    ) STRICT;
    CREATE INDEX indicatie_by_client ON indicatie (client_id, ingangsdatum);

    CREATE TABLE leveringsvorm (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      soort TEXT NOT NULL CHECK (soort IN ('verblijf', 'vpt', 'mpt', 'pgb', 'mpt_pgb', 'dtv')),
      startdatum TEXT NOT NULL,
      einddatum TEXT,
      aanbieder TEXT NOT NULL DEFAULT '',
      met_behandeling INTEGER NOT NULL DEFAULT 0 CHECK (met_behandeling IN (0, 1)),
      etmalen TEXT CHECK (etmalen IS NULL OR etmalen IN ('3.5', '4.0', '4.5')),
      overbrugging INTEGER NOT NULL DEFAULT 0 CHECK (overbrugging IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (einddatum IS NULL OR einddatum >= startdatum),
      CHECK (soort = 'dtv' OR etmalen IS NULL),
      CHECK (soort = 'verblijf' OR met_behandeling = 0)
    ) STRICT;
    CREATE INDEX leveringsvorm_by_client ON leveringsvorm (client_id, startdatum);

    CREATE TABLE contactmoment (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      soort TEXT NOT NULL CHECK (soort IN ('servicegesprek', 'keuzegesprek', 'huisbezoek_fysiek', 'huisbezoek_digitaal', 'telefonisch', 'email', 'overleg')),
      datum TEXT NOT NULL,
      deelnemers TEXT NOT NULL DEFAULT '',
      verslag TEXT NOT NULL DEFAULT '',
      vervolgactie TEXT NOT NULL DEFAULT '',
      adviseur_id INTEGER REFERENCES adviseur (id),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX contactmoment_by_client ON contactmoment (client_id, datum DESC, id DESC);

    CREATE TABLE aanvraag (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      soort TEXT NOT NULL CHECK (soort IN ('pgb', 'vpt', 'mpt', 'mpt_pgb', 'meerzorg', 'overbrugging', 'wijziging', 'overig')),
      ontvangen_op TEXT NOT NULL,
      termijn_weken INTEGER NOT NULL DEFAULT 8 CHECK (termijn_weken BETWEEN 1 AND 52),
      opgeschort_dagen INTEGER NOT NULL DEFAULT 0 CHECK (opgeschort_dagen BETWEEN 0 AND 365),
      verdaagd_tot TEXT,
      besluit_datum TEXT,
      bekendgemaakt_op TEXT,
      uitkomst TEXT CHECK (uitkomst IS NULL OR uitkomst IN ('toegekend', 'deels', 'afgewezen', 'ingetrokken')),
      omschrijving TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (besluit_datum IS NULL OR besluit_datum >= ontvangen_op),
      CHECK (bekendgemaakt_op IS NULL OR (besluit_datum IS NOT NULL AND bekendgemaakt_op >= besluit_datum))
    ) STRICT;
    CREATE INDEX aanvraag_by_client ON aanvraag (client_id, ontvangen_op);

    CREATE TABLE bezwaar (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      aanvraag_id INTEGER REFERENCES aanvraag (id),
      ontvangen_op TEXT NOT NULL,
      besluit_bekendgemaakt_op TEXT NOT NULL,
      adviescommissie INTEGER NOT NULL DEFAULT 0 CHECK (adviescommissie IN (0, 1)),
      verdaging_weken INTEGER NOT NULL DEFAULT 0 CHECK (verdaging_weken BETWEEN 0 AND 6),
      opgeschort_dagen INTEGER NOT NULL DEFAULT 0 CHECK (opgeschort_dagen BETWEEN 0 AND 365),
      beslist_op TEXT,
      omschrijving TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX bezwaar_by_client ON bezwaar (client_id);

    CREATE TABLE taak (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      regel TEXT NOT NULL,
      sleutel TEXT NOT NULL,
      soort TEXT NOT NULL CHECK (soort IN ('actie', 'termijn')),
      titel TEXT NOT NULL,
      toelichting TEXT NOT NULL DEFAULT '',
      artikel TEXT NOT NULL DEFAULT '',
      deadline TEXT NOT NULL,
      vanaf TEXT,
      bron TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'vervallen')),
      afgerond_op TEXT,
      afgerond_door INTEGER REFERENCES adviseur (id),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX taak_by_sleutel ON taak (client_id, sleutel);
    CREATE INDEX taak_open_by_client ON taak (client_id, deadline) WHERE status = 'open';

    -- Who had the dossier when, and why it moved (bulk reassignment when staff leave).
    CREATE TABLE toewijzing (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      van_adviseur_id INTEGER REFERENCES adviseur (id),
      naar_adviseur_id INTEGER NOT NULL REFERENCES adviseur (id),
      reden TEXT NOT NULL,
      door_adviseur_id INTEGER REFERENCES adviseur (id),
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX toewijzing_by_client ON toewijzing (client_id, id);

    CREATE TABLE caseload_view (
      id INTEGER PRIMARY KEY,
      adviseur_id INTEGER NOT NULL REFERENCES adviseur (id),
      naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 60),
      config TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (adviseur_id, naam)
    ) STRICT;
  `,
  after(db) {
    const rows = db.prepare('SELECT id, voornamen, achternaam FROM client').all() as Array<{
      id: number
      voornamen: string
      achternaam: string
    }>
    const set = db.prepare('UPDATE client SET sort_naam = ? WHERE id = ?')
    for (const r of rows) set.run(sortKey(r), r.id)
  },
}
