import type { Db } from '../../db/types'

export interface ClientRow {
  id: number
  bsn: string
  voornamen: string
  voorvoegsel: string
  achternaam: string
  geboortedatum: string
  adviseur_id: number | null
}

export interface NewClientRow extends Omit<ClientRow, 'id'> {
  zoeknaam: string
  created_at: string
}

const COLUMNS = 'id, bsn, voornamen, voorvoegsel, achternaam, geboortedatum, adviseur_id'

/** Escapes LIKE wildcards so a typed % or _ matches itself. */
function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export function clientsRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO client (bsn, voornamen, voorvoegsel, achternaam, geboortedatum, zoeknaam, adviseur_id, created_at, updated_at)
     VALUES (@bsn, @voornamen, @voorvoegsel, @achternaam, @geboortedatum, @zoeknaam, @adviseur_id, @created_at, @created_at)`,
  )
  const byId = db.prepare(`SELECT ${COLUMNS} FROM client WHERE id = ?`)
  const byBsn = db.prepare('SELECT id FROM client WHERE bsn = ?').pluck()
  const page = db.prepare(
    `SELECT ${COLUMNS} FROM client
     WHERE (@term = '' OR zoeknaam LIKE @like ESCAPE '\\' OR bsn = @term)
     ORDER BY achternaam, voornamen, id LIMIT @limit OFFSET @offset`,
  )
  const count = db
    .prepare(`SELECT count(*) FROM client WHERE (@term = '' OR zoeknaam LIKE @like ESCAPE '\\' OR bsn = @term)`)
    .pluck()

  return {
    insert: (row: NewClientRow): number => Number(insert.run(row).lastInsertRowid),
    byId: (id: number) => byId.get(id) as ClientRow | undefined,
    idByBsn: (bsn: string) => byBsn.get(bsn) as number | undefined,
    page(term: string, limit: number, offset: number): { rows: ClientRow[]; total: number } {
      const params = { term, like: likeContains(term), limit, offset }
      return { rows: page.all(params) as ClientRow[], total: count.get(params) as number }
    },
  }
}
