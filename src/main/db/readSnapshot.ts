import type { Db } from './types'

/**
 * Several reads that must agree, as one read transaction: a worker's connection (the provider import)
 * can commit between two statements, and WAL gives the transaction one snapshot from its first read.
 */
export const readSnapshot = <T>(db: Db, fn: () => T): T => db.transaction(fn)()
