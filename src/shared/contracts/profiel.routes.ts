import { z } from 'zod'
import { defineRoutes } from './define'
import { IdSchema, requiredText } from './common'

export const AFDELINGEN = ['klantadvies', 'pgb'] as const
export const AfdelingSchema = z.enum(AFDELINGEN, { error: 'Kies een afdeling.' })

export const RegioCodeSchema = z.string().regex(/^ZK\d{2}$/, 'Kies een zorgkantoorregio uit de lijst.')

export const AdviseurSchema = z.object({
  id: IdSchema,
  naam: z.string(),
  functie: z.string(),
  afdeling: AfdelingSchema,
  regioCode: z.string(),
  regioNaam: z.string().nullable(),
})
export type Adviseur = z.infer<typeof AdviseurSchema>

export const ProfielInputSchema = z.strictObject({
  naam: requiredText(120),
  functie: requiredText(120),
  afdeling: AfdelingSchema,
  regioCode: RegioCodeSchema,
})
export type ProfielInput = z.input<typeof ProfielInputSchema>

export const profielRoutes = defineRoutes({
  /** First run: create the adviser working at this workstation. */
  'profiel.create': { kind: 'write', input: ProfielInputSchema, output: AdviseurSchema },
  /** Beheer: the adviser working here corrects their own naam, functie, afdeling or regio (not in a team: the account gives those). */
  'profiel.update': { kind: 'write', input: ProfielInputSchema, output: AdviseurSchema },
})
