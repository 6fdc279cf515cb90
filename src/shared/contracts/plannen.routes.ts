import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput, IdSchema, optionalText } from './common'
import { LEVERINGSVORMEN } from '../domain/codes'
import { PlanInhoudSchema } from './plannen.inhoud'
import { PdfFileSchema } from './pdfFile'
import { OverschrijvingSchema } from '../domain/plannen/overschrijving'

export const PLAN_STATUSSEN = ['concept', 'besproken', 'vastgesteld'] as const
export const PLAN_STATUS_LABEL = { concept: 'Concept', besproken: 'Besproken', vastgesteld: 'Vastgesteld' } as const
const Soort = z.enum(['zorgplan', 'budgetplan'])
const Status = z.enum(PLAN_STATUSSEN)
const Revisie = z.number().int().min(1)

export const VersieInfoSchema = z.object({
  id: IdSchema,
  nummer: z.number().int(),
  status: Status,
  revisie: z.number().int(),
  opgeslagenOp: z.string(),
  vastgesteldOp: z.string().nullable(),
  vastgesteldDoor: z.string().nullable(),
})
export type VersieInfo = z.output<typeof VersieInfoSchema>

export const PlanVersieSchema = VersieInfoSchema.extend({ planId: IdSchema, plan: PlanInhoudSchema })
export type PlanVersie = z.output<typeof PlanVersieSchema>

const CijferSchema = z.object({ label: z.string(), waarde: z.string() })
export const ControleSchema = z.object({
  code: z.string(),
  titel: z.string(),
  artikel: z.string(),
  status: z.enum(['voldoet', 'voldoet_niet', 'signaal', 'onbekend', 'nvt']),
  uitleg: z.string(),
  cijfers: z.array(CijferSchema),
  blokkeert: z.boolean(),
  ongeverifieerd: z.string().nullable(),
  /** A blocking check that could not be judged, let pass by the adviser with this reason (overschrijving.ts). */
  overschreven: z.object({ reden: z.string() }).nullable(),
})
export const ControlesSchema = z.object({
  controles: z.array(ControleSchema),
  kosten: z
    .object({
      dagen: z.number(),
      totaalCent: z.number(),
      perJaarCent: z.number(),
      perZorgverlener: z.array(z.object({ id: z.string(), naam: z.string(), cent: z.number() })),
    })
    .nullable(),
  ontbreekt: z.array(z.string()),
  /** Recorded overschrijvingen that no longer apply (the check passes or fails now); they do not count. */
  problemen: z.array(z.string()),
})
export type Controles = z.output<typeof ControlesSchema>

export const PlanContextSchema = z.object({
  clientId: IdSchema,
  clientNaam: z.string(),
  zorgprofiel: z.string().nullable(),
  leveringsvorm: z.enum(LEVERINGSVORMEN).nullable(),
  indicatie: z.object({ ingangsdatum: z.string(), einddatum: z.string().nullable() }).nullable(),
})

export const PlanSchema = z.object({
  id: IdSchema,
  soort: Soort,
  titel: z.string(),
  /** The template it started from: its guiding questions show as placeholders, never as content. */
  sjabloon: z.string(),
  context: PlanContextSchema,
  versies: z.array(VersieInfoSchema),
  huidig: PlanVersieSchema,
})
export type Plan = z.output<typeof PlanSchema>

export const PlanRijSchema = z.object({
  id: IdSchema,
  clientId: IdSchema,
  clientNaam: z.string(),
  soort: Soort,
  titel: z.string(),
  versie: z.number().int(),
  status: Status,
  opgeslagenOp: z.string(),
})
export type PlanRij = z.output<typeof PlanRijSchema>

export const SectieDiffSchema = z.object({
  key: z.string(),
  titel: z.string(),
  gewijzigd: z.boolean(),
  links: z.array(z.object({ tekst: z.string(), soort: z.enum(['gelijk', 'weg', 'erbij']) })),
  rechts: z.array(z.object({ tekst: z.string(), soort: z.enum(['gelijk', 'weg', 'erbij']) })),
})

export const SjabloonSchema = z.object({ id: z.string(), soort: Soort, naam: z.string(), omschrijving: z.string() })

/** Let a blocking check that cannot be judged pass, with a reason (beoordeling.ts). */
export const OverschrijfInputSchema = z.strictObject({
  versieId: IdSchema,
  revisie: Revisie,
  ...OverschrijvingSchema.shape,
})

/** Beheer: every recorded overschrijving, newest first. */
export const OverschrijvingRijSchema = z.object({
  id: IdSchema,
  createdAt: z.string(),
  clientId: IdSchema,
  clientNaam: z.string(),
  planId: IdSchema,
  planTitel: z.string(),
  versie: z.number().int(),
  code: z.string(),
  reden: z.string(),
  adviseur: z.string().nullable(),
})
export type OverschrijvingRij = z.output<typeof OverschrijvingRijSchema>

export const plannenRoutes = defineRoutes({
  'plannen.sjablonen': { kind: 'read', input: EmptyInput, output: z.array(SjabloonSchema) },
  /** The plans of one client, or (without clientId) the most recently saved plans of everyone. */
  'plannen.list': {
    kind: 'read',
    input: z.strictObject({ clientId: IdSchema.optional(), status: Status.optional(), soort: Soort.optional() }),
    output: z.array(PlanRijSchema),
  },
  'plannen.create': {
    kind: 'write',
    input: z.strictObject({ clientId: IdSchema, sjabloon: z.string().max(60), titel: optionalText(200) }),
    output: z.object({ planId: IdSchema }),
  },
  'plannen.get': { kind: 'read', input: z.strictObject({ planId: IdSchema }), output: PlanSchema },
  'plannen.versie': { kind: 'read', input: z.strictObject({ versieId: IdSchema }), output: PlanVersieSchema },
  /**
   * Autosave of the open version. `revisie` is the one the edit was based on; a save from a stale
   * window is refused (CONFLICT) instead of overwriting. The answer is the acknowledgement.
   */
  'plannen.autosave': {
    kind: 'write',
    input: z.strictObject({ versieId: IdSchema, revisie: Revisie, plan: PlanInhoudSchema }),
    output: z.object({ revisie: z.number().int(), opgeslagenOp: z.string() }),
  },
  'plannen.setStatus': {
    kind: 'write',
    input: z.strictObject({ versieId: IdSchema, revisie: Revisie, status: Status }),
    output: VersieInfoSchema,
  },
  /** A change to a vastgesteld plan: a new concept version, copied from the last one. */
  'plannen.nieuweVersie': { kind: 'write', input: z.strictObject({ planId: IdSchema }), output: VersieInfoSchema },
  'plannen.controles': { kind: 'read', input: z.strictObject({ versieId: IdSchema }), output: ControlesSchema },
  /** Records the adviser's reason to let a "niet te beoordelen" check pass; refused for any other check. */
  'plannen.overschrijf': { kind: 'write', input: OverschrijfInputSchema, output: ControlesSchema },
  /** Withdraws an overschrijving while its version is not vastgesteld (the triggers refuse it afterwards). */
  'plannen.overschrijving.delete': {
    kind: 'write',
    input: z.strictObject({ versieId: IdSchema, code: z.string().trim().min(1).max(40) }),
    output: ControlesSchema,
  },
  'plannen.overschrijvingen': {
    kind: 'read',
    input: z.strictObject({ limit: z.number().int().min(1).max(500).default(200) }),
    output: z.array(OverschrijvingRijSchema),
  },
  'plannen.diff': { kind: 'read', input: z.strictObject({ links: IdSchema, rechts: IdSchema }), output: z.array(SectieDiffSchema) },
  'plannen.print': { kind: 'read', input: z.strictObject({ versieId: IdSchema }), output: PdfFileSchema },
})
