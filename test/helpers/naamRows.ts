import type { Db } from '../../src/main/db/types'
import { searchKey } from '../../src/shared/domain/names'

/** A seeded generator of sort names as searchKey writes them, with the odd digit and letter outside ASCII. */
export function names(n: number): string[] {
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!
  const parts = [
    'jansen',
    'janssen',
    'vermeulen',
    'hendriks',
    'dyk',
    'bos',
    'ozturk',
    'yıldız',
    'anna',
    'an',
    'ø',
    'ßara',
    'jan2',
    '1e',
    'ab',
  ]
  return Array.from({ length: n }, () => searchKey(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(parts)).join(' ')))
}

/**
 * A client with this sort name (and search key), optionally a leveringsvorm; the first trigram
 * index is kept in JS, as clients.repo does (the rang index by triggers).
 */
export function insertNamed(db: Db, sortNaam: string, leveringsvorm: string | null = null): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, sort_naam, leveringsvorm, created_at, updated_at)
         VALUES (printf('%09d', abs(random()) % 1000000000), 'x', '', ?, '1950-01-01', ?, ?, ?, '2026-01-01', '2026-01-01')`,
      )
      .run(sortNaam, sortNaam, sortNaam, leveringsvorm).lastInsertRowid,
  )
  db.prepare('INSERT INTO client_naam_fts (rowid, tekst) VALUES (?, ?)').run(id, sortNaam)
  return id
}
