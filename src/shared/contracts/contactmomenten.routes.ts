import { z } from 'zod'
import { defineRoutes } from './define'
import { IdSchema, OptionalIsoDate } from './common'
import { createFor, updateFor } from './records'
import { ContactmomentFields, ContactmomentSchema } from './activiteiten'

export const contactmomentenRoutes = defineRoutes({
  'contactmomenten.create': {
    kind: 'write',
    input: createFor({ ...ContactmomentFields, vervolgDeadline: OptionalIsoDate }),
    output: ContactmomentSchema,
  },
  'contactmomenten.update': { kind: 'write', input: updateFor(ContactmomentFields), output: ContactmomentSchema },
  'contactmomenten.list': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema,
      offset: z.number().int().min(0).max(1_000_000).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(ContactmomentSchema), total: z.number().int() }),
  },
})
