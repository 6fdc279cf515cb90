import { AppError } from '../lib/errors'

/**
 * One freeze mechanism for everything that may never change once settled (an archived letter, a
 * vastgesteld plan version, the audit log): SQLite triggers that abort with `FROZEN: <Dutch text>`,
 * whatever the code above them does — also on REPLACE and UPSERT, because every connection runs
 * with recursive_triggers on (connection.ts). The unit of work turns that abort into one error code.
 */
const FROZEN_PREFIX = 'FROZEN: '

/**
 * BEFORE UPDATE and BEFORE DELETE triggers that abort with the freeze message. With `purgeable`, the
 * delete is allowed while the app removes a whole dossier this device may no longer hold (a laptop
 * whose huisbezoek mark ended, a client moved to another team): the server keeps the original.
 */
export function freezeTriggers(table: string, when: string, message: string, opts: { purgeable?: boolean } = {}): string {
  const raise = `SELECT RAISE(ABORT, '${FROZEN_PREFIX}${message.replace(/'/g, "''")}');`
  const guard = when ? ` WHEN ${when}` : ''
  const deleteGuard = opts.purgeable ? ` WHEN ${when ? `(${when}) AND ` : ''}NOT wlz_purging()` : guard
  return /* sql */ `
    CREATE TRIGGER ${table}_frozen_update BEFORE UPDATE ON ${table}${guard} BEGIN ${raise} END;
    CREATE TRIGGER ${table}_frozen_delete BEFORE DELETE ON ${table}${deleteGuard} BEGIN ${raise} END;`
}

/** The adviser's error for a trigger's freeze abort; null for any other error. */
export function frozenError(error: unknown): AppError | null {
  if (error instanceof AppError || !(error instanceof Error)) return null
  const at = error.message.indexOf(FROZEN_PREFIX)
  return at === -1 ? null : new AppError('FROZEN', error.message.slice(at + FROZEN_PREFIX.length))
}
