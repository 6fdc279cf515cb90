import { z } from 'zod'
import { defineRoutes } from './define'
import { IdSchema, VersionSchema } from './common'
import { createFor, updateFor } from './records'
import { VertegenwoordigerFields, VertegenwoordigerSchema } from './dossier.routes'

export const vertegenwoordigersRoutes = defineRoutes({
  'vertegenwoordigers.create': { kind: 'write', input: createFor(VertegenwoordigerFields), output: VertegenwoordigerSchema },
  'vertegenwoordigers.update': { kind: 'write', input: updateFor(VertegenwoordigerFields), output: VertegenwoordigerSchema },
  /** Ends a representation; the record stays in the history. */
  'vertegenwoordigers.deactivate': {
    kind: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema }),
    output: VertegenwoordigerSchema,
  },
})
