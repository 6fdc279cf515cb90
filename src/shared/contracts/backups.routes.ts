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

/** The second back-up location (network share or USB folder): an encrypted copy of every back-up. */
export const TweedeLocatieSchema = z.object({
  map: z.string().nullable(),
  status: z.enum(['niet-ingesteld', 'ok', 'fout']),
  /** A Dutch warning when the folder is missing, refuses writes or the last copy failed. */
  melding: z.string().nullable(),
  laatsteKopie: z.string().nullable(),
})
export type TweedeLocatie = z.infer<typeof TweedeLocatieSchema>

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
  'backups.tweedeLocatie': { kind: 'maintenance', input: EmptyInput, output: TweedeLocatieSchema },
  /** The system's folder dialog (the app only): the chosen folder, or null when cancelled or absent. */
  'backups.mapKiezen': { kind: 'maintenance', input: EmptyInput, output: z.object({ map: z.string().nullable() }) },
  /** Chooses (or, with null, stops) the second location; the folder must exist and take files. */
  'backups.tweedeLocatieInstellen': {
    kind: 'maintenance',
    input: z.strictObject({ map: z.string().trim().min(1, 'Geef een map op.').max(1000, 'Dit pad is te lang.').nullable() }),
    output: TweedeLocatieSchema,
  },
})
