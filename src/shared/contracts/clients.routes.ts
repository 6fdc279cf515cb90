import { z } from 'zod'
import { defineRoutes } from './define'
import { BsnSchema, IdSchema, IsoDateSchema, optionalText, requiredText } from './common'

export const ClientCreateSchema = z.strictObject({
  voornamen: requiredText(200),
  voorvoegsel: optionalText(20),
  achternaam: requiredText(200),
  geboortedatum: IsoDateSchema,
  bsn: BsnSchema,
})
export type ClientCreateInput = z.input<typeof ClientCreateSchema>

export const ClientSummarySchema = z.object({
  id: IdSchema,
  naam: z.string(),
  sortNaam: z.string(),
  geboortedatum: z.string(),
  bsnMasked: z.string(),
  adviseurId: IdSchema.nullable(),
})
export type ClientSummary = z.infer<typeof ClientSummarySchema>

export const ClientListInputSchema = z.strictObject({
  zoek: z.string().max(100).default(''),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(10_000_000).default(0),
})

export const clientsRoutes = defineRoutes({
  'clients.create': { kind: 'write', input: ClientCreateSchema, output: ClientSummarySchema },
  'clients.list': {
    kind: 'read',
    input: ClientListInputSchema,
    output: z.object({ rows: z.array(ClientSummarySchema), total: z.number().int() }),
  },
})
