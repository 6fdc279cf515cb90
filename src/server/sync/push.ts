import type { Change, ChangeResult, PushRequest, PushResponse } from '../../shared/contracts/sync'
import type { Clock } from '../clock'
import type { Queryable, Sql } from '../db/sql'
import { ServerError } from '../errors'
import type { Principal } from '../auth/principal'
import { applyChange } from './applyChange'
import { flushWrites, loadBatch, saveResults } from './batch'
import { lockSequence, notifyCommitted } from './seqLock'
import { attachCurrent } from './refused'

/**
 * One push: the whole batch in ONE transaction. Per change: idempotency, schema, authorisation,
 * version check and three-way merge (applyChange.ts). Rejected changes do not stop the others; an
 * unexpected error rolls everything back, so a batch is never half-applied, and re-sending it after a
 * cut connection or a killed server applies each change exactly once (applied_change).
 */
export async function push(sql: Sql, clock: Clock, p: Principal, req: PushRequest, uploadId: string | null = null): Promise<PushResponse> {
  if (req.deviceId && req.deviceId !== p.deviceId) {
    throw new ServerError(403, 'DEVICE_MISMATCH', 'Deze wijzigingen noemen een ander apparaat dan het apparaat waarmee u bent aangemeld.')
  }
  const now = clock()
  return sql.transaction(async (tx) => ({
    batchId: req.batchId,
    results: await applyBatch(tx, now, p, req.changes, req.batchId, uploadId),
  }))
}

/** The body of a push, also used by the one-time upload (beheer/upload.ts) inside its own transaction. */
export async function applyBatch(
  tx: Queryable,
  now: Date,
  p: Principal,
  changes: readonly Change[],
  batchId: string,
  uploadId: string | null,
) {
  await lockSequence(tx)
  const state = await loadBatch(tx, changes)
  const results: ChangeResult[] = []
  for (const change of changes) results.push(await applyChange({ tx, p, now, state, uploadId }, change))
  await flushWrites(tx, state, now)
  await saveResults(tx, state, batchId, p.deviceId, p.accountId, now)
  await attachCurrent(tx, p, state, changes, results)
  await notifyCommitted(tx)
  return results
}
