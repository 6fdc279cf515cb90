import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema, IsoDateSchema, VersionSchema, optionalText, requiredText } from './common'
import { BEDRAG_SOORTEN } from '../domain/plannen/bedragen'

export const BedragFields = {
  soort: z.enum(BEDRAG_SOORTEN, { error: 'Kies de soort bedrag.' }),
  /** Zorgprofiel code for per-profile amounts; empty otherwise. */
  sleutel: z
    .string()
    .trim()
    .max(3)
    .refine((v) => v === '' || /^\d{3}$/.test(v), 'Kies een zorgprofiel uit de lijst.')
    .default(''),
  geldigVanaf: IsoDateSchema,
  bedragCent: z
    .number()
    .int('Een bedrag heeft hoogstens twee cijfers achter de komma.')
    .min(1, 'Vul een bedrag groter dan nul in.')
    .max(10_000_000_00),
  geverifieerd: z.boolean().default(false),
  bron: optionalText(300),
}
export const ReferentiebedragSchema = z.object({ id: IdSchema, version: z.number().int(), ...z.strictObject(BedragFields).shape })
export type ReferentiebedragRij = z.output<typeof ReferentiebedragSchema>

/** Amounts missing or unverified per year in use (bedragenOverzicht.ts), for Beheer. */
export const BedragSignaalSchema = z.object({
  jaar: z.number().int(),
  soort: z.enum(BEDRAG_SOORTEN),
  sleutel: z.string(),
  status: z.enum(['ontbreekt', 'ongeverifieerd']),
  melding: z.string(),
})
export type BedragSignaal = z.output<typeof BedragSignaalSchema>

/** A tariff table from CSV (tariefCsv.ts), all or nothing. */
export const TariefImportInputSchema = z.strictObject({
  bestandsnaam: requiredText(200),
  /** The text of the file; 2 MB is far above the largest table (a few hundred rows). */
  inhoud: z.string().max(2_000_000, 'Het bestand is te groot (hoogstens 2 MB).'),
  /** The date the table applies from, when the file has no geldig_vanaf column. */
  geldigVanaf: IsoDateSchema.nullable().default(null),
})

export const bedragenRoutes = defineRoutes({
  'bedragen.list': { kind: 'read', input: EmptyInput, output: z.array(ReferentiebedragSchema) },
  'bedragen.create': { kind: 'write', input: z.strictObject(BedragFields), output: ReferentiebedragSchema },
  'bedragen.update': {
    kind: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, ...BedragFields }),
    output: ReferentiebedragSchema,
  },
  'bedragen.delete': { kind: 'write', input: z.strictObject({ id: IdSchema, version: VersionSchema }), output: z.object({ id: IdSchema }) },
  /** Per year in use: which amounts the budget checks need are missing or not verified for that year. */
  'bedragen.overzicht': { kind: 'read', input: EmptyInput, output: z.array(BedragSignaalSchema) },
  /** Every row or none; a refused file names each faulty line as an issue `regel.<n>`. */
  'bedragen.importCsv': { kind: 'write', input: TariefImportInputSchema, output: z.object({ toegevoegd: z.number().int() }) },
})
