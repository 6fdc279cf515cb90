import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema, IsoDateSchema, VersionSchema, requiredText } from './common'
import { OverschrijvingSchema } from '../domain/plannen/overschrijving'
import { BEDRAG_SOORTEN } from '../domain/plannen/bedragen'

/**
 * Routes for issue 12, defined but NOT registered in catalog.ts: phase 2 registers them and wires
 * the services (docs/legal-phase2.md). Inputs are strict and bounded; the Dutch messages for what
 * zod cannot see (a weekend date, a duplicate, a CSV row) come from the pure domain functions.
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

/** Future plannen.routes: let a check that cannot be judged pass, with a reason (beoordeling.ts). */
export const OverschrijfInputSchema = z.strictObject({
  versieId: IdSchema,
  revisie: z.number().int().min(1),
  ...OverschrijvingSchema.shape,
})

/** Future bedragen.routes: amounts missing or unverified per year in use (bedragenOverzicht.ts). */
export const BedragSignaalSchema = z.object({
  jaar: z.number().int(),
  soort: z.enum(BEDRAG_SOORTEN),
  sleutel: z.string(),
  status: z.enum(['ontbreekt', 'ongeverifieerd']),
  melding: z.string(),
})

/** Future bedragen.routes: a tariff table from CSV (tariefCsv.ts), all or nothing. */
export const TariefImportInputSchema = z.strictObject({
  bestandsnaam: requiredText(200),
  /** The text of the file; 2 MB is far above the largest table (a few hundred rows). */
  inhoud: z.string().max(2_000_000, 'Het bestand is te groot (hoogstens 2 MB).'),
  /** The date the table applies from, when the file has no geldig_vanaf column. */
  geldigVanaf: IsoDateSchema.nullable().default(null),
})
