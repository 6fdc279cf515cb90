import type { Migration } from '../types'

/**
 * Zorgaanbieders (organisation + locations), wachttijden per zorgprofiel, the change history of
 * locations, and the wachtlijst: a client registered at a location with status and events.
 */
export const m0005: Migration = {
  version: 5,
  name: 'aanbieders',
  sql: /* sql */ `
    CREATE TABLE aanbieder (
      id INTEGER PRIMARY KEY,
      naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
      kvk TEXT NOT NULL UNIQUE CHECK (kvk GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
      agb TEXT CHECK (agb IS NULL OR agb GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
      website TEXT NOT NULL DEFAULT '',
      telefoon TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX aanbieder_by_agb ON aanbieder (agb) WHERE agb IS NOT NULL;

    CREATE TABLE locatie (
      id INTEGER PRIMARY KEY,
      aanbieder_id INTEGER NOT NULL REFERENCES aanbieder (id),
      naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
      vestigingsnummer TEXT NOT NULL UNIQUE CHECK (length(vestigingsnummer) = 12),
      agb TEXT,
      straat TEXT NOT NULL DEFAULT '',
      huisnummer TEXT NOT NULL DEFAULT '',
      postcode TEXT NOT NULL,
      pc4 TEXT NOT NULL,
      woonplaats TEXT NOT NULL DEFAULT '',
      -- Lists as '|'-separated codes, with leading and trailing '|' so LIKE '%|754|%' finds one exactly.
      sectoren TEXT NOT NULL DEFAULT '|',
      zorgprofielen TEXT NOT NULL DEFAULT '|',
      leveringsvormen TEXT NOT NULL DEFAULT '|',
      specialisaties TEXT NOT NULL DEFAULT '|',
      partnerplekken INTEGER NOT NULL DEFAULT 0 CHECK (partnerplekken >= 0),
      levensbeschouwing TEXT NOT NULL DEFAULT '',
      capaciteit INTEGER CHECK (capaciteit IS NULL OR capaciteit >= 0),
      gecontracteerd INTEGER NOT NULL DEFAULT 0 CHECK (gecontracteerd IN (0, 1)),
      contract_van TEXT,
      contract_tot TEXT,
      notities TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX locatie_by_aanbieder ON locatie (aanbieder_id);
    CREATE INDEX locatie_by_pc4 ON locatie (pc4);

    CREATE TABLE wachttijd (
      locatie_id INTEGER NOT NULL REFERENCES locatie (id),
      zorgprofiel TEXT NOT NULL,
      weken INTEGER NOT NULL CHECK (weken BETWEEN 0 AND 520),
      bijgewerkt_op TEXT NOT NULL,
      PRIMARY KEY (locatie_id, zorgprofiel)
    ) STRICT, WITHOUT ROWID;

    -- What changed in a location at each import: field → [old, new] as JSON.
    CREATE TABLE locatie_historie (
      id INTEGER PRIMARY KEY,
      locatie_id INTEGER NOT NULL REFERENCES locatie (id),
      gewijzigd_op TEXT NOT NULL,
      wijzigingen TEXT NOT NULL CHECK (json_valid(wijzigingen))
    ) STRICT;
    CREATE INDEX locatie_historie_by_locatie ON locatie_historie (locatie_id);

    CREATE TABLE wachtlijst (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      locatie_id INTEGER NOT NULL REFERENCES locatie (id),
      wachtstatus TEXT NOT NULL CHECK (wachtstatus IN ('urgent_plaatsen', 'actief_plaatsen', 'wacht_op_voorkeur', 'wacht_uit_voorzorg')),
      classificaties TEXT NOT NULL DEFAULT '',
      voorkeur INTEGER NOT NULL DEFAULT 0 CHECK (voorkeur IN (0, 1)),
      sinds TEXT NOT NULL,
      overbrugging INTEGER NOT NULL DEFAULT 0 CHECK (overbrugging IN (0, 1)),
      overbrugging_aanbieder TEXT NOT NULL DEFAULT '',
      weigeringen INTEGER NOT NULL DEFAULT 0,
      actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1)),
      beeindigd_op TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    -- A client waits at a location once at a time.
    CREATE UNIQUE INDEX wachtlijst_one_active ON wachtlijst (client_id, locatie_id) WHERE actief = 1;
    CREATE INDEX wachtlijst_by_locatie ON wachtlijst (locatie_id, actief);
    CREATE INDEX wachtlijst_by_status ON wachtlijst (actief, wachtstatus, sinds);

    CREATE TABLE wachtlijst_gebeurtenis (
      id INTEGER PRIMARY KEY,
      wachtlijst_id INTEGER NOT NULL REFERENCES wachtlijst (id),
      datum TEXT NOT NULL,
      soort TEXT NOT NULL CHECK (soort IN ('aanmelding', 'status', 'aanbod', 'weigering', 'einde')),
      wachtstatus TEXT,
      toelichting TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX wachtlijst_gebeurtenis_by_wachtlijst ON wachtlijst_gebeurtenis (wachtlijst_id);
  `,
}
