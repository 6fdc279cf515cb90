import { uuidv7 } from '../../shared/contracts/sync'
import type { Clock } from '../clock'
import type { Queryable } from '../db/sql'
import { ServerError } from '../errors'

export async function listTeams(db: Queryable) {
  return db.query<{ id: string; naam: string }>('SELECT id, naam FROM team ORDER BY naam')
}

export async function createTeam(db: Queryable, clock: Clock, naam: string) {
  const now = clock()
  const rows = await db.query<{ id: string; naam: string }>(
    'INSERT INTO team (id, naam, created_at) VALUES ($1, $2, $3) ON CONFLICT (naam) DO NOTHING RETURNING id, naam',
    [uuidv7(now.getTime()), naam, now],
  )
  if (!rows[0]) throw new ServerError(409, 'DUPLICATE', `Er is al een team met de naam ${naam}.`)
  return rows[0]
}
