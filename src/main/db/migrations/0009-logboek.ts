import type { Migration } from '../types'
import { CAPTURED_V7, captureTriggers } from '../capture'

/**
 * The audit chain becomes keyed (issue 14): new records carry an HMAC with the audit key kept apart
 * from the database key (features/audit/auditKey.ts); records written before keep their plain SHA-256
 * and say so in `alg`. The capture triggers of audit_log are made again for the new column.
 */
export const m0009: Migration = {
  version: 9,
  name: 'logboek',
  sql: /* sql */ `
    ALTER TABLE audit_log ADD COLUMN alg TEXT NOT NULL DEFAULT 'sha256' CHECK (alg IN ('sha256', 'hmac'));
  `,
  after(db) {
    for (const spec of CAPTURED_V7.filter((c) => c.table === 'audit_log')) db.exec(captureTriggers(db, spec))
  },
}
