import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { writeFileAtomic } from '../../lib/atomicFile'
import { unwrapOrExplain, type KeyWrapper } from '../../db/keys'

export const AUDIT_KEY_FILE = 'logboek.key'

/**
 * The key of the audit chain's HMAC, kept apart from the database key (its own file, protected by the
 * same OS keystore): someone who holds the database key can rewrite rows, but cannot make a chain that
 * verifies without this key as well.
 */
export function loadOrCreateAuditKey(dataDir: string, wrapper: KeyWrapper): Buffer {
  const path = join(dataDir, AUDIT_KEY_FILE)
  if (existsSync(path)) return unwrapOrExplain(wrapper, readFileSync(path))
  const key = randomBytes(32)
  writeFileAtomic(path, wrapper.wrap(key))
  return key
}
