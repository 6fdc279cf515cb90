import type { Migration } from '../types'
import { SLOT_BITS } from '../naamCode'

const SLOTS = 2 ** SLOT_BITS

/**
 * A new rang for the client NEW in its name's bucket: after the highest slot in use, else the first
 * free one (only after 16,384 names of one bucket came and went). A bucket with every slot taken
 * refuses the name: the order could not be kept.
 */
export const newRang = /* sql */ `
  SELECT CASE
      WHEN m IS NULL THEN b
      WHEN m < b + ${SLOTS - 1} THEN m + 1
      WHEN NOT EXISTS (SELECT 1 FROM client_naam_rang WHERE rang = b) THEN b
      ELSE coalesce(
        (SELECT min(x.rang) + 1 FROM client_naam_rang x WHERE x.rang >= b AND x.rang < b + ${SLOTS - 1}
           AND NOT EXISTS (SELECT 1 FROM client_naam_rang y WHERE y.rang = x.rang + 1)),
        RAISE(ABORT, 'Te veel cliënten met (bijna) dezelfde naam: de naamvolgorde kan er geen meer bij.'))
    END, NEW.id
  FROM (SELECT b, (SELECT max(rang) FROM client_naam_rang WHERE rang BETWEEN b AND b + ${SLOTS - 1}) AS m
        FROM (SELECT wlz_naam_code(NEW.sort_naam) << ${SLOT_BITS} AS b))`

/**
 * Issue 15: a name search sorted on name read every trigram hit (~3,000 for a common surname at
 * 100k) to sort them. `client_naam_rang_fts` is the same trigram index with rowids in name order: a
 * client's rang is the order-preserving code of its sort name (naamCode.ts) followed by a slot, so
 * FTS5 hands out the hits in (nearly) name order and a page stops after its rows; only the clients of
 * the last bucket (names alike up to the code's cut) are sorted by the reader. Kept by triggers, so
 * every writer (a save, a teamserver pull, a purge, the bench's generator) keeps it in step.
 * Derived and local: neither table is synced.
 */
export const m0013: Migration = {
  version: 13,
  name: 'naam-rang',
  sql: /* sql */ `
    CREATE TABLE client_naam_rang (rang INTEGER PRIMARY KEY, client_id INTEGER NOT NULL UNIQUE) STRICT;
    CREATE VIRTUAL TABLE client_naam_rang_fts USING fts5 (tekst, tokenize = 'trigram', content = '', contentless_delete = 1);

    INSERT INTO client_naam_rang (rang, client_id)
      SELECT (code << ${SLOT_BITS}) + row_number() OVER (PARTITION BY code ORDER BY id) - 1, id
      FROM (SELECT id, wlz_naam_code(sort_naam) AS code FROM client);
    INSERT INTO client_naam_rang_fts (rowid, tekst)
      SELECT r.rang, c.zoeknaam FROM client_naam_rang r JOIN client c ON c.id = r.client_id;

    CREATE TRIGGER client_naam_rang_insert AFTER INSERT ON client
    BEGIN
      INSERT INTO client_naam_rang (rang, client_id) ${newRang};
      INSERT INTO client_naam_rang_fts (rowid, tekst) SELECT rang, NEW.zoeknaam FROM client_naam_rang WHERE client_id = NEW.id;
    END;

    -- A new name keeps its slot while its bucket stays the same (the reader sorts within a bucket).
    CREATE TRIGGER client_naam_rang_update AFTER UPDATE OF sort_naam, zoeknaam ON client
      WHEN OLD.sort_naam IS NOT NEW.sort_naam OR OLD.zoeknaam IS NOT NEW.zoeknaam
    BEGIN
      DELETE FROM client_naam_rang_fts WHERE rowid = (SELECT rang FROM client_naam_rang WHERE client_id = NEW.id);
      DELETE FROM client_naam_rang WHERE client_id = NEW.id AND rang >> ${SLOT_BITS} IS NOT wlz_naam_code(NEW.sort_naam);
      INSERT INTO client_naam_rang (rang, client_id) ${newRang}
        WHERE NOT EXISTS (SELECT 1 FROM client_naam_rang WHERE client_id = NEW.id);
      INSERT INTO client_naam_rang_fts (rowid, tekst) SELECT rang, NEW.zoeknaam FROM client_naam_rang WHERE client_id = NEW.id;
    END;

    CREATE TRIGGER client_naam_rang_delete AFTER DELETE ON client
    BEGIN
      DELETE FROM client_naam_rang_fts WHERE rowid = (SELECT rang FROM client_naam_rang WHERE client_id = OLD.id);
      DELETE FROM client_naam_rang WHERE client_id = OLD.id;
    END;
  `,
  after(db) {
    // The bulk numbering above gives each bucket consecutive slots: more than fit would spill into
    // the next bucket and break the order, so the migration refuses instead (no register comes near).
    const largest = db
      .prepare('SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM client GROUP BY wlz_naam_code(sort_naam))')
      .pluck()
      .get() as number
    if (largest > SLOTS) throw new Error(`naamvolgorde: ${largest} cliënten met (bijna) dezelfde naam, er passen er ${SLOTS}`)
  },
}
