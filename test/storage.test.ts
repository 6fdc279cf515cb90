import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { openDatabase } from '../src/main/db/connection'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import { loadOrCreateKey, unprotectedKeyWrapper } from '../src/main/db/keys'
import { tempDir, testBackend, withProfile, type TestBackend } from './helpers/backend'

let backends: TestBackend[] = []
afterEach(() => {
  backends.forEach((b) => b.dispose())
  backends = []
})
const make = (...args: Parameters<typeof testBackend>) => {
  const b = testBackend(...args)
  backends.push(b)
  return b
}

describe('storage', () => {
  it('opens every connection with WAL, synchronous=FULL and foreign keys, and migrates to the latest version', () => {
    const b = make()
    const db = b.db!
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
  })

  it('creates only STRICT tables', () => {
    const b = make()
    const tables = b
      .db!.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as Array<{ name: string; strict: number }>
    expect(tables.length).toBeGreaterThan(5)
    expect(tables.filter((t) => t.strict !== 1)).toEqual([])
  })

  it('keeps no client data in plaintext on disk', async () => {
    const b = make()
    await withProfile(b)
    await b.ok('clients.create', { voornamen: 'Canarius', achternaam: 'Zangvogel', geboortedatum: '1940-03-01', bsn: '999996708' })
    b.close()
    for (const f of ['werkplek.db', 'werkplek.db-wal']) {
      const p = join(b.dataDir, f)
      if (!existsSync(p)) continue
      const bytes = readFileSync(p)
      expect(bytes.includes('Zangvogel')).toBe(false)
      expect(bytes.includes('999996708')).toBe(false)
    }
  })

  it('refuses a database from a newer app version and leaves it untouched', async () => {
    const first = make()
    first.close()
    const dir = first.dataDir
    const key = loadOrCreateKey(dir, unprotectedKeyWrapper)
    const db = openDatabase(join(dir, 'werkplek.db'), key)
    db.pragma(`user_version = ${migrations.length + 5}`)
    db.close()
    const before = readFileSync(join(dir, 'werkplek.db'))

    const again = make({ dataDir: dir })
    const status = await again.ok('app.status', {})
    expect(status.state).toBe('error')
    expect(status.error?.code).toBe('DB_VERSION_TOO_NEW')
    expect(status.error?.message).toMatch(/nieuwere versie/)
    const write = await again.call('caseload.query', {})
    expect(write.ok).toBe(false)
    if (!write.ok) expect(write.error.code).toBe('DB_VERSION_TOO_NEW')
    expect(readFileSync(join(dir, 'werkplek.db')).equals(before)).toBe(true)
  })

  it('rolls a failing migration back completely', () => {
    const dir = tempDir()
    const db = openDatabase(join(dir, 'x.db'), null)
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE half (a TEXT) STRICT; SELECT * FROM does_not_exist;' },
    ]
    expect(() => migrate(db, broken)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'`).get()).toEqual({ n: 0 })
    db.close()
    rmSync(dir, { recursive: true })
  })

  it('refuses to open with the wrong key, and never replaces a missing key', async () => {
    const b = make()
    await withProfile(b)
    b.close()
    writeFileSync(join(b.dataDir, 'werkplek.key'), Buffer.from('11'.repeat(32)))
    const wrong = make({ dataDir: b.dataDir })
    expect((await wrong.ok('app.status', {})).error?.code).toBe('DB_KEY_INVALID')

    rmSync(join(b.dataDir, 'werkplek.key'))
    const missing = make({ dataDir: b.dataDir })
    expect((await missing.ok('app.status', {})).error?.code).toBe('DB_KEY_INVALID')
    expect(existsSync(join(b.dataDir, 'werkplek.key'))).toBe(false)
  })

  it('reports ok from the background integrity check on a healthy database', async () => {
    const b = make()
    await b.integrityDone
    const status = await b.ok('app.status', {})
    expect(status.integrity).toBe('ok')
    expect(status.readOnly).toBe(false)
  })

  it('starts nothing on a database closed before its background check ended (a quick quit)', async () => {
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => void rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      const b = make({ autoSync: true, backgroundRefresh: true })
      b.close()
      await b.integrityDone
      await new Promise((resolve) => setTimeout(resolve, 50))
      // Before: the check's answer started the sync engine and the audit check on the closed file.
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  })

  it('detects a damaged file, stops writing and says so', async () => {
    const b = make()
    await withProfile(b)
    b.close()
    const file = join(b.dataDir, 'werkplek.db')
    const bytes = readFileSync(file)
    // Damage the middle of a data page (past the header page) with random bytes.
    const at = 4096 * 3 + 100
    for (let i = 0; i < 64; i++) bytes[at + i] = (bytes[at + i]! + 97 + i) % 256
    writeFileSync(file, bytes)

    const damaged = make({ dataDir: b.dataDir })
    await damaged.integrityDone
    const status = await damaged.call('app.status', {})
    // Depending on which page was hit, opening, the first query or the background check notices.
    const noticed = !status.ok || status.value.state === 'error' || status.value.integrity === 'failed'
    expect(noticed).toBe(true)
    const write = await damaged.call('clients.create', { voornamen: 'A', achternaam: 'B', geboortedatum: '1950-01-01', bsn: '999911120' })
    expect(write.ok).toBe(false)
    if (!write.ok) expect(['READ_ONLY', 'DB_CORRUPT']).toContain(write.error.code)
  })
})

describe('plain better-sqlite3 sanity', () => {
  it('rejects double-quoted string literals (SQLITE_DQS=0), so SQL here uses single quotes', () => {
    const db = new Database(':memory:')
    expect(() => db.prepare('SELECT "not a column"').get()).toThrow()
    db.close()
  })
})
