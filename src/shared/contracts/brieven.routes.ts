import { z } from 'zod'
import { defineEvents, defineRoutes } from './define'
import { EmptyInput, IdSchema, IsoDateSchema, VersionSchema, requiredText } from './common'
import { PdfFileSchema } from './pdfFile'
import { BRIEF_SOORTEN } from '../domain/brieven/soorten'
import { BriefGegevensSchema, VrijeTekstSchema } from '../domain/brieven/gegevens'
import { BriefPropsSchema } from '../print/brief'

export const BriefSoortSchema = z.enum(BRIEF_SOORTEN, { error: 'Kies een soort brief.' })
export const BriefStatusSchema = z.enum(['concept', 'definitief'])

export const BriefSummarySchema = z.object({
  id: IdSchema,
  clientId: IdSchema,
  clientNaam: z.string(),
  soort: BriefSoortSchema,
  status: BriefStatusSchema,
  kenmerk: z.string().nullable(),
  datum: z.string().nullable(),
  verzondenOp: z.string().nullable(),
  batchId: IdSchema.nullable(),
  corrigeertId: IdSchema.nullable(),
})
export type BriefSummary = z.output<typeof BriefSummarySchema>

export const BriefDetailSchema = BriefSummarySchema.extend({
  version: z.number().int(),
  gegevens: BriefGegevensSchema,
  vrijeTekst: VrijeTekstSchema,
  /** The letter as it will be printed (for a finalised letter: from its archived snapshot). */
  inhoud: BriefPropsSchema,
  /** What blocks finalising, in plain Dutch; empty when the letter is complete. */
  ontbrekend: z.array(z.string()),
  /** For the adviser only, never printed: an unverified article number, the caveat of a ground. */
  notities: z.array(z.string()),
  /** The vastgesteld budgetplan a pgb letter would grant (from the dossier, or the archived snapshot). */
  budgetplan: z
    .object({
      versieId: IdSchema,
      nummer: z.number().int(),
      vastgesteldOp: z.string(),
      periodeVan: z.string(),
      periodeTot: z.string(),
      totaalCent: z.number().int(),
    })
    .nullable(),
  gecorrigeerdDoorId: IdSchema.nullable(),
  sha256: z.string().nullable(),
  templateVersie: z.number().int().nullable(),
})
export type BriefDetail = z.output<typeof BriefDetailSchema>

export const BatchSummarySchema = z.object({
  id: IdSchema,
  naam: z.string(),
  soort: BriefSoortSchema,
  totaal: z.number().int(),
  definitief: z.number().int(),
  createdAt: z.string(),
})
export type BatchSummary = z.output<typeof BatchSummarySchema>

export const BatchResultaatSchema = z.object({
  briefId: IdSchema,
  clientId: IdSchema,
  clientNaam: z.string(),
  status: z.enum(['definitief', 'al_definitief', 'mislukt']),
  kenmerk: z.string().nullable(),
  melding: z.string(),
})
export const BatchRunSchema = z.object({
  batchId: IdSchema,
  totaal: z.number().int(),
  gelukt: z.number().int(),
  mislukt: z.number().int(),
  resultaten: z.array(BatchResultaatSchema),
})
export type BatchRun = z.output<typeof BatchRunSchema>

const Ref = z.strictObject({ id: IdSchema })
const Edit = {
  gegevens: BriefGegevensSchema.default(BriefGegevensSchema.parse({})),
  vrijeTekst: VrijeTekstSchema.default(VrijeTekstSchema.parse({})),
}

export const brievenRoutes = defineRoutes({
  'brieven.list': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema.nullable().default(null),
      batchId: IdSchema.nullable().default(null),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    output: z.array(BriefSummarySchema),
  },
  'brieven.get': { kind: 'read', input: Ref, output: BriefDetailSchema },
  'brieven.create': {
    kind: 'write',
    input: z.strictObject({ clientId: IdSchema, soort: BriefSoortSchema, ...Edit }),
    output: BriefDetailSchema,
  },
  /** Only a concept; the required blocks are not editable, only the letter's data and free paragraphs. */
  'brieven.update': { kind: 'write', input: z.strictObject({ id: IdSchema, version: VersionSchema, ...Edit }), output: BriefDetailSchema },
  'brieven.delete': { kind: 'write', input: z.strictObject({ id: IdSchema, version: VersionSchema }), output: z.object({ id: IdSchema }) },
  /** A draft PDF with the CONCEPT watermark. */
  'brieven.concept': { kind: 'read', input: Ref, output: PdfFileSchema },
  /** Finalise = archive: kenmerk, PDF, SHA-256, template version and data snapshot, immutable. */
  'brieven.finalise': { kind: 'write', input: z.strictObject({ id: IdSchema, version: VersionSchema }), output: BriefDetailSchema },
  /** A reprint: the archived bytes, unchanged. */
  'brieven.pdf': { kind: 'read', input: Ref, output: PdfFileSchema.extend({ sha256: z.string() }) },
  /** Registers the day the letter was sent; for a beschikking this starts the bezwaartermijn. */
  'brieven.verzonden': { kind: 'write', input: z.strictObject({ id: IdSchema, verzondenOp: IsoDateSchema }), output: BriefDetailSchema },
  /** A correction: a new concept that replaces a finalised letter and refers to it. */
  'brieven.corrigeer': { kind: 'write', input: Ref, output: BriefDetailSchema },
  'brieven.batch.create': {
    kind: 'write',
    input: z.strictObject({
      naam: requiredText(120),
      soort: BriefSoortSchema,
      clientIds: z.array(IdSchema).min(1, 'Kies minstens één cliënt.').max(2000),
      ...Edit,
    }),
    output: BatchSummarySchema,
  },
  'brieven.batch.list': { kind: 'read', input: EmptyInput, output: z.array(BatchSummarySchema) },
  /** Finalises every concept of the batch, one transaction per letter; run again to resume. */
  'brieven.batch.run': { kind: 'write', input: z.strictObject({ batchId: IdSchema }), output: BatchRunSchema },
  /** All finalised letters of a batch in one PDF, for one print run. */
  'brieven.batch.pdf': { kind: 'read', input: z.strictObject({ batchId: IdSchema }), output: PdfFileSchema },
})

export const brievenEvents = defineEvents({
  /** Progress of a batch run, after each letter. */
  'brieven.batch.voortgang': z.object({
    batchId: IdSchema,
    klaar: z.number().int(),
    totaal: z.number().int(),
    briefId: IdSchema,
    status: BatchResultaatSchema.shape.status,
  }),
})
