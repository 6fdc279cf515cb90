import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema, requiredText } from './common'
import { AccountSchema } from './sync/auth'
import { AFDELINGEN, ROLES } from './sync/auditAccount'
import { GebruikersnaamSchema } from './sync/beheer'
import { GatenResponseSchema } from './sync/kenmerken'

/**
 * Functioneel beheer through the teamserver: the workstation's main process passes these on to the
 * server's /beheer routes as the signed-in beheerder. Nothing here is stored on the workstation; the
 * server checks the role again and audits every change centrally.
 */

const Gid = z.string().regex(/^[0-9a-f-]{36}$/, 'Kies een regel uit de lijst.')
const RolSchema = z.enum(ROLES, { error: 'Kies een rol.' })

export const ROL_LABEL: Readonly<Record<(typeof ROLES)[number], string>> = {
  klantadviseur: 'Klantadviseur',
  pgb_adviseur: 'Pgb-adviseur',
  teamleider: 'Teamleider',
  beheerder: 'Functioneel beheerder',
}

export const NieuwAccountSchema = z.strictObject({
  gebruikersnaam: z.string().trim().pipe(GebruikersnaamSchema),
  naam: requiredText(120),
  functie: z.string().trim().max(120).default(''),
  afdeling: z.enum(AFDELINGEN, { error: 'Kies een afdeling.' }),
  regioCode: z.string().regex(/^ZK\d{2}$/, 'Kies een zorgkantoorregio uit de lijst.'),
  role: RolSchema,
  teams: z.array(Gid).min(1, 'Kies minstens één team.').max(50),
})
export type NieuwAccount = z.input<typeof NieuwAccountSchema>

export const ApparaatSchema = z.object({
  id: z.string(),
  naam: z.string(),
  scope: z.enum(['bureau', 'huisbezoek']),
  accountId: z.string(),
  gebruikersnaam: z.string(),
  registeredAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  ditApparaat: z.boolean(),
})
export type Apparaat = z.infer<typeof ApparaatSchema>

/** One central audit record, with the names this workstation knows for its ids. */
export const CentraleAuditRegelSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  event: z.string(),
  action: z.enum(['C', 'R', 'U', 'D', 'E']),
  clientNaam: z.string().nullable(),
  door: z.string().nullable(),
  role: z.string().nullable(),
  apparaat: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
})
export type CentraleAuditRegel = z.infer<typeof CentraleAuditRegelSchema>

const EenmaligWachtwoord = z.object({ eenmaligWachtwoord: z.string() })

export const teambeheerRoutes = defineRoutes({
  'teambeheer.accounts': { kind: 'read', input: EmptyInput, output: z.array(AccountSchema) },
  /** The one-time password is in this answer only: the server keeps just its hash. */
  'teambeheer.accountMaken': {
    kind: 'write',
    input: NieuwAccountSchema,
    output: EenmaligWachtwoord.extend({ account: AccountSchema }),
  },
  /** Disabling ends the account's sessions at once; enabling lets it sign in again. */
  'teambeheer.accountActief': {
    kind: 'write',
    input: z.strictObject({ id: Gid, actief: z.boolean() }),
    output: AccountSchema,
  },
  'teambeheer.wachtwoordReset': { kind: 'write', input: z.strictObject({ id: Gid }), output: EenmaligWachtwoord },
  'teambeheer.teams': { kind: 'read', input: EmptyInput, output: z.array(z.object({ id: z.string(), naam: z.string() })) },
  'teambeheer.teamMaken': {
    kind: 'write',
    input: z.strictObject({ naam: requiredText(120) }),
    output: z.object({ id: z.string(), naam: z.string() }),
  },
  'teambeheer.apparaten': { kind: 'read', input: EmptyInput, output: z.array(ApparaatSchema) },
  /** A lost laptop: its session ends and its next contact wipes its data; the audit shows what it held. */
  'teambeheer.apparaatIntrekken': {
    kind: 'write',
    input: z.strictObject({ id: Gid }),
    output: z.object({ id: z.string(), revokedAt: z.string(), dossiers: z.number().int() }),
  },
  /** The central audit, oldest first, paged by the last id seen; for one client or for everything. */
  'teambeheer.audit': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema.nullable().default(null),
      after: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: z.object({ rows: z.array(CentraleAuditRegelSchema), cursor: z.number().int(), more: z.boolean() }),
  },
  /** The kenmerk series of one year with every gap explained. */
  'teambeheer.kenmerken': {
    kind: 'read',
    input: z.strictObject({ jaar: z.number({ error: 'Vul een jaartal in.' }).int().min(2000, 'Kies een jaar vanaf 2000.').max(2100) }),
    output: GatenResponseSchema,
  },
})
