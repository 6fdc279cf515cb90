import type { Queryable } from '../db/sql'

/**
 * Why every writer of sync rows takes this lock first.
 *
 * Pull hands out rows in order of one global sequence and the workstation keeps only a cursor (the
 * highest seq it has seen). Sequence values are handed out when asked, but become visible when their
 * transaction commits: transaction A may take 104, transaction B 105, and B commit first. A pull in
 * between sees 105, moves its cursor past 104, and would never receive A's row.
 *
 * A transaction-level advisory lock taken before the first nextval() and held until COMMIT makes the
 * writers run this part one at a time, so sequence values commit in order and no reader can skip one.
 * It also makes the read-compare-write of the three-way merge safe without row locks. The cost is that
 * pushes are serialised; at the planned peak (5,000 changes a minute, ~83 a second, in batches) a
 * push holds the lock for a few milliseconds, which the bench measures. PGlite has one connection and
 * serialises transactions anyway; the lock is taken there too so both engines run the same code.
 */
export const SEQ_LOCK = 7_513_002

export async function lockSequence(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [SEQ_LOCK])
}

/** The live channel: NOTIFY inside the transaction is delivered only at COMMIT, and not at all on ROLLBACK. */
export const SYNC_CHANNEL = 'wlz_sync'
export async function notifyCommitted(tx: Queryable): Promise<void> {
  await tx.query(`SELECT pg_notify('${SYNC_CHANNEL}', (SELECT last_value FROM sync_seq)::text)`)
}
