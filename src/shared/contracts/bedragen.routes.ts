import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema, IsoDateSchema, VersionSchema, optionalText } from './common'
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

export const bedragenRoutes = defineRoutes({
  'bedragen.list': { kind: 'read', input: EmptyInput, output: z.array(ReferentiebedragSchema) },
  'bedragen.create': { kind: 'write', input: z.strictObject(BedragFields), output: ReferentiebedragSchema },
  'bedragen.update': {
    kind: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, ...BedragFields }),
    output: ReferentiebedragSchema,
  },
  'bedragen.delete': { kind: 'write', input: z.strictObject({ id: IdSchema, version: VersionSchema }), output: z.object({ id: IdSchema }) },
})
