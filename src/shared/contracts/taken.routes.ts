import { z } from 'zod'
import { defineRoutes } from './define'
import { IdSchema, VersionSchema } from './common'
import { createFor } from './records'
import { TaakFields, TaakSchema } from './activiteiten'

export const takenRoutes = defineRoutes({
  'taken.create': { kind: 'write', input: createFor(TaakFields), output: TaakSchema },
  'taken.setStatus': {
    kind: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, status: z.enum(['open', 'gedaan']) }),
    output: TaakSchema,
  },
})
