import { defineRoutes } from './define'
import { createFor, updateFor } from './records'
import { AanvraagFields, AanvraagSchema } from './activiteiten'

export const aanvragenRoutes = defineRoutes({
  'aanvragen.create': { kind: 'write', input: createFor(AanvraagFields), output: AanvraagSchema },
  'aanvragen.update': { kind: 'write', input: updateFor(AanvraagFields), output: AanvraagSchema },
})
