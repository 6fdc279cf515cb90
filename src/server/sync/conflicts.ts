import type { z } from 'zod'
import { type ResolveRequestSchema, entityDef, uuidv7 } from '../../shared/contracts/sync'
import type { Clock } from '../clock'
import type { Sql } from '../db/sql'
import { ServerError, conflict, notFound } from '../errors'
import { appendAudit } from '../audit/audit'
import type { Principal } from '../auth/principal'
import { authorize } from './authorize'
import { type FieldConflict, sameValue } from './merge'
import { readRow, writeRow } from './rows'
import { lockSequence, notifyCommitted } from './seqLock'

type Keuze = z.output<typeof ResolveRequestSchema>['keuze']

/**
 * Resolves a conflict on the server: the chosen value per field is applied to the row as a new version
 * (the workstation does not push it again; it receives the row through pull like any other change).
 * If a field changed once more since the conflict was recorded, nothing is applied: the conflict gets
 * the newest server value and the author is asked to look again. Every resolution is audited centrally.
 */
export async function resolveConflict(sql: Sql, clock: Clock, p: Principal, id: string, keuze: Keuze) {
  const now = clock()
  const outcome = await sql.transaction(async (tx) => {
    await lockSequence(tx)
    const [c] = await tx.query<{
      entity: string
      gid: string
      client_gid: string | null
      author: string
      fields: FieldConflict[]
      resolved_at: Date | null
    }>('SELECT entity, gid, client_gid, author, fields, resolved_at FROM conflict WHERE id = $1', [id])
    if (!c || c.author !== p.accountId) throw notFound('Dit conflict bestaat niet of is niet van u.')
    if (c.resolved_at) throw conflict('Dit conflict is al opgelost.')
    const missing = c.fields.filter((f) => !Object.hasOwn(keuze, f.field)).map((f) => f.field)
    const extra = Object.keys(keuze).filter((k) => !c.fields.some((f) => f.field === k))
    if (missing.length || extra.length)
      throw new ServerError(
        400,
        'VALIDATION_ERROR',
        `Kies een waarde voor precies de velden van dit conflict (${c.fields.map((f) => f.field).join(', ')}).`,
      )
    const def = entityDef(c.entity)!
    const row = await readRow(tx, c.entity, c.gid)
    if (!row || row.deleted) throw conflict('Dit gegeven is intussen verwijderd; er valt niets meer te kiezen.')
    if (def.appendOnly || (def.frozenWhen && row.fields[def.frozenWhen.field] === def.frozenWhen.value))
      throw conflict('Dit gegeven is intussen vastgesteld of definitief.')

    const stale = c.fields.filter((f) => !sameValue(row.fields[f.field], f.theirs))
    if (stale.length > 0) {
      const refreshed = c.fields.map((f) => ({ ...f, theirs: row.fields[f.field] ?? null }))
      await tx.query('UPDATE conflict SET fields = $2::jsonb WHERE id = $1', [id, JSON.stringify(refreshed)])
      return { stale: stale.map((f) => f.field) }
    }
    const chosen: Record<string, unknown> = {}
    for (const f of c.fields) {
      const k = keuze[f.field]!
      chosen[f.field] = k === 'theirs' ? f.theirs : k === 'mine' ? f.mine : k === 'base' ? f.base : k.value
    }
    const parsed = def.fields.partial().safeParse(chosen)
    if (!parsed.success)
      throw new ServerError(400, 'VALIDATION_ERROR', `De gekozen waarde past niet: ${parsed.error.issues[0]?.message ?? 'ongeldig'}.`)
    const apply = Object.fromEntries(Object.entries(chosen).filter(([k, v]) => !sameValue(row.fields[k], v)))
    const change = {
      changeId: id,
      entity: c.entity,
      gid: c.gid,
      op: 'upsert',
      baseVersion: row.version,
      base: null,
      fields: apply,
      clientGid: c.client_gid,
      at: now.toISOString(),
    } as const
    const [team] = c.client_gid
      ? await tx.query<{ team_id: string }>('SELECT team_id FROM dossier WHERE client_gid = $1', [c.client_gid])
      : []
    const verdict = authorize(p, def, change as never, apply, team?.team_id, row.fields)
    if (!verdict.ok || ('teamId' in apply && apply.teamId !== row.fields.teamId))
      throw new ServerError(403, 'FORBIDDEN', verdict.ok ? 'Een teamwissel loopt niet via een conflict.' : verdict.message)
    let { version, seq } = row
    if (Object.keys(apply).length > 0) {
      version += 1
      seq = await writeRow(tx, {
        ...row,
        version,
        fields: { ...row.fields, ...apply },
        changedBy: p.accountId,
        device: p.deviceId,
        at: now,
      })
      await notifyCommitted(tx)
    }
    const keuzeKort = Object.entries(keuze)
      .map(([f, k]) => `${f}:${typeof k === 'string' ? k : 'eigen'}`)
      .join(',')
    await tx.query('UPDATE conflict SET resolved_at = $2, resolved_by = $3, keuze = $4::jsonb WHERE id = $1', [
      id,
      now,
      p.accountId,
      JSON.stringify(keuze),
    ])
    await appendAudit(
      tx,
      {
        gid: uuidv7(now.getTime()),
        at: now,
        event: 'sync.conflict.resolve',
        action: 'U',
        clientGid: c.client_gid,
        userGid: p.accountId,
        role: p.role,
        deviceId: p.deviceId,
        details: { conflict: id, entity: c.entity, gid: c.gid, keuze: keuzeKort },
      },
      'server',
      now,
    )
    return { id, version, seq: Object.keys(apply).length > 0 ? seq : null }
  })
  if ('stale' in outcome && outcome.stale)
    throw conflict(`Een collega heeft ${outcome.stale.join(', ')} intussen opnieuw gewijzigd. Bekijk de nieuwe waarde en kies opnieuw.`)
  return outcome
}
