import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema, requiredText } from './common'
import { LEVERINGSVORMEN } from '../domain/codes'
import { SECTOREN } from '../domain/zorgprofielen'

export const SIGNALEN = ['te_laat', 'deze_week', 'indicatie_eindigt', 'buiten_regio', 'urgent'] as const
export type Signaal = (typeof SIGNALEN)[number]

export const SORT_KOLOMMEN = ['naam', 'geboortedatum', 'postcode', 'deadline', 'zorgprofiel', 'leveringsvorm'] as const
export const KOLOMMEN = [
  'naam',
  'geboortedatum',
  'bsn',
  'postcode',
  'zorgprofiel',
  'leveringsvorm',
  'deadline',
  'signalen',
  'adviseur',
] as const
export type Kolom = (typeof KOLOMMEN)[number]

export const CaseloadFilterSchema = z.strictObject({
  /** 'mij': my caseload; 'alle': everyone's; or one adviser's id. */
  adviseur: z.union([z.enum(['mij', 'alle']), IdSchema]).default('mij'),
  leveringsvormen: z.array(z.enum(LEVERINGSVORMEN)).max(LEVERINGSVORMEN.length).default([]),
  sectoren: z
    .array(z.enum(SECTOREN as [string, ...string[]]))
    .max(SECTOREN.length)
    .default([]),
  /** Rows with any of these signals. */
  signalen: z.array(z.enum(SIGNALEN)).max(SIGNALEN.length).default([]),
  postcode: z.string().trim().max(7).default(''),
})
export type CaseloadFilter = z.output<typeof CaseloadFilterSchema>

export const SortSchema = z.strictObject({
  kolom: z.enum(SORT_KOLOMMEN).default('naam'),
  richting: z.enum(['asc', 'desc']).default('asc'),
})

/**
 * Where a page ends in the sort order: the sort column's value (null: empty, those come last), the
 * name key and the id. The next page starts right after it, read straight from the sort's index.
 */
export const CaseloadCursorSchema = z.strictObject({
  waarde: z.string().max(500).nullable(),
  sortNaam: z.string().max(1000),
  id: IdSchema,
})
export type CaseloadCursor = z.infer<typeof CaseloadCursorSchema>

const Zoek = z.string().max(100).default('')
const Filter = CaseloadFilterSchema.default(CaseloadFilterSchema.parse({}))

export const CaseloadQuerySchema = z.strictObject({
  /** One box over naam, BSN (whole), postcode and besluitnummer. */
  zoek: Zoek,
  filter: Filter,
  sort: SortSchema.default({ kolom: 'naam', richting: 'asc' }),
  /** The next page: the `volgende` of the previous answer (keyset pagination; preferred over offset). */
  na: CaseloadCursorSchema.optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(100),
})
export type CaseloadQuery = z.input<typeof CaseloadQuerySchema>

export const CaseloadRowSchema = z.object({
  id: IdSchema,
  naam: z.string(),
  geboortedatum: z.string(),
  bsnMasked: z.string(),
  postcode: z.string(),
  woonplaats: z.string(),
  zorgprofiel: z.string().nullable(),
  leveringsvorm: z.string().nullable(),
  adviseurId: IdSchema.nullable(),
  adviseurNaam: z.string().nullable(),
  eersteDeadline: z.string().nullable(),
  openTaken: z.number().int(),
  geheim: z.boolean(),
  signalen: z.array(z.enum(SIGNALEN)),
})
export type CaseloadRow = z.infer<typeof CaseloadRowSchema>

export const ViewConfigSchema = z.strictObject({
  filter: CaseloadFilterSchema,
  sort: SortSchema,
  kolommen: z.array(z.enum(KOLOMMEN)).min(1).max(KOLOMMEN.length),
})
export type ViewConfig = z.output<typeof ViewConfigSchema>

export const ViewSchema = z.object({ id: IdSchema, naam: z.string(), config: ViewConfigSchema })
export type CaseloadView = z.infer<typeof ViewSchema>

export const caseloadRoutes = defineRoutes({
  'caseload.query': {
    kind: 'read',
    input: CaseloadQuerySchema,
    /**
     * `totalCapped`: more matches than `total` (the screen says "meer dan" and asks caseload.count
     * when typing settles). `volgende`: where the next page starts, null after the last row.
     */
    output: z.object({
      rows: z.array(CaseloadRowSchema),
      total: z.number().int(),
      totalCapped: z.boolean(),
      volgende: CaseloadCursorSchema.nullable(),
    }),
  },
  /** The exact number of matches of a query whose page answer was capped; asked once typing settles. */
  'caseload.count': {
    kind: 'read',
    input: z.strictObject({ zoek: Zoek, filter: Filter }),
    output: z.object({ total: z.number().int() }),
  },
  /** Moves selected clients to another adviser (staff leaving); the reason is kept per client. */
  'caseload.reassign': {
    kind: 'write',
    input: z.strictObject({
      clientIds: z.array(IdSchema).min(1, 'Selecteer minimaal één cliënt.').max(5000),
      naarAdviseurId: IdSchema,
      reden: requiredText(300),
    }),
    output: z.object({ aantal: z.number().int() }),
  },
  'caseload.views.list': { kind: 'read', input: EmptyInput, output: z.array(ViewSchema) },
  'caseload.views.save': {
    kind: 'write',
    input: z.strictObject({ naam: requiredText(60), config: ViewConfigSchema }),
    output: ViewSchema,
  },
  'caseload.views.delete': { kind: 'write', input: z.strictObject({ id: IdSchema }), output: z.object({ ok: z.literal(true) }) },
})
