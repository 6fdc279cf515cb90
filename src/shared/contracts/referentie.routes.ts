import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IsoDateSchema, requiredText } from './common'

/** The three reference tables, imported in this order: regio's, gemeenten, postcodes. */
export const REFERENTIE_SOORTEN = ['regios', 'gemeenten', 'postcodes'] as const
export const ReferentieSoortSchema = z.enum(REFERENTIE_SOORTEN)
export type ReferentieSoort = z.infer<typeof ReferentieSoortSchema>

/** A CSV as text; 20 MB is far above the largest table (pc4: ~0.3 MB). */
export const MAX_IMPORT_CHARS = 20_000_000

export const ImportFoutSchema = z.object({
  rij: z.number().int(),
  kolom: z.string(),
  waarde: z.string(),
  melding: z.string(),
})
export type ImportFout = z.infer<typeof ImportFoutSchema>

export const ImportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), soort: ReferentieSoortSchema, rijen: z.number().int(), geldigVanaf: z.string() }),
  z.object({
    status: z.literal('rejected'),
    soort: ReferentieSoortSchema,
    /** The first errors (at most 500); `aantalFouten` counts them all. */
    fouten: z.array(ImportFoutSchema).max(500),
    aantalFouten: z.number().int(),
    rijen: z.number().int(),
  }),
])
export type ImportResult = z.infer<typeof ImportResultSchema>

export const ReferentieStatusSchema = z.array(
  z.object({
    soort: ReferentieSoortSchema,
    geldigVanaf: z.string(),
    rijen: z.number().int(),
    bestandsnaam: z.string(),
    geimporteerdOp: z.string(),
  }),
)

export const referentieRoutes = defineRoutes({
  'referentie.import': {
    kind: 'write',
    input: z.strictObject({
      soort: ReferentieSoortSchema,
      geldigVanaf: IsoDateSchema,
      bestandsnaam: requiredText(255),
      inhoud: z.string().max(MAX_IMPORT_CHARS, 'Dit bestand is te groot (maximaal 20 MB).'),
    }),
    output: ImportResultSchema,
  },
  'referentie.status': { kind: 'read', input: EmptyInput, output: ReferentieStatusSchema },
  'referentie.regios': {
    kind: 'read',
    input: EmptyInput,
    output: z.array(z.object({ code: z.string(), naam: z.string() })),
  },
})
