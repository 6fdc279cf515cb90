// The provider import drops two insert triggers for the length of its transaction when nothing is
// captured (db/bulkInsert.ts): they must come back exactly as they were, on COMMIT and on ROLLBACK.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withoutInsertTriggers } from '../src/main/db/bulkInsert'
import { aanbiedersRepo, LOCATIE_COLUMNS, type LocatieColumns } from '../src/main/features/aanbieders/aanbieders.repo'
import type { Db } from '../src/main/db/types'
import { tempDb } from './helpers/tempDb'

let db: Db
let dispose: () => void
beforeEach(() => ({ db, dispose } = tempDb('wlz-bulk-')))
afterEach(() => dispose())

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

describe('wachttijden written with their gid', () => {
  // The import gives each wachttijd the gid its trigger would derive, so the trigger can be dropped
  // for a bulk import (and is skipped otherwise): the two must agree, or a team would see two records.
  it('get the gid the wachttijd trigger derives from the location and the zorgprofiel', () => {
    const repo = aanbiedersRepo(db)
    const org = repo.insertOrg({ naam: 'Proef (fictief)', kvk: '90000010', agb: null, website: '', telefoon: '' }, 'x')
    const velden = Object.assign(Object.fromEntries(LOCATIE_COLUMNS.map((c) => [c, null])) as LocatieColumns, {
      aanbieder_id: org,
      naam: 'Locatie Proef (fictief)',
      straat: 'Proefstraat',
      huisnummer: '1',
      postcode: '3511 AA',
      pc4: '3511',
      woonplaats: 'Utrecht',
      sectoren: '|VV|',
      zorgprofielen: '|754|756|',
      leveringsvormen: '|verblijf|',
      specialisaties: '|',
      partnerplekken: 0,
      levensbeschouwing: '',
      gecontracteerd: 1,
      notities: '',
    })
    const loc = repo.insertLocatie('100000000010', velden, 'x')
    const rijen = [
      { zorgprofiel: '754', weken: 4, bijgewerktOp: '2026-11-01' },
      { zorgprofiel: '756', weken: 9, bijgewerktOp: '2026-11-01' },
    ]
    const wachttijden = () => db.prepare('SELECT zorgprofiel, gid FROM wachttijd ORDER BY zorgprofiel').all()
    // A new location's (its gid known), and an existing one's replaced (its gid read).
    repo.addWachttijden(loc.id, loc.gid, rijen)
    const gegeven = wachttijden()
    repo.replaceWachttijden(loc.id, rijen)
    expect(wachttijden()).toEqual(gegeven)
    // The same rows once more through the trigger (no gid given): it must derive the same ones.
    db.prepare('DELETE FROM wachttijd').run()
    const zonder = db.prepare("INSERT INTO wachttijd (locatie_id, zorgprofiel, weken, bijgewerkt_op) VALUES (?, ?, 1, '2026-11-01')")
    zonder.run(loc.id, '754')
    zonder.run(loc.id, '756')
    expect(gegeven).toHaveLength(2)
    expect(wachttijden()).toEqual(gegeven)
  })
})
