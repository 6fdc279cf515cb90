import type { Migration } from '../types'

const frozen = (table: string, when: string, message: string) => /* sql */ `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}${when ? ` WHEN ${when}` : ''}
    BEGIN SELECT RAISE(ABORT, '${message}'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}${when ? ` WHEN ${when}` : ''}
    BEGIN SELECT RAISE(ABORT, '${message}'); END;`

/**
 * Letters and beschikkingen. A concept can be edited; a finalised letter is frozen by triggers,
 * whatever the code above does: its row, its archive (PDF bytes, SHA-256, template version, data
 * snapshot, kenmerk) and its registered verzenddatum can be neither updated nor deleted. A
 * correction is a new letter that points at the old one. Batches group letters for one print run.
 */
export const m0004: Migration = {
  version: 4,
  name: 'brieven',
  sql: /* sql */ `
    CREATE TABLE brief_batch (
      id INTEGER PRIMARY KEY,
      naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 120),
      soort TEXT NOT NULL,
      adviseur_id INTEGER REFERENCES adviseur (id),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE brief (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      soort TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'definitief')),
      gegevens TEXT NOT NULL,
      vrije_tekst TEXT NOT NULL,
      corrigeert_id INTEGER REFERENCES brief (id),
      batch_id INTEGER REFERENCES brief_batch (id),
      kenmerk TEXT UNIQUE,
      datum TEXT,
      adviseur_id INTEGER REFERENCES adviseur (id),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (status = 'concept' OR (kenmerk IS NOT NULL AND datum IS NOT NULL))
    ) STRICT;
    CREATE INDEX brief_by_client ON brief (client_id, id);
    CREATE INDEX brief_by_batch ON brief (batch_id, id) WHERE batch_id IS NOT NULL;
    -- One correction per letter; a correction of the correction points at the correction.
    CREATE UNIQUE INDEX brief_one_correction ON brief (corrigeert_id) WHERE corrigeert_id IS NOT NULL;
    ${frozen('brief', `OLD.status = 'definitief'`, 'Deze brief is definitief en kan niet meer worden gewijzigd of verwijderd.')}

    CREATE TABLE brief_archief (
      brief_id INTEGER PRIMARY KEY REFERENCES brief (id),
      kenmerk TEXT NOT NULL UNIQUE,
      template_versie INTEGER NOT NULL,
      snapshot TEXT NOT NULL,
      pdf BLOB NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      definitief_op TEXT NOT NULL,
      definitief_door INTEGER REFERENCES adviseur (id)
    ) STRICT;
    ${frozen('brief_archief', '', 'Het archief van een definitieve brief kan niet worden gewijzigd of verwijderd.')}

    -- Registering the verzenddatum starts the bezwaartermijn (Awb 6:7, 6:8); it is recorded once.
    CREATE TABLE brief_verzending (
      brief_id INTEGER PRIMARY KEY REFERENCES brief (id),
      verzonden_op TEXT NOT NULL,
      vastgelegd_op TEXT NOT NULL,
      vastgelegd_door INTEGER REFERENCES adviseur (id)
    ) STRICT;
    ${frozen('brief_verzending', '', 'De verzenddatum van een brief kan niet worden gewijzigd of verwijderd.')}
  `,
}
