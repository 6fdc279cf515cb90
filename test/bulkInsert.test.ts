// The provider import drops two insert triggers for the length of its transaction when nothing is
// captured (db/bulkInsert.ts): they must come back exactly as they were, on COMMIT and on ROLLBACK.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withoutInsertTriggers } from '../src/main/db/bulkInsert'
import { openDatabase } from '../src/main/db/connection'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import type { Db } from '../src/main/db/types'

let dir: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wlz-bulk-'))
  db = openDatabase(join(dir, 'db.sqlite'), randomBytes(32))
  migrate(db, migrations)
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const triggers = () => db.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()
/** A provider without a gid: the gid trigger, when present, gives it one. */
const zonderGid = (kvk: string) => {
  db.prepare(
    "INSERT INTO aanbieder (naam, kvk, website, telefoon, created_at, updated_at) VALUES ('Proef (fictief)', ?, '', '', 'x', 'x')",
  ).run(kvk)
  return db.prepare('SELECT gid FROM aanbieder WHERE kvk = ?').pluck().get(kvk)
}

describe('insert triggers set aside for a bulk insert', () => {
  it('are gone inside the transaction and back, with the same SQL, after COMMIT', () => {
    const voor = triggers()
    db.exec('BEGIN IMMEDIATE')
    const herstel = withoutInsertTriggers(db, ['aanbieder', 'locatie'])
    expect(triggers().map((t) => (t as { name: string }).name)).not.toContain('locatie_capture_insert')
    expect(zonderGid('90000001')).toBeNull()
    herstel()
    db.exec('COMMIT')
    expect(triggers()).toEqual(voor)
    expect(zonderGid('90000002')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('are back after a ROLLBACK without being restored by hand', () => {
    const voor = triggers()
    db.exec('BEGIN IMMEDIATE')
    withoutInsertTriggers(db, ['aanbieder', 'locatie'])
    db.exec('ROLLBACK')
    expect(triggers()).toEqual(voor)
    expect(zonderGid('90000003')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('refuses outside a transaction and for a table without those triggers', () => {
    expect(() => withoutInsertTriggers(db, ['aanbieder'])).toThrow(/only inside a transaction/)
    db.exec('BEGIN IMMEDIATE')
    expect(() => withoutInsertTriggers(db, ['setting'])).toThrow(/expected triggers/)
    db.exec('ROLLBACK')
  })
})
