import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema, IsoDateSchema, VersionSchema, requiredText } from './common'

/**
 * The calendar of the Algemene termijnenwet as Beheer keeps it (issue 12). Inputs are strict and
 * bounded; the Dutch messages for what zod cannot see (a weekend date, a duplicate, a statutory
 * feestdag) come from the pure domain function controleerGelijkstelling.
 */

/** A day equated with a feestdag by Koninklijk Besluit (Atw art. 3 lid 3), as Beheer keeps it. */
export const GelijkgesteldeDagFields = {
  datum: IsoDateSchema,
  /** The decree's title, e.g. "Besluit gelijkstelling van 2 januari 2026, … met een algemeen erkende feestdag". */
  besluit: requiredText(300),
  /** The Staatsblad number, or where the decree was read until it is verified. */
  bron: requiredText(300),
  geverifieerd: z.boolean().default(false),
}
export const GelijkgesteldeDagSchema = z.object({
  id: IdSchema,
  version: z.number().int(),
  ...z.strictObject(GelijkgesteldeDagFields).shape,
})
export type GelijkgesteldeDagRij = z.output<typeof GelijkgesteldeDagSchema>

export const termijnenRoutes = defineRoutes({
  'termijnen.gelijkgesteld.list': { kind: 'read', input: EmptyInput, output: z.array(GelijkgesteldeDagSchema) },
  /** Checked with the stored rows by controleerGelijkstelling (weekend, duplicate, statutory feestdag). */
  'termijnen.gelijkgesteld.create': { kind: 'write', input: z.strictObject(GelijkgesteldeDagFields), output: GelijkgesteldeDagSchema },
  'termijnen.gelijkgesteld.update': {
    kind: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, ...GelijkgesteldeDagFields }),
    output: GelijkgesteldeDagSchema,
  },
  'termijnen.gelijkgesteld.delete': {
    kind: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema }),
    output: z.object({ id: IdSchema }),
  },
  /** A new decree at once: all its days or none; every message names its row. */
  'termijnen.gelijkgesteld.import': {
    kind: 'write',
    input: z.strictObject({
      rijen: z
        .array(z.strictObject({ datum: z.string().max(10), besluit: z.string().max(300), bron: z.string().max(300) }))
        .min(1, 'Voeg minstens één dag toe.')
        .max(50, 'Een besluit gelijkstelling heeft hoogstens enkele dagen; dit zijn er meer dan 50.'),
    }),
    output: z.object({ toegevoegd: z.number().int() }),
  },
  /** The years in use (open terms, letters, plans) without any gelijkgestelde dag: Beheer's signal. */
  'termijnen.besluitOntbreekt': {
    kind: 'read',
    input: EmptyInput,
    output: z.object({ jaren: z.array(z.number().int()), melding: z.string().nullable() }),
  },
})
