import type { Db } from './types'
import { AppError } from '../lib/errors'
import { setClause, toParams } from './rows'

export const CONFLICT_MESSAGE =
  'Dit is intussen door iemand anders (of in een ander venster) gewijzigd. Uw wijziging is niet opgeslagen; laad de gegevens opnieuw.'

/**
 * Optimistic update: writes only when the row still has the version the edit started from, and
 * bumps it. Two windows editing one record can never silently overwrite each other.
 */
export function updateVersioned(
  db: Db,
  table: string,
  id: number,
  version: number,
  fields: Record<string, unknown>,
  now: string,
  notFound = 'Dit gegeven bestaat niet (meer).',
): void {
  const names = Object.keys(fields)
  const sql = `UPDATE ${table} SET ${setClause(names)}, version = version + 1, updated_at = @updated_at WHERE id = @id AND version = @version`
  const changes = db.prepare(sql).run({ ...toParams(fields), updated_at: now, id, version }).changes
  if (changes === 1) return
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)
  throw exists ? new AppError('CONFLICT', CONFLICT_MESSAGE) : new AppError('NOT_FOUND', notFound)
}
