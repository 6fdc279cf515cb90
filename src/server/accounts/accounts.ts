import type { z } from 'zod'
import { type Account, type AccountCreateSchema, type AccountUpdateSchema, type Role, uuidv7 } from '../../shared/contracts/sync'
import type { Clock } from '../clock'
import type { Queryable, Sql } from '../db/sql'
import { ServerError, badRequest, notFound } from '../errors'
import { appendAudit } from '../audit/audit'
import type { Principal } from '../auth/principal'
import { checkPassword, hashPassword, oneTimePassword } from '../auth/secrets'
import { lockSequence, notifyCommitted } from '../sync/seqLock'
import { writeRow } from '../sync/rows'

interface AccountRow {
  id: string
  gebruikersnaam: string
  naam: string
  functie: string
  afdeling: Account['afdeling']
  regio_code: string
  role: Role
  actief: boolean
  must_change_password: boolean
  teams: Array<{ id: string; naam: string }>
}

const SELECT = `
  SELECT a.id, a.gebruikersnaam, a.naam, a.functie, a.afdeling, a.regio_code, a.role, a.actief, a.must_change_password,
    coalesce((SELECT json_agg(json_build_object('id', t.id, 'naam', t.naam) ORDER BY at.position)
              FROM account_team at JOIN team t ON t.id = at.team_id WHERE at.account_id = a.id), '[]'::json) AS teams
  FROM account a`

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  gebruikersnaam: r.gebruikersnaam,
  naam: r.naam,
  functie: r.functie,
  afdeling: r.afdeling,
  regioCode: r.regio_code,
  role: r.role,
  teams: r.teams,
  actief: r.actief,
  mustChangePassword: r.must_change_password,
})

export async function loadAccount(db: Queryable, id: string): Promise<Account> {
  const [r] = await db.query<AccountRow>(`${SELECT} WHERE a.id = $1`, [id])
  if (!r) throw notFound('Dit account bestaat niet.')
  return toAccount(r)
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  return (await db.query<AccountRow>(`${SELECT} ORDER BY a.naam, a.id`)).map(toAccount)
}

/** Every account is also an `adviseur` row that all workstations pull as their colleague list. */
async function publishAdviseur(tx: Queryable, id: string, by: string | null, at: Date): Promise<void> {
  const a = await loadAccount(tx, id)
  const [cur] = await tx.query<{ version: number }>(`SELECT version FROM sync_row WHERE entity = 'adviseur' AND gid = $1`, [id])
  const fields = {
    naam: a.naam,
    functie: a.functie,
    afdeling: a.afdeling,
    regioCode: a.regioCode,
    actief: a.actief,
    role: a.role,
    teams: a.teams.map((t) => t.id),
  }
  await writeRow(tx, {
    entity: 'adviseur',
    gid: id,
    scope: 'account',
    clientGid: null,
    version: (cur?.version ?? 0) + 1,
    deleted: false,
    fields,
    changedBy: by,
    device: null,
    at,
  })
  await notifyCommitted(tx)
}

async function setTeams(tx: Queryable, id: string, teams: readonly string[]): Promise<void> {
  const known = await tx.query<{ id: string }>('SELECT id FROM team WHERE id = ANY($1::uuid[])', [teams])
  if (known.length !== new Set(teams).size) throw badRequest('Een van de gekozen teams bestaat niet.')
  await tx.query('DELETE FROM account_team WHERE account_id = $1', [id])
  for (const [i, team] of [...new Set(teams)].entries()) {
    await tx.query('INSERT INTO account_team (account_id, team_id, position) VALUES ($1, $2, $3)', [id, team, i])
  }
}

/** Creates an account with a one-time password, which is returned once and stored only as its hash. */
export async function createAccount(sql: Sql, clock: Clock, by: Principal | null, input: z.output<typeof AccountCreateSchema>) {
  const now = clock()
  const password = oneTimePassword()
  const passwordHash = await hashPassword(password)
  const id = uuidv7(now.getTime())
  const account = await sql.transaction(async (tx) => {
    await lockSequence(tx)
    const inserted = await tx.query(
      `INSERT INTO account (id, gebruikersnaam, naam, functie, afdeling, regio_code, role, must_change_password, password_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8, $9, $9) ON CONFLICT (gebruikersnaam) DO NOTHING RETURNING id`,
      [id, input.gebruikersnaam, input.naam, input.functie, input.afdeling, input.regioCode, input.role, passwordHash, now],
    )
    if (inserted.length === 0) throw new ServerError(409, 'DUPLICATE', `De gebruikersnaam ${input.gebruikersnaam} is al in gebruik.`)
    await setTeams(tx, id, input.teams)
    await publishAdviseur(tx, id, by?.accountId ?? null, now)
    await appendAudit(
      tx,
      {
        at: now,
        event: 'account.create',
        action: 'C',
        clientGid: null,
        userGid: by?.accountId ?? null,
        role: by?.role ?? null,
        deviceId: by?.deviceId ?? null,
        details: { accountId: id, role: input.role },
      },
      'server',
      now,
    )
    return loadAccount(tx, id)
  })
  return { account, eenmaligWachtwoord: password }
}

/** Updates an account; disabling it ends its sessions (the next request answers ACCOUNT_DISABLED). */
export async function updateAccount(
  sql: Sql,
  clock: Clock,
  by: Principal,
  id: string,
  input: z.output<typeof AccountUpdateSchema>,
): Promise<Account> {
  const now = clock()
  return sql.transaction(async (tx) => {
    await lockSequence(tx)
    const cur = await loadAccount(tx, id)
    if (id === by.accountId && (input.actief === false || (input.role && input.role !== 'beheerder'))) {
      throw badRequest('U kunt uw eigen account niet uitschakelen of uw eigen beheerrol afnemen.')
    }
    await tx.query(
      `UPDATE account SET naam = $2, functie = $3, afdeling = $4, regio_code = $5, role = $6, actief = $7, updated_at = $8 WHERE id = $1`,
      [
        id,
        input.naam ?? cur.naam,
        input.functie ?? cur.functie,
        input.afdeling ?? cur.afdeling,
        input.regioCode ?? cur.regioCode,
        input.role ?? cur.role,
        input.actief ?? cur.actief,
        now,
      ],
    )
    if (input.teams) await setTeams(tx, id, input.teams)
    if (input.actief === false) await tx.query('UPDATE session SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL', [id, now])
    await publishAdviseur(tx, id, by.accountId, now)
    const changed = Object.keys(input).join(',')
    await appendAudit(
      tx,
      {
        at: now,
        event: input.actief === false ? 'account.disable' : 'account.update',
        action: 'U',
        clientGid: null,
        userGid: by.accountId,
        role: by.role,
        deviceId: by.deviceId,
        details: { accountId: id, velden: changed },
      },
      'server',
      now,
    )
    return loadAccount(tx, id)
  })
}

/** A new one-time password; the account must change it at the next sign-in. */
export async function resetPassword(sql: Sql, clock: Clock, by: Principal, id: string) {
  const now = clock()
  const password = oneTimePassword()
  const passwordHash = await hashPassword(password)
  await sql.transaction(async (tx) => {
    const r = await tx.query(
      'UPDATE account SET password_hash = $2, must_change_password = true, updated_at = $3 WHERE id = $1 RETURNING id',
      [id, passwordHash, now],
    )
    if (r.length === 0) throw notFound('Dit account bestaat niet.')
    await tx.query(`DELETE FROM login_throttle WHERE key = 'user:' || (SELECT gebruikersnaam FROM account WHERE id = $1)`, [id])
    await appendAudit(
      tx,
      {
        at: now,
        event: 'account.password_reset',
        action: 'U',
        clientGid: null,
        userGid: by.accountId,
        role: by.role,
        deviceId: by.deviceId,
        details: { accountId: id },
      },
      'server',
      now,
    )
  })
  return { eenmaligWachtwoord: password }
}

export async function changePassword(sql: Sql, clock: Clock, p: Principal, huidig: string, nieuw: string): Promise<Account> {
  const [row] = await sql.query<{ password_hash: string }>('SELECT password_hash FROM account WHERE id = $1', [p.accountId])
  if (!row || !(await checkPassword(row.password_hash, huidig)))
    throw new ServerError(400, 'INVALID_CREDENTIALS', 'Het huidige wachtwoord klopt niet.')
  if (huidig === nieuw) throw badRequest('Kies een nieuw wachtwoord dat anders is dan het huidige.')
  await sql.query('UPDATE account SET password_hash = $2, must_change_password = false, updated_at = $3 WHERE id = $1', [
    p.accountId,
    await hashPassword(nieuw),
    clock(),
  ])
  return loadAccount(sql, p.accountId)
}
