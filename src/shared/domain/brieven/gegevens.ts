import { z } from 'zod'
import { isIsoDate } from '../dates'
import { ALLE_GRONDEN } from './gronden'
import { CLASSIFICATIES, WACHTSTATUSSEN } from '../aanbieders/codes'

const Datum = z.string().max(10).refine(isIsoDate, 'Vul een bestaande datum in als dd-mm-jjjj.').nullable().default(null)
/** Money in integer cents; at most € 1.000.000 (a PAB-like pgb is about € 220.000 a year). */
const Centen = z
  .number()
  .int('Een bedrag is een geheel aantal centen.')
  .min(0, 'Een bedrag kan niet negatief zijn.')
  .max(100_000_000, 'Dit bedrag is onwaarschijnlijk hoog (meer dan € 1.000.000).')
  .nullable()
  .default(null)
const Tekst = (max: number) => z.string().trim().max(max).default('')
const GROND_CODES = ALLE_GRONDEN.map((g) => g.code) as [string, ...string[]]

/** Awb art. 4:11 a–c, the only reasons to skip the zienswijze (texts in zienswijze.ts). */
export const OVERSLAAN_CODES = ['spoed', 'eerder', 'doel'] as const
export type OverslaanReden = (typeof OVERSLAAN_CODES)[number]

/**
 * What the adviser enters or confirms for a letter, beside what comes from the dossier. One shape
 * for every letter type: each type uses the fields it needs (see `ontbrekend` in inhoud.ts).
 * Amounts stay explicit inputs in cents so a dated pgb budget table can prefill them later.
 */
export const BriefGegevensSchema = z.strictObject({
  aanvraagOntvangenOp: Datum,
  ingangsdatum: Datum,
  einddatum: Datum,
  /** Pgb before 2025: the budget for a whole calendar year for the client's zorgprofiel. */
  jaarbedragCenten: Centen,
  /** Pgb before 2025: the maximum for the zorgprofiel (reference table), to refuse an amount above it. */
  maximumCenten: Centen,
  /** Pgb: the part the budgethouder need not account for (paid out by the SVB). */
  verantwoordingsvrijCenten: Centen,
  /** Pgb op maat (from 2025): an amount other than the vastgesteld budgetplan's total; null = the plan's total. */
  toegekendCenten: Centen,
  /** Why the amount differs from the budgetplan: printed in the motivering, audited. */
  bedragAfwijkingReden: Tekst(2000),
  gronden: z
    .array(z.enum(GROND_CODES, { error: 'Kies een reden uit de lijst.' }))
    .max(20)
    .default([]),
  /** Overbrugging: the leveringsvorm while waiting (Wlz 3.3.6). */
  leveringsvorm: z.enum(['vpt', 'mpt', 'pgb']).nullable().default(null),
  aanbieder: Tekst(200),
  /** Meerzorg: extra hours of care per week. */
  urenPerWeek: z.number().min(0).max(168).nullable().default(null),
  gesprekDatum: Datum,
  gesprekTijd: z
    .string()
    .trim()
    .max(5)
    .refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'Vul een tijd in als uu:mm, bijvoorbeeld 10:30.')
    .default(''),
  gesprekPlaats: Tekst(200),
  bezwaarOntvangenOp: Datum,
  /** The kenmerk of the decision the bezwaar is about. */
  bestredenKenmerk: Tekst(40),
  /** The day that decision was sent (bekendmaking): the bezwaartermijn and the beslistermijn follow from it. */
  bestredenBekendgemaaktOp: Datum,
  /** Awb 7:13: an adviescommissie hears the bezwaar; the decision then takes twelve weeks (7:10). */
  adviescommissie: z.boolean().default(false),
  /** Voornemen: what the intended refusal is about. */
  voornemenVoor: z.enum(['pgb', 'vpt', 'mpt', 'meerzorg'], { error: 'Kies waar het voornemen over gaat.' }).nullable().default(null),
  /** Voornemen: the weeks the client has for a zienswijze (Awb 4:7), set by the zorgkantoor. */
  zienswijzeWeken: z.number().int().min(1, 'Geef de cliënt minstens een week.').max(6, 'Hoogstens zes weken.').default(2),
  /** Refusal or withdrawal: was the client asked for a zienswijze (Awb 4:7/4:8), or why not (4:11)? */
  zienswijze: z.enum(['gevraagd', 'niet_nodig', 'overgeslagen']).nullable().default(null),
  zienswijzeOverslaan: z.enum(OVERSLAAN_CODES, { error: 'Kies een reden uit Awb art. 4:11.' }).nullable().default(null),
  voornemenKenmerk: Tekst(40),
  voornemenDatum: Datum,
  /** Dubbel verzekerd: the client's zorgverzekeraar, where the aanvullende verzekering is cancelled. */
  zorgverzekeraar: Tekst(120),
  /** Wachtlijst confirmation: the status and classificatie of the wachtlijst record (prefilled from it). */
  wachtstatus: z.enum(WACHTSTATUSSEN, { error: 'Kies een wachtstatus.' }).nullable().default(null),
  classificatie: z
    .enum(Object.keys(CLASSIFICATIES) as [string, ...string[]], { error: 'Kies een classificatie uit de lijst.' })
    .nullable()
    .default(null),
  /** Who gives overbruggingszorg now (Wlz 3.3.6); empty: none runs, so the letter offers it. */
  overbruggingDoor: Tekst(200),
})
export type BriefGegevens = z.output<typeof BriefGegevensSchema>
export const LEGE_GEGEVENS: BriefGegevens = BriefGegevensSchema.parse({})

/** The free paragraphs the adviser may edit in the preview; everything else in a letter is locked. */
export const VrijeTekstSchema = z.strictObject({
  toelichting: Tekst(4000),
  afsluiting: Tekst(1000),
})
export type VrijeTekst = z.output<typeof VrijeTekstSchema>
