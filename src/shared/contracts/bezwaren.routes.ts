import { defineRoutes } from './define'
import { createFor, updateFor } from './records'
import { BezwaarFields, BezwaarSchema } from './activiteiten'

export const bezwarenRoutes = defineRoutes({
  'bezwaren.create': { kind: 'write', input: createFor(BezwaarFields), output: BezwaarSchema },
  'bezwaren.update': { kind: 'write', input: updateFor(BezwaarFields), output: BezwaarSchema },
})
