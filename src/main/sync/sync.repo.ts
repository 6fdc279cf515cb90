import type { Db } from '../db/types'
import type { Conflict, PullRow } from '../../shared/contracts/sync/protocol'

/** Parked pulled rows, open conflicts and kenmerk blocks of this workstation. */
export function syncRepo(db: Db) {
  const park = db.prepare('INSERT OR REPLACE INTO sync_parked (seq, row, reden) VALUES (?, ?, ?)')
  const refusedCount = db.prepare('SELECT count(*) FROM sync_parked WHERE reden IS NOT NULL').pluck()
  const parked = db.prepare('SELECT row FROM sync_parked ORDER BY seq').pluck()
  const clearParked = db.prepare('DELETE FROM sync_parked')
  const upsertConflict = db.prepare(
    `INSERT INTO sync_conflict (id, entity, gid, client_gid, change_id, fields, created_at) VALUES (@id, @entity, @gid, @clientGid, @changeId, @fields, @createdAt)
     ON CONFLICT (id) DO UPDATE SET fields = excluded.fields`,
  )
  const openConflicts = db.prepare(
    `SELECT id, entity, gid, client_gid AS clientGid, change_id AS changeId, fields, created_at AS createdAt FROM sync_conflict WHERE resolved_at IS NULL ORDER BY created_at`,
  )
  const resolveConflict = db.prepare('UPDATE sync_conflict SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL')
  const blocks = db.prepare('SELECT jaar, van, tot, volgende FROM kenmerk_blok WHERE jaar = ? AND volgende <= tot ORDER BY van')
  const addBlock = db.prepare('INSERT OR IGNORE INTO kenmerk_blok (jaar, van, tot, volgende) VALUES (?, ?, ?, ?)')
  const advance = db.prepare('UPDATE kenmerk_blok SET volgende = volgende + 1 WHERE jaar = ? AND van = ? AND volgende = ?')
  const melding = db.prepare('INSERT OR REPLACE INTO kenmerk_melding (jaar, nummer, brief_gid) VALUES (?, ?, ?)')
  const meldingen = db.prepare('SELECT jaar, nummer, brief_gid AS briefGid FROM kenmerk_melding ORDER BY jaar, nummer LIMIT 1000')
  const gemeld = db.prepare('DELETE FROM kenmerk_melding WHERE jaar = ? AND nummer = ?')
  const unusedAll = db.prepare('SELECT jaar, volgende, tot FROM kenmerk_blok WHERE volgende <= tot')
  const dropBlocks = db.prepare('DELETE FROM kenmerk_blok')
  const clientIdByGid = db.prepare('SELECT id FROM client WHERE gid = ?').pluck()

  return {
    /** Keeps rows to try again after the next page: waiting for their parent, or refused with a reason. */
    park: (rows: PullRow[], reasons: string[] = []) => rows.forEach((r, i) => park.run(r.seq, JSON.stringify(r), reasons[i] ?? null)),
    refusedCount: () => refusedCount.get() as number,
    takeParked(): PullRow[] {
      const rows = (parked.all() as string[]).map((r) => JSON.parse(r) as PullRow)
      clearParked.run()
      return rows
    },
    parkedCount: () => (parked.all() as string[]).length,
    /** The server's list of this adviser's open conflicts replaces what was known. */
    setConflicts(list: Conflict[], now: string): void {
      const ids = new Set(list.map((c) => c.id))
      for (const c of openConflicts.all() as Array<{ id: string }>) if (!ids.has(c.id)) resolveConflict.run(now, c.id)
      for (const c of list) upsertConflict.run({ ...c, fields: JSON.stringify(c.fields) })
    },
    conflicts: () =>
      (
        openConflicts.all() as Array<{
          id: string
          entity: string
          gid: string
          clientGid: string | null
          changeId: string
          fields: string
          createdAt: string
        }>
      ).map((c) => ({
        ...c,
        clientId: c.clientGid ? ((clientIdByGid.get(c.clientGid) as number | undefined) ?? null) : null,
        fields: JSON.parse(c.fields) as Conflict['fields'],
      })),
    markResolved: (id: string, now: string) => void resolveConflict.run(now, id),
    /** Numbers left in this device's blocks for the year. */
    kenmerkenOver(jaar: string): number {
      return (blocks.all(jaar) as Array<{ tot: number; volgende: number }>).reduce((n, b) => n + b.tot - b.volgende + 1, 0)
    },
    addBlock: (jaar: string, van: number, tot: number) => void addBlock.run(jaar, van, tot, van),
    /** The next `count` numbers of the year in this device's blocks, in order, without using them; fewer when they run out. */
    peekKenmerken(jaar: string, count: number): number[] {
      const out: number[] = []
      for (const b of blocks.all(jaar) as Array<{ van: number; tot: number; volgende: number }>)
        for (let n = b.volgende; n <= b.tot && out.length < count; n++) out.push(n)
      return out
    },
    /** Uses one number (inside the archiving transaction) and queues its report; false when it was not the next one. */
    useKenmerk(jaar: string, nummer: number, briefGid: string): boolean {
      const b = (blocks.all(jaar) as Array<{ van: number; tot: number; volgende: number }>).find((x) => x.volgende === nummer)
      if (!b || advance.run(jaar, b.van, nummer).changes !== 1) return false
      melding.run(jaar, nummer, briefGid)
      return true
    },
    meld: (jaar: string, nummer: number, briefGid: string | null) => void melding.run(jaar, nummer, briefGid),
    meldingen: () => meldingen.all() as Array<{ jaar: string; nummer: number; briefGid: string | null }>,
    gemeld: (jaar: string, nummer: number) => void gemeld.run(jaar, nummer),
    /** At sign-out every number still in a block goes back as unused, so the gap is explained. */
    returnUnused(): number {
      let n = 0
      for (const b of unusedAll.all() as Array<{ jaar: string; volgende: number; tot: number }>)
        for (let k = b.volgende; k <= b.tot; k++, n++) melding.run(b.jaar, k, null)
      dropBlocks.run()
      return n
    },
  }
}
export type SyncRepo = ReturnType<typeof syncRepo>
