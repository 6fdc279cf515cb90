import type { Migration } from '../types'
import { CAPTURED_V7, captureTriggers } from '../capture'

/**
 * Every column a caseload filter, search or sort reads. Each index below carries all of them, so a
 * caseload query never reads the client table itself: whichever index leads (a filter's range, a
 * sort order, the adviser's caseload), its entries answer every other condition of the query.
 */
const CASELOAD_COLUMNS = [
  'sort_naam',
  'id',
  'adviseur_id',
  'geboortedatum',
  'postcode',
  'eerste_deadline',
  'zorgprofiel',
  'leveringsvorm',
  'indicatie_einde',
  'urgent_wachtend',
  'buiten_regio',
  'zoeknaam',
]

/** An index led by `lead`, then the name order, then the rest of the caseload columns. */
const covering = (name: string, lead: string[], where = '') => {
  const rest = CASELOAD_COLUMNS.filter((c) => !lead.includes(c))
  return `CREATE INDEX ${name} ON client (${[...lead, ...rest].join(', ')})${where ? ` WHERE ${where}` : ''};`
}

/**
 * Issue 15: caseload filters, sorts and searches that do not grow with the register.
 * - client.buiten_regio: the "buiten regio" signal (the client's region differs from the adviser's)
 *   stored and indexed instead of computed through a join for every client. The task rules write it
 *   with the rest of the caseload summary (clients.repo writeSummary); when an adviser's region
 *   changes (a teamserver pull, the sign-in) the trigger below rewrites it for their clients.
 * - One covering index per sort order and per filter that can lead a query (replacing the narrower
 *   indexes of migration 2), and partial ones for the two rare signals.
 */
export const m0010: Migration = {
  version: 10,
  name: 'caseload-index',
  sql: /* sql */ `
    ALTER TABLE client ADD COLUMN buiten_regio INTEGER NOT NULL DEFAULT 0 CHECK (buiten_regio IN (0, 1));
    UPDATE client SET buiten_regio = coalesce(regio_code <> (SELECT a.regio_code FROM adviseur a WHERE a.id = client.adviseur_id), 0);
    CREATE TRIGGER adviseur_regio_buiten_regio AFTER UPDATE OF regio_code ON adviseur WHEN OLD.regio_code IS NOT NEW.regio_code
    BEGIN
      UPDATE client SET buiten_regio = coalesce(regio_code <> NEW.regio_code, 0) WHERE adviseur_id = NEW.id;
    END;

    DROP INDEX client_by_adviseur;
    DROP INDEX client_by_adviseur_naam;
    DROP INDEX client_by_sort_naam;
    DROP INDEX client_by_deadline_asc;
    DROP INDEX client_by_deadline_desc;
    DROP INDEX client_by_adviseur_deadline;
    DROP INDEX client_overdue;
    DROP INDEX client_by_postcode;
    DROP INDEX client_by_leveringsvorm;
    DROP INDEX client_by_leveringsvorm_profiel;
    DROP INDEX client_by_zorgprofiel;
    DROP INDEX client_by_geboortedatum;

    -- The sort orders (empty values first in the index; the query reads them last).
    ${covering('client_by_sort_naam', ['sort_naam', 'id'])}
    ${covering('client_by_geboortedatum', ['geboortedatum', 'sort_naam', 'id'])}
    ${covering('client_by_postcode', ['postcode', 'sort_naam', 'id'])}
    ${covering('client_by_deadline', ['eerste_deadline', 'sort_naam', 'id'])}
    ${covering('client_by_zorgprofiel', ['zorgprofiel', 'sort_naam', 'id'])}
    ${covering('client_by_leveringsvorm', ['leveringsvorm', 'sort_naam', 'id'])}
    -- Filters that lead: one adviser's caseload (in name order), the end of the indicatie, the rare signals.
    ${covering('client_by_adviseur_naam', ['adviseur_id', 'sort_naam', 'id'])}
    ${covering('client_by_indicatie_einde', ['indicatie_einde', 'sort_naam', 'id'], 'indicatie_einde IS NOT NULL')}
    ${covering('client_urgent', ['sort_naam', 'id'], 'urgent_wachtend = 1')}
    ${covering('client_buiten_regio', ['sort_naam', 'id'], 'buiten_regio = 1')}
  `,
  after(db) {
    // The new column must be in the "before" image the capture triggers keep.
    for (const spec of CAPTURED_V7.filter((c) => c.table === 'client')) db.exec(captureTriggers(db, spec))
  },
}
