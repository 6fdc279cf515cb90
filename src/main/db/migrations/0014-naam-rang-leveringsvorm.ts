import type { Migration } from '../types'
import { SLOT_BITS } from '../naamCode'
import { newRang } from './0013-naam-rang'

/**
 * Each leveringsvorm as one trigram (three characters: the trigram tokenizer indexes exactly one
 * token for it), and one for none. Frozen with this migration: a new leveringsvorm needs a new one.
 */
export const LEVERINGSVORM_TOKENS: Readonly<Record<string, string>> = {
  verblijf: 'lvb',
  vpt: 'lvt',
  mpt: 'lvm',
  pgb: 'lvp',
  mpt_pgb: 'lvc',
  dtv: 'lvd',
}
export const NO_LEVERINGSVORM_TOKEN = 'lv0'

const token = (column: string) =>
  `CASE ${column} ${Object.entries(LEVERINGSVORM_TOKENS)
    .map(([lv, t]) => `WHEN '${lv}' THEN '${t}'`)
    .join(' ')} ELSE '${NO_LEVERINGSVORM_TOKEN}' END`

/**
 * Issue 15: a name search sorted on leveringsvorm read all its trigram hits (~3,000 for a common
 * surname at 100k) to sort them, 3–5 ms. The rang index (migration 13) gets a second column with the
 * client's leveringsvorm as a token: one leveringsvorm's hits are then an FTS5 query of their own, in
 * name order, and such a page is read value by value, each stopping after its rows. Kept by the same
 * triggers, now also when only the leveringsvorm changes (the delete trigger of migration 13 names no
 * column and stays). Both name indexes end in one segment each
 * (see db/nameIndexes.ts: a bulk-built index seeks a range 30 times slower).
 */
export const m0014: Migration = {
  version: 14,
  name: 'naam-rang-leveringsvorm',
  sql: /* sql */ `
    DROP TRIGGER client_naam_rang_insert;
    DROP TRIGGER client_naam_rang_update;
    DROP TABLE client_naam_rang_fts;
    CREATE VIRTUAL TABLE client_naam_rang_fts USING fts5 (tekst, lv, tokenize = 'trigram', content = '', contentless_delete = 1);
    INSERT INTO client_naam_rang_fts (rowid, tekst, lv)
      SELECT r.rang, c.zoeknaam, ${token('c.leveringsvorm')} FROM client_naam_rang r JOIN client c ON c.id = r.client_id;

    CREATE TRIGGER client_naam_rang_insert AFTER INSERT ON client
    BEGIN
      INSERT INTO client_naam_rang (rang, client_id) ${newRang};
      INSERT INTO client_naam_rang_fts (rowid, tekst, lv)
        SELECT rang, NEW.zoeknaam, ${token('NEW.leveringsvorm')} FROM client_naam_rang WHERE client_id = NEW.id;
    END;

    -- A new name keeps its slot while its bucket stays the same (the reader sorts within a bucket).
    CREATE TRIGGER client_naam_rang_update AFTER UPDATE OF sort_naam, zoeknaam, leveringsvorm ON client
      WHEN OLD.sort_naam IS NOT NEW.sort_naam OR OLD.zoeknaam IS NOT NEW.zoeknaam OR OLD.leveringsvorm IS NOT NEW.leveringsvorm
    BEGIN
      DELETE FROM client_naam_rang_fts WHERE rowid = (SELECT rang FROM client_naam_rang WHERE client_id = NEW.id);
      DELETE FROM client_naam_rang WHERE client_id = NEW.id AND rang >> ${SLOT_BITS} IS NOT wlz_naam_code(NEW.sort_naam);
      INSERT INTO client_naam_rang (rang, client_id) ${newRang}
        WHERE NOT EXISTS (SELECT 1 FROM client_naam_rang WHERE client_id = NEW.id);
      INSERT INTO client_naam_rang_fts (rowid, tekst, lv)
        SELECT rang, NEW.zoeknaam, ${token('NEW.leveringsvorm')} FROM client_naam_rang WHERE client_id = NEW.id;
    END;

    -- Both name indexes in one segment each: a rowid range is then one seek (db/nameIndexes.ts).
    INSERT INTO client_naam_rang_fts (client_naam_rang_fts) VALUES ('optimize');
    INSERT INTO client_naam_fts (client_naam_fts) VALUES ('optimize');
  `,
}
