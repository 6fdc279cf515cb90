import type { Clock } from '../clock'
import type { Sql } from '../db/sql'
import { notFound } from '../errors'
import { appendAudit } from '../audit/audit'
import type { Principal } from '../auth/principal'
import { visibleDossiersSql } from '../sync/visibility'

interface DeviceRow {
  id: string
  naam: string
  scope: 'bureau' | 'huisbezoek'
  account_id: string
  gebruikersnaam: string
  registered_at: Date
  last_seen_at: Date | null
  revoked_at: Date | null
}

export async function listDevices(sql: Sql) {
  const rows = await sql.query<DeviceRow>(
    `SELECT d.id, d.naam, d.scope, d.account_id, a.gebruikersnaam, d.registered_at, d.last_seen_at, d.revoked_at
     FROM device d JOIN account a ON a.id = d.account_id ORDER BY d.registered_at, d.id`,
  )
  return rows.map((r) => ({
    id: r.id,
    naam: r.naam,
    scope: r.scope,
    accountId: r.account_id,
    gebruikersnaam: r.gebruikersnaam,
    registeredAt: r.registered_at.toISOString(),
    lastSeenAt: r.last_seen_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  }))
}

/** One account's devices that still work, newest first. */
export async function ownDevices(sql: Sql, accountId: string) {
  const rows = await sql.query<{ id: string; naam: string; scope: 'bureau' | 'huisbezoek' }>(
    'SELECT id, naam, scope FROM device WHERE account_id = $1 AND revoked_at IS NULL ORDER BY registered_at DESC',
    [accountId],
  )
  return rows.map((r) => ({ id: r.id, naam: r.naam, scope: r.scope }))
}

/**
 * Revokes a device (a lost laptop): its sessions end, its next request answers DEVICE_REVOKED (the
 * workstation then wipes its local data), and the central audit records which dossiers it held at
 * this moment: one record per client gid, so the per-client audit view shows it too.
 */
export async function revokeDevice(sql: Sql, clock: Clock, by: Principal, id: string) {
  const now = clock()
  return sql.transaction(async (tx) => {
    const [dev] = await tx.query<{ account_id: string; scope: 'bureau' | 'huisbezoek'; revoked_at: Date | null }>(
      'SELECT account_id, scope, revoked_at FROM device WHERE id = $1 FOR UPDATE',
      [id],
    )
    if (!dev) throw notFound('Dit apparaat bestaat niet.')
    if (dev.revoked_at) return { id, revokedAt: dev.revoked_at.toISOString(), dossiers: 0 }
    await tx.query('UPDATE device SET revoked_at = $2, revoked_by = $3 WHERE id = $1', [id, now, by.accountId])
    await tx.query('UPDATE session SET revoked_at = $2 WHERE device_id = $1 AND revoked_at IS NULL', [id, now])
    const teams = await tx.query<{ team_id: string }>('SELECT team_id FROM account_team WHERE account_id = $1', [dev.account_id])
    // One record per dossier it held, in one statement (a desk device may hold thousands).
    const held = await tx.query<{ client_gid: string }>(
      `WITH held AS (${visibleDossiersSql})
       INSERT INTO audit_record (gid, at, event, action, client_gid, user_gid, role, device_id, details, source, received_at)
       SELECT gen_random_uuid(), $3, 'device.revoke.dossier', 'E', held.client_gid, $4, $5, $6, '{}'::jsonb, 'server', $3 FROM held
       RETURNING client_gid`,
      [teams.map((t) => t.team_id), dev.scope === 'huisbezoek' ? id : null, now, by.accountId, by.role, id],
    )
    const base = { at: now, action: 'E' as const, userGid: by.accountId, role: by.role, deviceId: id }
    await appendAudit(
      tx,
      { ...base, event: 'device.revoke', clientGid: null, details: { apparaat: id, dossiers: held.length, account: dev.account_id } },
      'server',
      now,
    )
    return { id, revokedAt: now.toISOString(), dossiers: held.length }
  })
}
