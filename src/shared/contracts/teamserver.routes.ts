import { z } from 'zod'
import { defineEvents, defineRoutes } from './define'
import { EmptyInput, IdSchema, requiredText } from './common'

/** What the shell's sync indicator shows; 'enkel' is single-desk mode (no teamserver). */
export const SyncStatusSchema = z.object({
  modus: z.enum(['enkel', 'team']),
  /** Signed in and last contact succeeded. */
  verbonden: z.boolean(),
  aangemeld: z.boolean(),
  /** Since when the server could not be reached (null while connected). */
  offlineSinds: z.string().nullable(),
  laatsteSync: z.string().nullable(),
  /** Changes made here that the server has not accepted yet. */
  wachtend: z.number().int(),
  /** Changes the server refused (with their reasons in the list). */
  geweigerd: z.number().int(),
  conflicten: z.number().int(),
  bezig: z.boolean(),
  melding: z.string().nullable(),
  server: z.object({ url: z.string(), fingerprint: z.string() }).nullable(),
  apparaat: z.object({ id: z.string().nullable(), naam: z.string(), scope: z.enum(['bureau', 'huisbezoek']) }).nullable(),
  account: z.object({ gebruikersnaam: z.string(), naam: z.string(), role: z.string(), mustChangePassword: z.boolean() }).nullable(),
})
export type SyncStatus = z.infer<typeof SyncStatusSchema>

const UrlSchema = z
  .string()
  .trim()
  .max(300)
  .refine((v) => {
    try {
      const u = new URL(v)
      return u.protocol === 'https:' || (u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname))
    } catch {
      return false
    }
  }, 'Vul het adres van de teamserver in, bijvoorbeeld https://werkplek-server.zorgkantoor.local:8443.')

export const FingerprintSchema = z
  .string()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'Een vingerafdruk bestaat uit 32 paren hexadecimale tekens, gescheiden door dubbele punten.')

const ConflictVeldSchema = z.object({ veld: z.string(), label: z.string(), basis: z.unknown(), server: z.unknown(), hier: z.unknown() })
export const ConflictSchema = z.object({
  id: z.string(),
  entity: z.string(),
  soortLabel: z.string(),
  clientId: IdSchema.nullable(),
  clientNaam: z.string().nullable(),
  aangemaaktOp: z.string(),
  velden: z.array(ConflictVeldSchema),
})
export type SyncConflict = z.infer<typeof ConflictSchema>

const KeuzeSchema = z.union([z.enum(['server', 'hier', 'basis']), z.strictObject({ waarde: z.unknown() })])

const WachtwoordFields = {
  huidig: z.string().min(1, 'Vul het huidige wachtwoord in.').max(200),
  nieuw: z.string().min(12, 'Een wachtwoord heeft minstens 12 tekens.').max(200),
}
/** The form for an own password: the new one typed twice (the route gets it once). */
export const WachtwoordFormSchema = z
  .object({ ...WachtwoordFields, herhaal: z.string().max(200) })
  .refine((v) => v.nieuw === v.herhaal, { path: ['herhaal'], message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' })

export const AanmeldenSchema = z.strictObject({
  url: UrlSchema,
  /** Empty only for a plain-http server on this same computer (tests, a local demo server). */
  fingerprint: FingerprintSchema.or(z.literal('')),
  gebruikersnaam: requiredText(60),
  wachtwoord: z.string().min(1, 'Vul uw wachtwoord in.').max(200),
  apparaatNaam: requiredText(120),
  scope: z.enum(['bureau', 'huisbezoek']).default('bureau'),
})

export const UploadRapportSchema = z.object({
  status: SyncStatusSchema,
  aantal: z.number().int(),
  geweigerd: z.array(z.object({ soort: z.string(), melding: z.string() })),
  nietGekoppeld: z.array(z.string()),
})

export const teamserverRoutes = defineRoutes({
  'teamserver.status': { kind: 'read', input: EmptyInput, output: SyncStatusSchema },
  /** Reads the server's certificate fingerprint, for the beheerder to compare before anything is sent. */
  'teamserver.vingerafdruk': { kind: 'read', input: z.strictObject({ url: UrlSchema }), output: z.object({ fingerprint: z.string() }) },
  /** Signs in (first time: registers this workstation as a device and pins the certificate). */
  'teamserver.aanmelden': { kind: 'write', input: AanmeldenSchema, output: SyncStatusSchema },
  /**
   * A beheerder's one-time upload of this single-desk database to an empty teamserver; afterwards the
   * workstation belongs to the team. Started again after an interruption, it continues where it stopped.
   */
  'teamserver.uploaden': { kind: 'write', input: AanmeldenSchema, output: UploadRapportSchema },
  'teamserver.wachtwoord': {
    kind: 'write',
    input: z.strictObject(WachtwoordFields),
    output: SyncStatusSchema,
  },
  'teamserver.afmelden': { kind: 'write', input: EmptyInput, output: SyncStatusSchema },
  'teamserver.synchroniseren': { kind: 'write', input: EmptyInput, output: SyncStatusSchema },
  'teamserver.conflicten': { kind: 'read', input: EmptyInput, output: z.array(ConflictSchema) },
  'teamserver.conflictOplossen': {
    kind: 'write',
    input: z.strictObject({ id: z.string().max(40), keuze: z.record(z.string().max(60), KeuzeSchema) }),
    output: SyncStatusSchema,
  },
  'teamserver.geweigerd': {
    kind: 'read',
    input: EmptyInput,
    output: z.array(z.object({ changeId: z.string(), soortLabel: z.string(), melding: z.string(), op: z.string() })),
  },
})

export const teamserverEvents = defineEvents({
  'teamserver.status': SyncStatusSchema,
})
