import type { Migration } from '../types'

/**
 * Which reference set holds on a date is `max(geldig_vanaf) … WHERE geldig_vanaf <= date`. The
 * primary keys lead with pc4 and gemeentecode, so that walked all ~4,000 postcode entries on every
 * lookup: 0.33 ms for a client's gemeente or region, paid by every dossier, every letter (a batch of
 * 100: 33 ms), every client a team pull brings, and 100,000 times (33 s) when a new postcode or
 * gemeente table recomputes the regions. Indexed on the date, each is one seek (0.008 ms).
 */
export const m0015: Migration = {
  version: 15,
  name: 'ref-geldig-vanaf',
  sql: /* sql */ `
    CREATE INDEX ref_postcode_by_geldig_vanaf ON ref_postcode (geldig_vanaf);
    CREATE INDEX ref_gemeente_by_geldig_vanaf ON ref_gemeente (geldig_vanaf);
    CREATE INDEX ref_regio_by_geldig_vanaf ON ref_regio (geldig_vanaf);
  `,
}
