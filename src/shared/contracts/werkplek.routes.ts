import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'

/** Workstation settings that are not letterhead: how soon the screen locks when left alone. */
export const WerkplekSchema = z.strictObject({
  /** trust.md: the data view hides after inactivity (default 5 minutes). */
  vergrendelenNaMinuten: z.number().int().min(1, 'Minimaal 1 minuut.').max(60, 'Maximaal 60 minuten.').default(5),
})
export type Werkplek = z.output<typeof WerkplekSchema>

export const werkplekRoutes = defineRoutes({
  'werkplek.get': { kind: 'read', input: EmptyInput, output: WerkplekSchema },
  'werkplek.save': { kind: 'write', input: WerkplekSchema, output: WerkplekSchema },
})
