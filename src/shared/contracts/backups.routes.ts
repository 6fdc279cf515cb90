import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'

export const BackupNaamSchema = z.string().regex(/^werkplek-\d{8}-\d{6}\.db$/, 'Onbekende back-up.')

export const BackupInfoSchema = z.object({
  naam: BackupNaamSchema,
  gemaaktOp: z.string(),
  bytes: z.number().int(),
  clienten: z.number().int().nullable(),
})
export type BackupInfo = z.infer<typeof BackupInfoSchema>

/**
 * Back-ups work even when the database cannot be opened or is read-only
 * ('maintenance' routes): that is exactly when they are needed.
 */
export const backupsRoutes = defineRoutes({
  'backups.list': { kind: 'maintenance', input: EmptyInput, output: z.array(BackupInfoSchema) },
  'backups.create': { kind: 'maintenance', input: EmptyInput, output: BackupInfoSchema },
  /** Checks the back-up and schedules it to replace the database at the next start. */
  'backups.restore': {
    kind: 'maintenance',
    input: z.strictObject({ naam: BackupNaamSchema }),
    output: z.object({ herstartNodig: z.literal(true) }),
  },
})
