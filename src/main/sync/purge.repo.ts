import type { Db } from '../db/types'
import { whilePurging } from '../db/functions'

/** Child tables of a dossier, children first; each with the condition that ties a row to the client. */
const DOSSIER_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['brief_verzending', 'brief_id IN (SELECT id FROM brief WHERE client_id = @id)'],
  ['brief_archief', 'brief_id IN (SELECT id FROM brief WHERE client_id = @id)'],
  ['brief', 'client_id = @id'],
  ['controle_overschrijving', 'plan_versie_id IN (SELECT v.id FROM plan_versie v JOIN plan p ON p.id = v.plan_id WHERE p.client_id = @id)'],
  ['plan_versie', 'plan_id IN (SELECT id FROM plan WHERE client_id = @id)'],
  ['plan', 'client_id = @id'],
  ['wachtlijst_gebeurtenis', 'wachtlijst_id IN (SELECT id FROM wachtlijst WHERE client_id = @id)'],
  ['wachtlijst', 'client_id = @id'],
  ['huisbezoek', 'client_id = @id'],
  ['taak', 'client_id = @id'],
  ['toewijzing', 'client_id = @id'],
  ['bezwaar', 'client_id = @id'],
  ['aanvraag', 'client_id = @id'],
  ['contactmoment', 'client_id = @id'],
  ['leveringsvorm', 'client_id = @id'],
  ['indicatie', 'client_id = @id'],
  ['vertegenwoordiger', 'client_id = @id'],
]

/**
 * Removes a whole dossier this device may no longer hold (its huisbezoek mark ended, the client moved
 * to another team): every row of it, including archived letters, which the server keeps. The local
 * audit log keeps its records of what this workstation did with the dossier.
 */
export function purgeRepo(db: Db) {
  const deletes = DOSSIER_ROWS.map(([table, where]) => db.prepare(`DELETE FROM ${table} WHERE ${where}`))
  const fts = db.prepare('DELETE FROM client_naam_fts WHERE rowid = @id')
  const client = db.prepare('DELETE FROM client WHERE id = @id')
  const idOf = db.prepare('SELECT id FROM client WHERE gid = ?').pluck()
  return {
    /** Caller owns the transaction. Returns false when the dossier was not here. */
    purge(clientGid: string): boolean {
      const id = idOf.get(clientGid) as number | undefined
      if (id === undefined) return false
      whilePurging(db, () => {
        for (const d of deletes) d.run({ id })
        fts.run({ id })
        client.run({ id })
      })
      return true
    },
  }
}
