import { z } from 'zod'
import { defineRoutes } from './define'
import { IdSchema, IsoDateSchema, optionalText } from './common'
import { CLASSIFICATIES, WACHTSTATUSSEN } from '../domain/aanbieders/codes'
import { WachtlijstRijSchema } from './aanbieders.routes'

export const wachtlijstRoutes = defineRoutes({
  'wachtlijst.list': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema.optional(),
      locatieId: IdSchema.optional(),
      wachtstatus: z.enum(WACHTSTATUSSEN).optional(),
      actief: z.boolean().default(true),
    }),
    output: z.array(WachtlijstRijSchema),
  },
  'wachtlijst.aanmelden': {
    kind: 'write',
    input: z.strictObject({
      clientId: IdSchema,
      locatieId: IdSchema,
      wachtstatus: z.enum(WACHTSTATUSSEN, { error: 'Kies een wachtstatus.' }),
      classificaties: z
        .array(z.enum(Object.keys(CLASSIFICATIES) as [string, ...string[]]))
        .max(5)
        .default([]),
      voorkeur: z.boolean().default(false),
      /** The adviser confirmed a second voorkeursaanbieder (the first one stays). */
      tweedeVoorkeur: z.boolean().default(false),
      sinds: IsoDateSchema,
      overbrugging: z.boolean().default(false),
      overbruggingAanbieder: optionalText(200),
    }),
    output: WachtlijstRijSchema,
  },
  /** A status change, an offer, a refusal or the end of the wait, kept in the history. */
  'wachtlijst.gebeurtenis': {
    kind: 'write',
    input: z.strictObject({
      id: IdSchema,
      version: z.number().int().min(1),
      soort: z.enum(['status', 'aanbod', 'weigering', 'einde']),
      datum: IsoDateSchema,
      wachtstatus: z.enum(WACHTSTATUSSEN).optional(),
      toelichting: optionalText(1000),
    }),
    output: WachtlijstRijSchema,
  },
  'wachtlijst.historie': {
    kind: 'read',
    input: z.strictObject({ id: IdSchema }),
    output: z.array(z.object({ datum: z.string(), soort: z.string(), wachtstatus: z.string().nullable(), toelichting: z.string() })),
  },
})
