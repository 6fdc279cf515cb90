import type { Migration } from '../types'
import { CAPTURED_V7, captureTriggers } from '../capture'

/**
 * The wachttijd gid trigger found its new row by `locatie_id || '|' || zorgprofiel = …`, which no
 * index can answer: each inserted wachttijd scanned the table, so a provider import grew with the
 * square of its size (10,000 locations 16 s, 100,000 did not finish in 45 minutes). Made again with
 * the key's columns (capture.ts `keyColumns`), which the primary key answers.
 */
export const m0012: Migration = {
  version: 12,
  name: 'wachttijd-gid',
  sql: '',
  after(db) {
    for (const spec of CAPTURED_V7.filter((c) => c.keyColumns)) db.exec(captureTriggers(db, spec))
  },
}
