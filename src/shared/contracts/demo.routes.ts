import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'

export const demoRoutes = defineRoutes({
  /** Fills an empty workstation with a clearly marked, fictitious demo caseload. */
  'demo.load': {
    kind: 'write',
    input: EmptyInput,
    output: z.object({ clients: z.number().int(), referentieRijen: z.number().int() }),
  },
})
