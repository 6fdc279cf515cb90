import type { z } from 'zod'
import { type Change, type ChangeResult, type EntityDef, entityDef, uuidv7 } from '../../shared/contracts/sync'
import type { Queryable } from '../db/sql'
import type { Principal } from '../auth/principal'
import { appendAudit, findAudit } from '../audit/audit'
import type { audit } from '../../shared/contracts/sync/auditAccount'
import { authorize } from './authorize'
import { type BatchState, flushWrites, queueWrite, rowKey } from './batch'
import { type FieldConflict, sameValue, threeWay } from './merge'
import { bumpDossier, toStored } from './rows'

export interface ApplyContext {
  tx: Queryable
  p: Principal
  now: Date
  state: BatchState
  uploadId?: string | null
}

const result = (
  c: Change,
  status: ChangeResult['status'],
  version: number | null,
  seq: number | null,
  extra: Partial<ChangeResult> = {},
): ChangeResult => ({
  changeId: c.changeId,
  status,
  version,
  seq,
  ...extra,
})
const rejected = (c: Change, message: string, retryable = false) =>
  result(c, 'rejected', null, null, retryable ? { message, retryable } : { message })

/** The Dutch text of the first schema problem: "veld: melding". */
function firstIssue(error: z.ZodError): string {
  const i = error.issues[0]
  return i ? `${i.path.join('.') || 'gegevens'}: ${i.message}` : 'De gegevens kloppen niet.'
}

/** Validates the changed fields: all of them for a new row, the given ones for an existing row. */
function checkFields(
  def: EntityDef,
  fields: Record<string, unknown>,
  isNew: boolean,
): { ok: true; fields: Record<string, unknown> } | { ok: false; message: string } {
  const parsed = (isNew ? def.fields : def.fields.partial()).safeParse(fields)
  if (!parsed.success) return { ok: false, message: `Ongeldige wijziging (${firstIssue(parsed.error)}).` }
  // Keep only the keys that were sent: a partial parse may add defaults the author never set.
  const out = parsed.data as Record<string, unknown>
  return { ok: true, fields: isNew ? out : Object.fromEntries(Object.keys(fields).map((k) => [k, out[k]])) }
}

/**
 * Applies one change inside the push transaction and returns its result. Rejections are results, not
 * exceptions: one bad change does not fail the batch. Anything thrown rolls the whole batch back.
 */
export async function applyChange(ctx: ApplyContext, c: Change): Promise<ChangeResult> {
  const res = await decide(ctx, c)
  if (!(res.status === 'rejected' && res.retryable)) ctx.state.handled.push({ changeId: c.changeId, result: res })
  // A result about a row whose write is still queued learns its seq when the batch flushes.
  const pending = res.status !== 'rejected' ? ctx.state.pending.get(rowKey(c.entity, c.gid)) : undefined
  pending?.results.push(res)
  return res
}

async function decide(ctx: ApplyContext, c: Change): Promise<ChangeResult> {
  const { state, p } = ctx
  const earlier = state.earlier.get(c.changeId) ?? state.handled.find((h) => h.changeId === c.changeId)
  if (earlier) {
    if ('deviceId' in earlier && earlier.deviceId !== p.deviceId)
      return rejected(c, 'Deze wijzigings-id is al gebruikt door een ander apparaat.')
    return { ...earlier.result, status: 'duplicate', firstStatus: earlier.result.firstStatus ?? earlier.result.status }
  }
  const def = entityDef(c.entity)!
  const key = rowKey(c.entity, c.gid)
  const row = state.rows.get(key)
  const fields = c.op === 'upsert' ? (c.fields ?? {}) : {}

  if (def.scope === 'audit') return applyAudit(ctx, c, fields)
  if (def.scope === 'dossier') {
    if (!c.clientGid) return rejected(c, 'Een wijziging in een dossier noemt de cliënt (clientGid).')
    if (c.entity === 'client' && c.clientGid !== c.gid) return rejected(c, 'Bij een cliënt is clientGid gelijk aan de gid.')
    if (Object.hasOwn(fields, 'clientGid') && fields.clientGid !== c.clientGid)
      return rejected(c, 'Een gegeven kan niet naar een andere cliënt verhuizen.')
    if (row && row.clientGid !== c.clientGid) return rejected(c, 'Een gegeven kan niet naar een andere cliënt verhuizen.')
  } else if (c.clientGid) return rejected(c, 'Alleen dossiergegevens noemen een cliënt.')

  let checked = fields
  if (c.op === 'upsert') {
    const f = checkFields(def, fields, !row)
    if (!f.ok) return rejected(c, f.message)
    checked = f.fields
  }
  const verdict = authorize(p, def, c, checked, c.clientGid ? state.teams.get(c.clientGid) : undefined, row?.fields)
  if (!verdict.ok) return rejected(c, verdict.message, verdict.retryable)
  if (c.entity === 'client' && typeof checked.teamId === 'string' && checked.teamId !== row?.fields.teamId) {
    const [known] = await ctx.tx.query('SELECT 1 FROM team WHERE id = $1', [checked.teamId])
    if (!known) return rejected(c, 'Het gekozen team bestaat niet.')
  }

  if (row && (def.appendOnly || (def.frozenWhen && row.fields[def.frozenWhen.field] === def.frozenWhen.value))) {
    if (c.op === 'upsert' && Object.entries(checked).every(([k, v]) => sameValue(row.fields[k], v))) {
      return result(c, 'duplicate', row.version, row.seq > 0 ? row.seq : null, { firstStatus: 'applied' })
    }
    return rejected(
      c,
      def.appendOnly
        ? 'Dit gegeven kan alleen worden toegevoegd, niet gewijzigd of verwijderd.'
        : 'Dit gegeven is vastgesteld of definitief en kan niet meer worden gewijzigd of verwijderd.',
    )
  }
  if (c.baseVersion !== null && (!row || c.baseVersion > row.version)) {
    return rejected(c, 'De wijziging waarop deze voortbouwt is nog niet op de server; ze wordt later opnieuw verstuurd.', true)
  }
  if (c.op === 'delete') return applyDelete(ctx, c, def)
  if (!row) return insert(ctx, c, def, checked, verdict.team)
  if (row.deleted) return rejected(c, 'Een collega heeft dit gegeven intussen verwijderd; uw wijziging is niet opgeslagen.')

  const { apply, conflicts } =
    c.baseVersion === row.version ? { apply: checked, conflicts: [] as FieldConflict[] } : threeWay(row.fields, c.base, checked)
  let version = row.version
  let seq: number | null = row.seq > 0 ? row.seq : null
  if (Object.keys(apply).length > 0) ({ version, seq } = await update(ctx, c, row.fields, apply, version))
  if (conflicts.length > 0) {
    const conflictId = uuidv7(ctx.now.getTime())
    await ctx.tx.query(
      `INSERT INTO conflict (id, entity, gid, client_gid, change_id, author, device_id, fields, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
      [conflictId, c.entity, c.gid, c.clientGid, c.changeId, p.accountId, p.deviceId, JSON.stringify(conflicts), ctx.now],
    )
    return result(c, 'conflict', version, seq, { conflictId })
  }
  return result(c, c.baseVersion === row.version ? 'applied' : 'merged', version, seq)
}

async function insert(
  ctx: ApplyContext,
  c: Change,
  def: EntityDef,
  fields: Record<string, unknown>,
  team: string | null,
): Promise<ChangeResult> {
  const { tx, state, p } = ctx
  if (def.singleton && [...state.rows.values()].some((r) => r.entity === c.entity && !r.deleted)) {
    return rejected(c, 'Dit gegeven bestaat maar één keer; wijzig het bestaande.')
  }
  if (def.singleton) {
    const [other] = await tx.query('SELECT 1 FROM sync_row WHERE entity = $1 AND gid <> $2 AND NOT deleted LIMIT 1', [c.entity, c.gid])
    if (other) return rejected(c, 'Dit gegeven bestaat maar één keer; wijzig het bestaande.')
  }
  const stored = { ...fields }
  if (c.entity === 'client') {
    stored.teamId = team
    await tx.query('INSERT INTO dossier (client_gid, team_id) VALUES ($1, $2)', [c.gid, team])
    state.teams.set(c.gid, team!)
  }
  queueWrite(
    state,
    {
      entity: c.entity,
      gid: c.gid,
      scope: def.scope as 'dossier',
      clientGid: c.clientGid,
      version: 1,
      deleted: false,
      fields: stored,
      changedBy: p.accountId,
      device: p.deviceId,
      uploadId: ctx.uploadId ?? null,
    },
    ctx.now,
  )
  // A new mark puts the dossier on that laptop: it must receive every row, also those it pulled past.
  if (c.entity === 'huisbezoek') await resendDossier(ctx, c.clientGid!)
  return result(c, 'applied', 1, null)
}

async function update(ctx: ApplyContext, c: Change, before: Record<string, unknown>, apply: Record<string, unknown>, version: number) {
  const { state, p } = ctx
  const row = state.rows.get(rowKey(c.entity, c.gid))!
  const fields = { ...before, ...apply }
  queueWrite(
    state,
    { ...row, version: version + 1, fields, changedBy: p.accountId, device: p.deviceId, uploadId: ctx.uploadId ?? null },
    ctx.now,
  )
  let seq: number | null = null
  if (c.entity === 'client' && typeof apply.teamId === 'string' && apply.teamId !== before.teamId) {
    await moveDossier(ctx, c.gid, String(before.teamId), apply.teamId)
    seq = state.rows.get(rowKey(c.entity, c.gid))!.seq
  }
  if (c.entity === 'huisbezoek' && Object.hasOwn(apply, 'deviceId') && apply.deviceId !== before.deviceId)
    await hideFor(ctx, c.clientGid!, String(before.deviceId))
  return { version: version + 1, seq }
}

async function applyDelete(ctx: ApplyContext, c: Change, def: EntityDef): Promise<ChangeResult> {
  const row = ctx.state.rows.get(rowKey(c.entity, c.gid))
  if (!row) return rejected(c, 'Dit gegeven bestaat niet (meer) op de server.')
  if (row.deleted) return result(c, 'applied', row.version, row.seq > 0 ? row.seq : null)
  if (c.baseVersion !== row.version)
    return rejected(c, 'Een collega heeft dit gegeven intussen gewijzigd; het is niet verwijderd. Bekijk de nieuwe versie.')
  if (c.entity === 'client') return rejected(c, 'Een cliënt wordt niet verwijderd; wijs het dossier toe of sluit het af.')
  const write = {
    ...row,
    scope: def.scope as 'dossier',
    version: row.version + 1,
    deleted: true,
    changedBy: ctx.p.accountId,
    device: ctx.p.deviceId,
    uploadId: ctx.uploadId ?? null,
  }
  queueWrite(ctx.state, write, ctx.now)
  if (c.entity === 'huisbezoek') await hideFor(ctx, c.clientGid!, String(row.fields.deviceId))
  const seq = ctx.state.rows.get(rowKey(c.entity, c.gid))!.seq
  return result(c, 'applied', row.version + 1, seq > 0 ? seq : null)
}

/** A client moved to another team: the new team's devices get the whole dossier, the old team's a "hidden" row. */
async function moveDossier(ctx: ApplyContext, clientGid: string, from: string, to: string): Promise<void> {
  await flushWrites(ctx.tx, ctx.state, ctx.now)
  await ctx.tx.query('UPDATE dossier SET team_id = $2 WHERE client_gid = $1', [clientGid, to])
  ctx.state.teams.set(clientGid, to)
  await resendDossier(ctx, clientGid)
  await ctx.tx.query(`INSERT INTO dossier_hidden (seq, client_gid, from_team, at) VALUES (nextval('sync_seq'), $1, $2, $3)`, [
    clientGid,
    from,
    ctx.now,
  ])
}

/** New seqs for every row of a dossier (devices that newly may hold it receive all of it); the batch state follows. */
async function resendDossier(ctx: ApplyContext, clientGid: string): Promise<void> {
  await flushWrites(ctx.tx, ctx.state, ctx.now)
  await bumpDossier(ctx.tx, clientGid)
  for (const r of ctx.state.rows.values()) if (r.clientGid === clientGid) ctx.state.rows.delete(rowKey(r.entity, r.gid))
  const rows = await ctx.tx.query<Parameters<typeof toStored>[0]>('SELECT * FROM sync_row WHERE client_gid = $1', [clientGid])
  for (const r of rows) ctx.state.rows.set(rowKey(r.entity, r.gid), toStored(r))
}

/** A huisbezoek mark ended: that laptop must drop the dossier. */
async function hideFor(ctx: ApplyContext, clientGid: string, deviceId: string): Promise<void> {
  await flushWrites(ctx.tx, ctx.state, ctx.now) // the mark's own row first, then the "hidden" after it
  await ctx.tx.query(`INSERT INTO dossier_hidden (seq, client_gid, device_id, at) VALUES (nextval('sync_seq'), $1, $2, $3)`, [
    clientGid,
    deviceId,
    ctx.now,
  ])
}

async function applyAudit(ctx: ApplyContext, c: Change, fields: Record<string, unknown>): Promise<ChangeResult> {
  if (c.op !== 'upsert') return rejected(c, 'Auditregels kunnen niet worden verwijderd.')
  const def = entityDef('audit')!
  const parsed = def.fields.safeParse(fields)
  if (!parsed.success) return rejected(c, `Ongeldige auditregel (${firstIssue(parsed.error)}).`)
  const verdict = authorize(ctx.p, def, c, parsed.data as Record<string, unknown>, undefined, undefined)
  if (!verdict.ok) return rejected(c, verdict.message)
  const a = parsed.data as z.output<typeof audit>
  const existing = await findAudit(ctx.tx, c.gid)
  if (existing) {
    const same = sameValue(
      { ...existing, id: undefined, gid: undefined, at: new Date(String(existing.at)).getTime() },
      { ...a, at: new Date(a.at).getTime() },
    )
    return same
      ? result(c, 'duplicate', 1, null, { firstStatus: 'applied' })
      : rejected(c, 'Deze auditregel bestaat al met andere inhoud; auditregels veranderen niet.')
  }
  await appendAudit(ctx.tx, { gid: c.gid, ...a }, 'werkplek', ctx.now)
  return result(c, 'applied', 1, null)
}
