import { z } from 'zod'
import { AFDELINGEN, RoleSchema } from './auditAccount'
import { instant, required, text } from './fields'
import { GidSchema } from './ids'

/** An Ed25519 public key: the 32 raw bytes, base64 (44 characters). */
export const PublicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'Een publieke sleutel is 32 bytes in base64.')

/** 'bureau': a desk workstation (all dossiers of its teams); 'huisbezoek': a laptop (only its marked dossiers). */
export const DEVICE_SCOPES = ['bureau', 'huisbezoek'] as const

export const LoginRequestSchema = z.strictObject({
  gebruikersnaam: required(60),
  wachtwoord: required(200),
  device: z.strictObject({
    /** Absent on the first sign-in of this workstation: the server registers it and answers its id. */
    id: GidSchema.optional(),
    naam: required(120),
    publicKey: PublicKeySchema,
    scope: z.enum(DEVICE_SCOPES).default('bureau'),
  }),
})

export const AccountSchema = z.object({
  id: GidSchema,
  gebruikersnaam: z.string(),
  naam: z.string(),
  functie: z.string(),
  afdeling: z.enum(AFDELINGEN),
  regioCode: z.string(),
  role: RoleSchema,
  teams: z.array(z.object({ id: GidSchema, naam: z.string() })),
  actief: z.boolean(),
  mustChangePassword: z.boolean(),
})
export type Account = z.infer<typeof AccountSchema>

export const TokensSchema = z.object({
  accessToken: z.string(),
  accessExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshExpiresAt: z.string(),
  deviceId: GidSchema,
  account: AccountSchema,
})
export type Tokens = z.infer<typeof TokensSchema>

/** The text a device signs for a refresh: a stolen refresh token without the private key is useless. */
export const refreshSigningText = (refreshToken: string, timestamp: string) => `wlz-refresh:v1\n${refreshToken}\n${timestamp}`

export const RefreshRequestSchema = z.strictObject({
  refreshToken: z.string().min(20).max(200),
  timestamp: instant,
  /** Ed25519 signature over `refreshSigningText(refreshToken, timestamp)`, base64. */
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'Een handtekening is 64 bytes in base64.'),
})

export const PasswordChangeSchema = z.strictObject({
  huidigWachtwoord: required(200),
  nieuwWachtwoord: text(200).min(12, 'Een wachtwoord heeft minstens 12 tekens.'),
})
