import { z } from 'zod'
import { defineEvents, defineRoutes } from './define'
import { AppErrorSchema } from './envelope'
import { AdviseurSchema } from './profiel.routes'
import { EmptyInput } from './common'
import { SlotStatusSchema } from './werkplek.routes'

export const IntegritySchema = z.enum(['pending', 'ok', 'failed'])

export const AppStatusSchema = z.object({
  /** 'error': the database could not be opened (too new, wrong key, damaged); see `error`. */
  state: z.enum(['ready', 'error']),
  error: AppErrorSchema.optional(),
  integrity: IntegritySchema,
  readOnly: z.boolean(),
  demo: z.boolean(),
  appVersion: z.string(),
  profiel: AdviseurSchema.nullable(),
  referentieGeladen: z.boolean(),
  /** Minutes without input before the screen locks. */
  vergrendelenNaMinuten: z.number().int(),
  /** The audit log's own check (keyed chain and its anchor outside the database); an alarm when failed. */
  logboek: z.object({ status: IntegritySchema, reden: z.string().nullable() }),
  /** The screen lock, held by the main process. */
  slot: SlotStatusSchema,
})
export type AppStatus = z.infer<typeof AppStatusSchema>

export const appRoutes = defineRoutes({
  'app.status': { kind: 'read', input: EmptyInput, output: AppStatusSchema },
  /** Starts the app again (after scheduling a restore); works without a usable database ('maintenance'). */
  'app.restart': { kind: 'maintenance', input: EmptyInput, output: z.object({ ok: z.literal(true) }) },
})

export const appEvents = defineEvents({
  /** Sent once the background integrity check has finished. */
  'app.integrity': z.object({ integrity: IntegritySchema, readOnly: z.boolean() }),
  /** Sent when a check of the audit log finished (at start, on the schedule, or on request). */
  'app.logboek': z.object({ status: IntegritySchema, reden: z.string().nullable() }),
})
