import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'
import { AdviseurSchema, ProfielInputSchema } from './profiel.routes'

export const adviseursRoutes = defineRoutes({
  'adviseurs.list': { kind: 'read', input: EmptyInput, output: z.array(AdviseurSchema) },
  /** A colleague, so dossiers can be reassigned to them. */
  'adviseurs.create': { kind: 'write', input: ProfielInputSchema, output: AdviseurSchema },
})
