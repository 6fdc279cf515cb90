import { z } from 'zod'

/** Stable error codes; the message beside each code is Dutch and meant for the adviser. */
export const ERROR_CODES = [
  'VALIDATION_ERROR',
  'UNKNOWN_ROUTE',
  'FORBIDDEN',
  'NOT_FOUND',
  'DUPLICATE',
  'CONFLICT',
  'FROZEN',
  'READ_ONLY',
  'NOT_READY',
  'DB_VERSION_TOO_NEW',
  'DB_KEY_INVALID',
  'DB_CORRUPT',
  'DEVICE_REVOKED',
  'LOCKED',
  'RATE_LIMITED',
  /** A long write (a large import) holds the database for a few seconds: try again shortly. */
  'BUSY',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export const FieldIssueSchema = z.object({ path: z.string(), message: z.string() })
export type FieldIssue = z.infer<typeof FieldIssueSchema>

export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(FieldIssueSchema).optional(),
})
export type AppErrorShape = z.infer<typeof AppErrorSchema>

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }
