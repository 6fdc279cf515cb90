import { defineRoutes } from './define'
import { createFor, updateFor } from './records'
import { IndicatieFields, IndicatieSchema } from './dossier.routes'

export const indicatiesRoutes = defineRoutes({
  'indicaties.create': { kind: 'write', input: createFor(IndicatieFields), output: IndicatieSchema },
  'indicaties.update': { kind: 'write', input: updateFor(IndicatieFields), output: IndicatieSchema },
})
