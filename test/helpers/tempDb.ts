import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/main/db/connection'
import { migrate } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import type { Db, Migration } from '../../src/main/db/types'

/** A fresh encrypted database file in a folder of its own, migrated (to the latest unless told), and how to remove it. */
export function tempDb(prefix: string, upTo: readonly Migration[] = migrations): { db: Db; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const db = openDatabase(join(dir, 'db.sqlite'), randomBytes(32))
  migrate(db, upTo)
  return {
    db,
    dispose() {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
