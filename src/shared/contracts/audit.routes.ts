import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema } from './common'

export const AuditRowSchema = z.object({
  id: IdSchema,
  at: z.string(),
  event: z.string(),
  action: z.enum(['C', 'R', 'U', 'D', 'E']),
  clientId: IdSchema.nullable(),
  clientNaam: z.string().nullable(),
  userNaam: z.string().nullable(),
  userRole: z.string().nullable(),
})
export type AuditRow = z.infer<typeof AuditRowSchema>

/** NEN 7513 views: per client (who looked at this dossier) and per user (what did this adviser do). */
export const auditRoutes = defineRoutes({
  'audit.list': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema.nullable().default(null),
      userId: IdSchema.nullable().default(null),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(AuditRowSchema), total: z.number().int() }),
  },
  /** Walks the keyed chain and checks its anchor: null when every record is as written, else where and why not. */
  'audit.verify': {
    kind: 'read',
    input: EmptyInput,
    output: z.object({ records: z.number().int(), eersteAfwijking: IdSchema.nullable(), reden: z.string().nullable() }),
  },
})
