import type { Clock } from '../clock'
import type { Sql } from '../db/sql'
import { createAccount } from './accounts'
import { createTeam } from './teams'

const BOOTSTRAP_LOCK = 7_513_003

/**
 * First start on an empty database: one team and an account `beheerder` with a one-time password.
 * Returns that password so main.ts can print it once; it is never logged or stored in plaintext. With
 * several instances starting at once, the advisory lock lets only one of them create (and print) it.
 */
export async function bootstrap(sql: Sql, clock: Clock): Promise<string | null> {
  const claimed = await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK])
    const [r] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM account')
    if ((r?.n ?? 0) > 0) return false
    const got = await tx.query('INSERT INTO bootstrap_claim VALUES (true) ON CONFLICT DO NOTHING RETURNING claimed')
    return got.length > 0
  })
  if (!claimed) return null
  const team = await createTeam(sql, clock, 'Zorgkantoor')
  const { eenmaligWachtwoord } = await createAccount(sql, clock, null, {
    gebruikersnaam: 'beheerder',
    naam: 'Functioneel beheerder',
    functie: 'Functioneel beheerder',
    afdeling: 'klantadvies',
    regioCode: 'ZK01',
    role: 'beheerder',
    teams: [team.id],
  })
  return eenmaligWachtwoord
}
