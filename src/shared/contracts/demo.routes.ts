import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'

export const demoRoutes = defineRoutes({
  /** Fills an empty workstation with a clearly marked, fictitious demo caseload. */
  'demo.load': {
    kind: 'write',
    input: z.strictObject({
      regioCode: z
        .string()
        .regex(/^ZK\d{2}$/, 'Kies een zorgkantoorregio uit de lijst.')
        .default('ZK02'),
    }),
    output: z.object({ clients: z.number().int(), referentieRijen: z.number().int() }),
  },
  /** The regions to play in, read from the reference files before anything is imported. */
  'demo.regios': { kind: 'read', input: EmptyInput, output: z.array(z.object({ code: z.string(), naam: z.string() })) },
})
