import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { openDatabase } from '../src/main/db/connection'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import { tempDir, testBackend } from './helpers/backend'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('migrations on a populated database', () => {
  it('upgrades a foundation-era database with clients to the dossier schema without losing anything', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const db = openDatabase(join(dir, 'old.db'), null)
    migrate(db, migrations.slice(0, 1))
    const insert = db.prepare(
      `INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
    )
    insert.run('999996708', 'Renée', 'van der', 'Müller', '1944-04-04', 'renee van der muller')
    insert.run('999911120', 'Jan', '', 'Öztürk', '1950-05-05', 'jan ozturk')
    expect(migrate(db, migrations)).toEqual({ from: 1, to: migrations.length })
    expect(db.prepare('SELECT bsn, sort_naam, geslacht, postcode FROM client ORDER BY id').all()).toEqual([
      { bsn: '999996708', sort_naam: 'muller renee', geslacht: 'onbekend', postcode: '' },
      { bsn: '999911120', sort_naam: 'ozturk jan', geslacht: 'onbekend', postcode: '' },
    ])
    expect(db.prepare(`SELECT rowid FROM client_naam_fts WHERE client_naam_fts MATCH '"mull"'`).pluck().all()).toEqual([1])
    db.close()
  })

  it('brings a fresh backend to the latest schema', () => {
    const b = testBackend()
    try {
      expect(b.db!.pragma('user_version', { simple: true })).toBe(migrations.length)
    } finally {
      b.dispose()
    }
  })
})
