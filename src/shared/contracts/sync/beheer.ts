import { z } from 'zod'
import { AFDELINGEN, RoleSchema, audit } from './auditAccount'
import { DEVICE_SCOPES } from './auth'
import { required, text } from './fields'
import { GidSchema } from './ids'
import { ChangeResultSchema, ChangeSchema, PUSH_MAX_CHANGES } from './protocol'

export const GebruikersnaamSchema = z
  .string()
  .min(3, 'Een gebruikersnaam heeft minstens 3 tekens.')
  .max(60)
  .regex(/^[a-z0-9._-]+$/, 'Een gebruikersnaam bestaat uit kleine letters, cijfers, punt, streepje of liggend streepje.')

const AccountFields = {
  naam: required(120),
  functie: text(120),
  afdeling: z.enum(AFDELINGEN),
  regioCode: z.string().regex(/^ZK\d{2}$/, 'Een regiocode heeft de vorm ZK01.'),
  role: RoleSchema,
  teams: z.array(GidSchema).min(1, 'Kies minstens één team.').max(50),
}
export const AccountCreateSchema = z.strictObject({ gebruikersnaam: GebruikersnaamSchema, ...AccountFields })
export const AccountUpdateSchema = z.strictObject({ ...AccountFields, actief: z.boolean() }).partial()
export const IdParamSchema = z.strictObject({ id: GidSchema })

export const TeamCreateSchema = z.strictObject({ naam: required(120) })
export const TeamSchema = z.object({ id: GidSchema, naam: z.string() })

export const DeviceSchema = z.object({
  id: GidSchema,
  naam: z.string(),
  scope: z.enum(DEVICE_SCOPES),
  accountId: GidSchema,
  gebruikersnaam: z.string(),
  registeredAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
})

export const AuditQuerySchema = z.strictObject({
  clientGid: GidSchema.optional(),
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})
export const AuditRowSchema = audit.extend({ id: z.number().int(), gid: GidSchema })

/**
 * One page of a single-desk database upload: the ordinary change format, applied like a push by a
 * beheerder. The first page is refused when the server already holds dossiers; `laatste` closes the upload.
 */
export const UploadRequestSchema = z.strictObject({
  uploadId: GidSchema,
  laatste: z.boolean(),
  changes: z.array(ChangeSchema).max(PUSH_MAX_CHANGES),
})

export const UploadResponseSchema = z.object({ uploadId: GidSchema, results: z.array(ChangeResultSchema), afgesloten: z.boolean() })
