import type { z } from 'zod'
import { type GatSchema, type GebruikRequestSchema, KENMERK_MAX, kenmerk, uuidv7 } from '../../shared/contracts/sync'
import type { Clock } from '../clock'
import type { Sql } from '../db/sql'
import { conflict } from '../errors'
import type { Principal } from '../auth/principal'

/**
 * Letter kenmerken, unique per year for the whole zorgkantoor. A device gets a block ahead of time so a
 * laptop can finalise letters offline; it reports every number back as used (by which letter) or
 * unused, so every gap in the series can be explained. The counter row makes two devices asking at
 * once get disjoint blocks; the primary key on (jaar, nummer) makes a number go out only once.
 */
export async function issueBlock(sql: Sql, clock: Clock, p: Principal, jaar: number, aantal: number) {
  const now = clock()
  return sql.transaction(async (tx) => {
    const [r] = await tx.query<{ laatste: number }>(
      `INSERT INTO kenmerk_teller (jaar, laatste) VALUES ($1, $2)
       ON CONFLICT (jaar) DO UPDATE SET laatste = kenmerk_teller.laatste + $2 WHERE kenmerk_teller.laatste + $2 <= ${KENMERK_MAX}
       RETURNING laatste`,
      [jaar, aantal],
    )
    if (!r) throw conflict(`De kenmerken voor ${jaar} zijn op: er zijn er niet meer dan ${KENMERK_MAX}.`)
    const id = uuidv7(now.getTime())
    const van = r.laatste - aantal + 1
    await tx.query(
      'INSERT INTO kenmerk_blok (id, jaar, van, tot, device_id, account_id, uitgegeven_op) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, jaar, van, r.laatste, p.deviceId, p.accountId, now],
    )
    return { id, jaar, van, tot: r.laatste, uitgegevenOp: now.toISOString() }
  })
}

export async function reportUse(sql: Sql, clock: Clock, p: Principal, req: z.output<typeof GebruikRequestSchema>) {
  const now = clock()
  return sql.transaction(async (tx) => {
    const blocks = await tx.query<{ id: string; van: number; tot: number }>(
      'SELECT id, van, tot FROM kenmerk_blok WHERE jaar = $1 AND device_id = $2',
      [req.jaar, p.deviceId],
    )
    const items = [
      ...req.gebruikt.map((g) => ({ nummer: g.nummer, brief: g.briefGid as string | null })),
      ...req.ongebruikt.map((nummer) => ({ nummer, brief: null })),
    ]
    const geweigerd: Array<{ nummer: number; message: string }> = []
    let vastgelegd = 0
    for (const { nummer, brief } of items) {
      const block = blocks.find((b) => b.van <= nummer && nummer <= b.tot)
      if (!block) {
        geweigerd.push({ nummer, message: `${kenmerk(req.jaar, nummer)} is niet aan dit apparaat uitgegeven.` })
        continue
      }
      const status = brief ? 'gebruikt' : 'ongebruikt'
      const inserted = await tx.query(
        'INSERT INTO kenmerk_nummer (jaar, nummer, blok_id, status, brief_gid, gemeld_op) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (jaar, nummer) DO NOTHING RETURNING nummer',
        [req.jaar, nummer, block.id, status, brief, now],
      )
      if (inserted.length > 0) {
        vastgelegd++
        continue
      }
      const [prev] = await tx.query<{ status: string; brief_gid: string | null }>(
        'SELECT status, brief_gid FROM kenmerk_nummer WHERE jaar = $1 AND nummer = $2',
        [req.jaar, nummer],
      )
      if (prev?.status === status && prev.brief_gid === brief)
        vastgelegd++ // the same report again: idempotent
      else
        geweigerd.push({
          nummer,
          message: `${kenmerk(req.jaar, nummer)} is al gemeld als ${prev?.status}; een kenmerk gaat maar één keer uit.`,
        })
    }
    return { vastgelegd, geweigerd }
  })
}

const nlDate = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('-')

/** Every issued number without a letter, in runs, with the explanation Beheer shows. */
export async function gapReport(sql: Sql, jaar: number) {
  const blocks = await sql.query<{ id: string; van: number; tot: number; device_id: string; naam: string; uitgegeven_op: Date }>(
    'SELECT b.id, b.van, b.tot, b.device_id, d.naam, b.uitgegeven_op FROM kenmerk_blok b JOIN device d ON d.id = b.device_id WHERE b.jaar = $1 ORDER BY b.van',
    [jaar],
  )
  const reported = await sql.query<{ nummer: number; status: string; gemeld_op: Date }>(
    'SELECT nummer, status, gemeld_op FROM kenmerk_nummer WHERE jaar = $1',
    [jaar],
  )
  const byNumber = new Map(reported.map((r) => [r.nummer, r]))
  const gaten: Array<z.output<typeof GatSchema>> = []
  for (const b of blocks) {
    let run: { van: number; tot: number; key: string; teruggemeld: Date | null } | undefined
    const flush = () => {
      if (!run) return
      const uitgegeven = `Uitgegeven aan ${b.naam} op ${nlDate(b.uitgegeven_op)}`
      gaten.push({
        van: run.van,
        tot: run.tot,
        status: run.teruggemeld ? ('ongebruikt' as const) : ('open' as const),
        deviceId: b.device_id,
        deviceNaam: b.naam,
        uitgegevenOp: b.uitgegeven_op.toISOString(),
        teruggemeldOp: run.teruggemeld?.toISOString() ?? null,
        uitleg: run.teruggemeld
          ? `${uitgegeven}, ongebruikt teruggemeld op ${nlDate(run.teruggemeld)}.`
          : `${uitgegeven}, nog niet gebruikt.`,
      })
      run = undefined
    }
    for (let n = b.van; n <= b.tot; n++) {
      const r = byNumber.get(n)
      if (r?.status === 'gebruikt') {
        flush()
        continue
      }
      const key = r ? `o:${r.gemeld_op.toISOString().slice(0, 10)}` : 'open'
      if (run && run.key === key && run.tot === n - 1) run.tot = n
      else {
        flush()
        run = { van: n, tot: n, key, teruggemeld: r?.gemeld_op ?? null }
      }
    }
    flush()
  }
  const [teller] = await sql.query<{ laatste: number }>('SELECT laatste FROM kenmerk_teller WHERE jaar = $1', [jaar])
  return { jaar, uitgegevenTot: teller?.laatste ?? 0, gebruikt: reported.filter((r) => r.status === 'gebruikt').length, gaten }
}
