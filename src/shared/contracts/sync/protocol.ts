import { z } from 'zod'
import { ENTITY_NAMES } from './entities'
import { instant, text } from './fields'
import { GidSchema } from './ids'

/** Limits of one push (also enforced as the HTTP body limit, 8 MB). */
export const PUSH_MAX_CHANGES = 500
export const PUSH_MAX_BYTES = 8 * 1024 * 1024
export const PULL_MAX_LIMIT = 1000

const FieldValues = z.record(z.string().max(60), z.unknown())

/**
 * One row change from a workstation's outbox. `fields` holds the changed fields (all fields for a new
 * row); `base` their values before the edit; `baseVersion` the server version the edit started from.
 * The entity's own field schema is applied per change on the server, so one malformed change is
 * rejected on its own and does not fail the batch.
 */
export const ChangeSchema = z.strictObject({
  changeId: GidSchema,
  entity: z.enum(ENTITY_NAMES),
  gid: GidSchema,
  op: z.enum(['upsert', 'delete']),
  baseVersion: z.number().int().min(1).nullable(),
  base: FieldValues.nullable(),
  fields: FieldValues.nullable(),
  /** Required for dossier-scope entities (for `client` itself it equals `gid`). */
  clientGid: GidSchema.nullable(),
  at: instant,
})
export type Change = z.infer<typeof ChangeSchema>

export const PushRequestSchema = z.strictObject({
  batchId: GidSchema,
  /** Optional and redundant: the device comes from the token. A body naming another device is refused. */
  deviceId: GidSchema.optional(),
  changes: z.array(ChangeSchema).min(1).max(PUSH_MAX_CHANGES, `Hoogstens ${PUSH_MAX_CHANGES} wijzigingen per keer.`),
})
export type PushRequest = z.infer<typeof PushRequestSchema>

export const CHANGE_STATUSES = ['applied', 'merged', 'conflict', 'rejected', 'duplicate'] as const
export type ChangeStatus = (typeof CHANGE_STATUSES)[number]

/**
 * The latest state of one row. `hidden: true` (entity 'client', fields null) tells a device that it
 * may no longer hold this dossier (moved to another team, or its huisbezoek mark ended): drop the
 * client and every row with that clientGid.
 */
export const PullRowSchema = z.object({
  seq: z.number().int(),
  entity: z.enum(ENTITY_NAMES),
  gid: GidSchema,
  version: z.number().int(),
  deleted: z.boolean(),
  hidden: z.boolean(),
  clientGid: GidSchema.nullable(),
  fields: z.record(z.string(), z.unknown()).nullable(),
  changedBy: GidSchema.nullable(),
  changedAt: z.string(),
})
export type PullRow = z.infer<typeof PullRowSchema>

export const ChangeResultSchema = z.object({
  changeId: GidSchema,
  status: z.enum(CHANGE_STATUSES),
  /** The row's server version and sequence number after this change (null when nothing was stored). */
  version: z.number().int().nullable(),
  seq: z.number().int().nullable(),
  /** Dutch reason for 'rejected'; for 'duplicate' the status of the first time. */
  message: z.string().optional(),
  /** A rejection that may succeed later (e.g. the change it builds on has not arrived yet): keep and re-send. */
  retryable: z.boolean().optional(),
  firstStatus: z.enum(CHANGE_STATUSES).optional(),
  conflictId: GidSchema.optional(),
  /** With a final rejection: the row as the server has it, so the workstation puts it back (never stored). */
  current: PullRowSchema.optional(),
})
export type ChangeResult = z.infer<typeof ChangeResultSchema>

export const PushResponseSchema = z.object({ batchId: GidSchema, results: z.array(ChangeResultSchema) })
export type PushResponse = z.infer<typeof PushResponseSchema>

export const PullQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(PULL_MAX_LIMIT).default(500),
})

export const ConflictFieldSchema = z.object({ field: z.string(), base: z.unknown(), theirs: z.unknown(), mine: z.unknown() })
export const ConflictSchema = z.object({
  id: GidSchema,
  entity: z.enum(ENTITY_NAMES),
  gid: GidSchema,
  clientGid: GidSchema.nullable(),
  changeId: GidSchema,
  author: GidSchema,
  deviceId: GidSchema,
  createdAt: z.string(),
  fields: z.array(ConflictFieldSchema),
})
export type Conflict = z.infer<typeof ConflictSchema>

export const PullResponseSchema = z.object({
  rows: z.array(PullRowSchema),
  conflicts: z.array(ConflictSchema),
  /** Pass as `after` next time. */
  cursor: z.number().int(),
  more: z.boolean(),
})
export type PullResponse = z.infer<typeof PullResponseSchema>

/** Per conflicting field: keep the server's value, the pushed value, the value before both edits, or a new one. */
export const KeuzeSchema = z.union([z.enum(['theirs', 'mine', 'base']), z.strictObject({ value: z.unknown() })])
export const ResolveRequestSchema = z.strictObject({
  keuze: z.record(z.string().max(60), KeuzeSchema).refine((k) => Object.keys(k).length >= 1, 'Kies per veld een waarde.'),
})
export const ResolveResponseSchema = z.object({ id: GidSchema, version: z.number().int(), seq: z.number().int().nullable() })

/** The live channel's only message: rows up to this seq have committed; pull to get them. */
export const EventSchema = z.object({ seq: z.number().int() })

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: text(500) })).optional(),
  }),
})
