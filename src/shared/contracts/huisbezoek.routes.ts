import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema } from './common'

export const HuisbezoekMarkSchema = z.object({
  apparaatId: z.string(),
  apparaatNaam: z.string(),
  adviseurNaam: z.string().nullable(),
  sinds: z.string(),
  /** Marked for this very workstation. */
  ditApparaat: z.boolean(),
})
export type HuisbezoekMark = z.infer<typeof HuisbezoekMarkSchema>

const ApparaatSchema = z.object({ id: z.string(), naam: z.string(), scope: z.enum(['bureau', 'huisbezoek']), ditApparaat: z.boolean() })
const GidSchema = z.string().regex(/^[0-9a-f-]{36}$/, 'Kies een apparaat uit de lijst.')

/**
 * "Mee op huisbezoek": a dossier kept on a laptop for a home visit, visible to colleagues (who, which
 * device, since when). Only with a teamserver.
 */
export const huisbezoekRoutes = defineRoutes({
  'huisbezoek.list': { kind: 'read', input: z.strictObject({ clientId: IdSchema }), output: z.array(HuisbezoekMarkSchema) },
  /** The adviser's own devices (from the teamserver; offline: this one only). */
  'huisbezoek.apparaten': { kind: 'read', input: EmptyInput, output: z.array(ApparaatSchema) },
  'huisbezoek.meenemen': {
    kind: 'write',
    input: z.strictObject({ clientId: IdSchema, apparaatId: GidSchema.nullable().default(null) }),
    output: z.array(HuisbezoekMarkSchema),
  },
  'huisbezoek.terugzetten': {
    kind: 'write',
    input: z.strictObject({ clientId: IdSchema, apparaatId: GidSchema }),
    output: z.array(HuisbezoekMarkSchema),
  },
})
