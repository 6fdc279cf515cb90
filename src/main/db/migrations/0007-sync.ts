import type { Migration } from '../types'
import { backfillGids, CAPTURED_V7 as CAPTURED, captureTriggers } from '../capture'

/**
 * The workstation side of the teamserver (issue 13). Every synced table gets a global id (gid) that a
 * laptop can make offline; change capture notes what each action changed (sync_pending, emptied by
 * the unit of work into the outbox in the same transaction); sync_version keeps the server version
 * each row was last seen at; conflicts, kenmerk blocks and "mee op huisbezoek" marks get their tables.
 * Single-desk mode never turns capture on, so nothing here changes how a workstation without a
 * server behaves (beyond the ids its rows now carry).
 */
export const m0007: Migration = {
  version: 7,
  name: 'sync',
  sql: /* sql */ `
    ALTER TABLE client ADD COLUMN team_id TEXT;

    -- "Mee op huisbezoek": this dossier stays on that laptop; colleagues see who, which device, since when.
    CREATE TABLE huisbezoek (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client (id),
      device_id TEXT NOT NULL,
      device_naam TEXT NOT NULL DEFAULT '',
      adviseur_id INTEGER REFERENCES adviseur (id),
      sinds TEXT NOT NULL,
      UNIQUE (client_id, device_id)
    ) STRICT;

    -- Rows touched by the current action (first touch keeps the row as it was before it).
    CREATE TABLE sync_pending (
      entity TEXT NOT NULL,
      row_key TEXT NOT NULL,
      old TEXT,
      PRIMARY KEY (entity, row_key)
    ) STRICT, WITHOUT ROWID;

    -- Changes waiting to reach the server, in order; coalesced per row until they are first sent.
    CREATE TABLE outbox (
      seq INTEGER PRIMARY KEY,
      change_id TEXT NOT NULL UNIQUE,
      entity TEXT NOT NULL,
      gid TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
      base_version INTEGER,
      base TEXT,
      fields TEXT,
      client_gid TEXT,
      at TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'rejected')),
      attempts INTEGER NOT NULL DEFAULT 0,
      message TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX outbox_by_row ON outbox (entity, gid, status);

    -- The server version of each synced row as this workstation last saw it (the base of its next edit).
    CREATE TABLE sync_version (
      entity TEXT NOT NULL,
      gid TEXT NOT NULL,
      version INTEGER NOT NULL,
      PRIMARY KEY (entity, gid)
    ) STRICT, WITHOUT ROWID;

    -- Fields changed on two devices: base, theirs and mine, until a person chooses.
    CREATE TABLE sync_conflict (
      id TEXT PRIMARY KEY,
      entity TEXT NOT NULL,
      gid TEXT NOT NULL,
      client_gid TEXT,
      change_id TEXT NOT NULL,
      fields TEXT NOT NULL CHECK (json_valid(fields)),
      created_at TEXT NOT NULL,
      resolved_at TEXT
    ) STRICT;

    -- Kenmerken handed to this device ahead of time, so letters can be finalised offline.
    CREATE TABLE kenmerk_blok (
      jaar TEXT NOT NULL,
      van INTEGER NOT NULL,
      tot INTEGER NOT NULL,
      volgende INTEGER NOT NULL,
      PRIMARY KEY (jaar, van),
      CHECK (volgende BETWEEN van AND tot + 1)
    ) STRICT;

    -- Pulled rows whose parent had not arrived yet (a page can hold a child before its parent).
    -- and rows this database refused (a local unique rule), with the reason, tried again at each pull.
    CREATE TABLE sync_parked (
      seq INTEGER PRIMARY KEY,
      row TEXT NOT NULL CHECK (json_valid(row)),
      reden TEXT
    ) STRICT;

    -- Kenmerken to report to the server: used by a letter (brief_gid) or given back unused.
    CREATE TABLE kenmerk_melding (
      jaar TEXT NOT NULL,
      nummer INTEGER NOT NULL,
      brief_gid TEXT,
      PRIMARY KEY (jaar, nummer)
    ) STRICT;

    CREATE TRIGGER setting_capture_insert AFTER INSERT ON setting WHEN wlz_capture() AND NEW.key = 'briefpapier'
      BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_key, old) VALUES ('briefpapier', 'briefpapier', NULL); END;
    CREATE TRIGGER setting_capture_update AFTER UPDATE ON setting WHEN wlz_capture() AND OLD.key = 'briefpapier'
      BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_key, old) VALUES ('briefpapier', 'briefpapier', json_object('value', OLD.value)); END;
  `,
  after(db) {
    // The frozen tables refuse the one-time gid fill: lift their triggers for it and put them back as they were.
    const frozen = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_frozen_update'`).all() as Array<{
      name: string
      sql: string
    }>
    for (const t of frozen) db.exec(`DROP TRIGGER ${t.name}`)
    for (const spec of CAPTURED) db.exec(`ALTER TABLE ${spec.table} ADD COLUMN gid TEXT`)
    for (const spec of CAPTURED) backfillGids(db, spec)
    for (const t of frozen) db.exec(t.sql)
    for (const spec of CAPTURED) {
      db.exec(`CREATE UNIQUE INDEX ${spec.table}_by_gid ON ${spec.table} (gid)`)
      db.exec(captureTriggers(db, spec))
    }
  },
}
