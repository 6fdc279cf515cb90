import type { Db } from '../../db/types'

/** The local ids behind the server's gids, so the central audit can name clients and people. */
export function teambeheerRepo(db: Db) {
  const clientGid = db.prepare('SELECT gid FROM client WHERE id = ?').pluck()
  const clientId = db.prepare('SELECT id FROM client WHERE gid = ?').pluck()
  const adviseurNaam = db.prepare('SELECT naam FROM adviseur WHERE gid = ?').pluck()
  return {
    clientGid: (id: number) => (clientGid.get(id) as string | null | undefined) ?? null,
    clientId: (gid: string) => (clientId.get(gid) as number | undefined) ?? null,
    adviseurNaam: (gid: string) => (adviseurNaam.get(gid) as string | undefined) ?? null,
  }
}
export type TeambeheerRepo = ReturnType<typeof teambeheerRepo>
