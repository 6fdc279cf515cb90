import type { Migration } from '../types'

/**
 * Issue 15: one leveringsvorm sorted on the deadline. The leveringsvormen do not spread evenly over
 * the deadlines (pgb work falls due sooner), so a walk of the deadline order from the latest
 * deadline read ~38,500 entries at 100k before it met 41 pgb clients. Led by the leveringsvorm,
 * this index holds each leveringsvorm's clients in deadline order: the walk starts at the first
 * match. Like the indexes of migration 10 it carries every caseload column.
 */
export const m0011: Migration = {
  version: 11,
  name: 'caseload-leveringsvorm',
  sql: /* sql */ `
    CREATE INDEX client_by_leveringsvorm_deadline ON client (
      leveringsvorm, eerste_deadline, sort_naam, id, adviseur_id, geboortedatum, postcode, zorgprofiel, indicatie_einde,
      urgent_wachtend, buiten_regio, zoeknaam
    );
  `,
}
