import { z } from 'zod'
import { type LoginRequestSchema, type RefreshRequestSchema, type Tokens, refreshSigningText, uuidv7 } from '../../shared/contracts/sync'
import type { Clock } from '../clock'
import type { Queryable, Sql } from '../db/sql'
import { ServerError, unauthenticated } from '../errors'
import { loadAccount } from '../accounts/accounts'
import type { Principal } from './principal'
import { burnPasswordCheck, checkPassword, newToken, tokenHash, verifyDeviceSignature } from './secrets'
import { assertNotThrottled, clearFailures, recordFailure, throttleKeys, throttledError } from './throttle'

export const ACCESS_TTL_MS = 15 * 60_000
export const REFRESH_TTL_MS = 30 * 24 * 3600_000
/** How far a refresh signature's timestamp may be from the server's clock. */
const SIGNATURE_SKEW_MS = 5 * 60_000

export const deviceRevoked = () =>
  new ServerError(401, 'DEVICE_REVOKED', 'Dit apparaat is ingetrokken door de beheerder. De gegevens op dit apparaat worden verwijderd.')
export const accountDisabled = () =>
  new ServerError(401, 'ACCOUNT_DISABLED', 'Uw account is uitgeschakeld. Neem contact op met de beheerder.')
const deviceMismatch = (message: string) => new ServerError(403, 'DEVICE_MISMATCH', message)

type Login = z.output<typeof LoginRequestSchema>

/** Sign-in: throttle, password, device registration or check, then a new session bound to the device. */
export async function login(sql: Sql, clock: Clock, input: Login, address: string): Promise<Tokens> {
  const now = clock()
  const keys = throttleKeys(input.gebruikersnaam, address)
  await assertNotThrottled(sql, keys, now)
  const [acc] = await sql.query<{ id: string; password_hash: string; actief: boolean }>(
    'SELECT id, password_hash, actief FROM account WHERE gebruikersnaam = $1',
    [input.gebruikersnaam.toLowerCase()],
  )
  const ok = acc ? await checkPassword(acc.password_hash, input.wachtwoord) : (await burnPasswordCheck(input.wachtwoord), false)
  if (!acc || !ok) {
    const wait = await recordFailure(sql, keys, now)
    if (wait > 0) throw throttledError(wait)
    throw new ServerError(401, 'INVALID_CREDENTIALS', 'De gebruikersnaam of het wachtwoord klopt niet.')
  }
  await clearFailures(sql, keys[0]!.key)
  if (!acc.actief) throw accountDisabled()

  return sql.transaction(async (tx) => {
    let deviceId = input.device.id
    if (deviceId) {
      const [dev] = await tx.query<{ account_id: string; public_key: string; revoked_at: Date | null }>(
        'SELECT account_id, public_key, revoked_at FROM device WHERE id = $1',
        [deviceId],
      )
      if (!dev) throw deviceMismatch('Dit apparaat is niet bekend bij de server. Koppel het opnieuw.')
      if (dev.revoked_at) throw deviceRevoked()
      if (dev.account_id !== acc.id || dev.public_key !== input.device.publicKey) {
        throw deviceMismatch('Dit apparaat hoort bij een ander account of een andere sleutel.')
      }
    } else {
      deviceId = uuidv7(now.getTime())
      await tx.query(
        'INSERT INTO device (id, account_id, naam, public_key, scope, registered_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $6)',
        [deviceId, acc.id, input.device.naam, input.device.publicKey, input.device.scope, now],
      )
    }
    return issueSession(tx, now, acc.id, deviceId)
  })
}

async function issueSession(db: Queryable, now: Date, accountId: string, deviceId: string, sessionId?: string): Promise<Tokens> {
  const access = newToken('wa')
  const refresh = newToken('wr')
  const accessExpires = new Date(now.getTime() + ACCESS_TTL_MS)
  const refreshExpires = new Date(now.getTime() + REFRESH_TTL_MS)
  if (sessionId) {
    await db.query(
      'UPDATE session SET access_hash = $2, access_expires_at = $3, refresh_hash = $4, refresh_expires_at = $5 WHERE id = $1',
      [sessionId, tokenHash(access), accessExpires, tokenHash(refresh), refreshExpires],
    )
  } else {
    await db.query(
      `INSERT INTO session (id, account_id, device_id, access_hash, access_expires_at, refresh_hash, refresh_expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [uuidv7(now.getTime()), accountId, deviceId, tokenHash(access), accessExpires, tokenHash(refresh), refreshExpires, now],
    )
  }
  const account = await loadAccount(db, accountId)
  return {
    accessToken: access,
    accessExpiresAt: accessExpires.toISOString(),
    refreshToken: refresh,
    refreshExpiresAt: refreshExpires.toISOString(),
    deviceId,
    account,
  }
}

interface SessionRow {
  id: string
  account_id: string
  device_id: string
  access_expires_at: Date
  refresh_expires_at: Date
  revoked_at: Date | null
  device_revoked: Date | null
  public_key: string
  scope: 'bureau' | 'huisbezoek'
  actief: boolean
  role: Principal['role']
  gebruikersnaam: string
  must_change_password: boolean
  teams: string[]
  own_devices: string[]
}

const SESSION_SELECT = `
  SELECT s.id, s.account_id, s.device_id, s.access_expires_at, s.refresh_expires_at, s.revoked_at,
         d.revoked_at AS device_revoked, d.public_key, d.scope, a.actief, a.role, a.gebruikersnaam, a.must_change_password,
         coalesce((SELECT json_agg(t.team_id ORDER BY t.position) FROM account_team t WHERE t.account_id = a.id), '[]'::json) AS teams,
         coalesce((SELECT json_agg(o.id) FROM device o WHERE o.account_id = a.id AND o.revoked_at IS NULL), '[]'::json) AS own_devices
  FROM session s JOIN device d ON d.id = s.device_id JOIN account a ON a.id = s.account_id`

/** The order of these checks decides what a workstation is told: a revoked device must hear so, and wipe. */
function checkSession(row: SessionRow | undefined): SessionRow {
  if (!row) throw unauthenticated()
  if (row.device_revoked) throw deviceRevoked()
  if (!row.actief) throw accountDisabled()
  if (row.revoked_at) throw unauthenticated()
  return row
}

/** Resolves a bearer access token to the principal, or throws the 401 that says why not. */
export async function authenticate(sql: Sql, clock: Clock, token: string): Promise<Principal> {
  const now = clock()
  const [found] = await sql.query<SessionRow>(`${SESSION_SELECT} WHERE s.access_hash = $1`, [tokenHash(token)])
  const row = checkSession(found)
  if (row.access_expires_at.getTime() <= now.getTime()) {
    throw new ServerError(
      401,
      'TOKEN_EXPIRED',
      'Uw sessie is verlopen. Het apparaat vernieuwt haar vanzelf; lukt dat niet, meld u dan opnieuw aan.',
    )
  }
  // Last contact for the beheer device list, written at most once a minute per device.
  await sql.query(
    `UPDATE device SET last_seen_at = $2 WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $2::timestamptz - interval '1 minute')`,
    [row.device_id, now],
  )
  return {
    sessionId: row.id,
    accountId: row.account_id,
    gebruikersnaam: row.gebruikersnaam,
    role: row.role,
    teams: row.teams,
    ownDevices: row.own_devices,
    deviceId: row.device_id,
    deviceScope: row.scope,
    mustChangePassword: row.must_change_password,
  }
}

/** New tokens for a refresh token, only with a fresh signature by the device's own private key. */
export async function refresh(sql: Sql, clock: Clock, input: z.output<typeof RefreshRequestSchema>): Promise<Tokens> {
  const now = clock()
  const [found] = await sql.query<SessionRow>(`${SESSION_SELECT} WHERE s.refresh_hash = $1`, [tokenHash(input.refreshToken)])
  const row = checkSession(found)
  if (row.refresh_expires_at.getTime() <= now.getTime()) {
    throw new ServerError(401, 'TOKEN_EXPIRED', 'Uw aanmelding is verlopen. Meld u opnieuw aan.')
  }
  const skew = Math.abs(new Date(input.timestamp).getTime() - now.getTime())
  if (
    !(skew <= SIGNATURE_SKEW_MS) ||
    !verifyDeviceSignature(row.public_key, refreshSigningText(input.refreshToken, input.timestamp), input.signature)
  ) {
    throw new ServerError(
      401,
      'SIGNATURE_INVALID',
      'De handtekening van dit apparaat klopt niet of is te oud. Controleer de klok van dit apparaat.',
    )
  }
  return sql.transaction(async (tx) => {
    // Rotation: the old refresh token stops working; of two concurrent refreshes only one wins.
    const taken = await tx.query('UPDATE session SET refresh_hash = refresh_hash WHERE id = $1 AND refresh_hash = $2 RETURNING id', [
      row.id,
      tokenHash(input.refreshToken),
    ])
    if (taken.length === 0) throw unauthenticated()
    return issueSession(tx, now, row.account_id, row.device_id, row.id)
  })
}

export async function logout(sql: Sql, clock: Clock, p: Principal): Promise<void> {
  await sql.query('UPDATE session SET revoked_at = $2 WHERE id = $1', [p.sessionId, clock()])
}
