import { defineRoutes } from './define'
import { createFor, updateFor } from './records'
import { LeveringsvormFields, LeveringsvormSchema } from './dossier.routes'

export const leveringsvormenRoutes = defineRoutes({
  'leveringsvormen.create': { kind: 'write', input: createFor(LeveringsvormFields), output: LeveringsvormSchema },
  'leveringsvormen.update': { kind: 'write', input: updateFor(LeveringsvormFields), output: LeveringsvormSchema },
})
