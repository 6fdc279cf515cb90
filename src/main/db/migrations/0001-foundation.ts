import type { Migration } from '../types'

/** Settings, advisers, the first client slice, reference tables and the append-only audit log. */
export const m0001: Migration = {
  version: 1,
  name: 'foundation',
  sql: /* sql */ `
    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE adviseur (
      id INTEGER PRIMARY KEY,
      naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 120),
      functie TEXT NOT NULL CHECK (length(functie) BETWEEN 1 AND 120),
      afdeling TEXT NOT NULL CHECK (afdeling IN ('klantadvies', 'pgb')),
      regio_code TEXT NOT NULL,
      actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE client (
      id INTEGER PRIMARY KEY,
      bsn TEXT NOT NULL UNIQUE CHECK (length(bsn) = 9),
      voornamen TEXT NOT NULL CHECK (length(voornamen) BETWEEN 1 AND 200),
      voorvoegsel TEXT NOT NULL DEFAULT '',
      achternaam TEXT NOT NULL CHECK (length(achternaam) BETWEEN 1 AND 200),
      geboortedatum TEXT NOT NULL,
      zoeknaam TEXT NOT NULL,
      adviseur_id INTEGER REFERENCES adviseur(id),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX client_by_name ON client (achternaam, voornamen, id);
    CREATE INDEX client_by_adviseur ON client (adviseur_id);

    CREATE TABLE ref_regio (
      zk_code TEXT NOT NULL,
      naam TEXT NOT NULL,
      geldig_vanaf TEXT NOT NULL,
      PRIMARY KEY (zk_code, geldig_vanaf)
    ) STRICT;

    CREATE TABLE ref_gemeente (
      gemeentecode TEXT NOT NULL,
      naam TEXT NOT NULL,
      provincie TEXT NOT NULL,
      zk_code TEXT NOT NULL,
      geldig_vanaf TEXT NOT NULL,
      PRIMARY KEY (gemeentecode, geldig_vanaf)
    ) STRICT;

    CREATE TABLE ref_postcode (
      pc4 TEXT NOT NULL,
      plaats TEXT NOT NULL,
      gemeentecode TEXT NOT NULL,
      lat REAL NOT NULL,
      lon REAL NOT NULL,
      geldig_vanaf TEXT NOT NULL,
      PRIMARY KEY (pc4, geldig_vanaf)
    ) STRICT;

    CREATE TABLE ref_import (
      id INTEGER PRIMARY KEY,
      soort TEXT NOT NULL CHECK (soort IN ('regios', 'gemeenten', 'postcodes')),
      geldig_vanaf TEXT NOT NULL,
      bestandsnaam TEXT NOT NULL,
      rijen INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      adviseur_id INTEGER REFERENCES adviseur(id)
    ) STRICT;

    -- NEN 7513-style access log: event, time, client, user, role, on whose behalf.
    -- Append-only (triggers) and tamper-evident (each row hashes the previous one).
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      event TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('C', 'R', 'U', 'D', 'E')),
      client_id INTEGER,
      user_id INTEGER,
      user_role TEXT,
      on_behalf_of INTEGER,
      details TEXT NOT NULL DEFAULT '{}',
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_by_client ON audit_log (client_id, id);
    CREATE INDEX audit_by_user ON audit_log (user_id, id);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `,
}
