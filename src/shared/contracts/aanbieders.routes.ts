import { z } from 'zod'
import { defineEvents, defineRoutes } from './define'
import { EmptyInput, IdSchema, OptionalIsoDate, optionalText } from './common'
import { LOCATIE_LEVERINGSVORMEN, WACHTSTATUSSEN } from '../domain/aanbieders/codes'
import { CRITERIA, GewichtenSchema, type Criterium } from '../domain/aanbieders/weging'
import { IMPORT_VELD_NAMEN } from '../domain/aanbieders/importVelden'
import { PdfFileSchema } from './pdfFile'
// One row-level import error, the same shape as the reference-data import's.
import { ImportFoutSchema } from './referentie.routes'

/** 20 MB of file, base64 (4/3) — refused in the renderer before reading, and here again. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
const Bestand = z.strictObject({
  bestandsnaam: z.string().trim().min(1).max(255),
  soort: z.enum(['csv', 'xlsx'], { error: 'Kies een CSV- of Excel-bestand (.xlsx).' }),
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'Dit bestand is te groot (maximaal 20 MB).'),
})
const Koppeling = z.partialRecord(z.enum(IMPORT_VELD_NAMEN as [string, ...string[]]), z.number().int().min(0).max(200))

/** Progress of a long provider job, for its progress bar: rows done of the total (0 = not known yet). */
export const VoortgangSchema = z.object({
  taak: z.enum(['import', 'export']),
  // 'opslaan' checks and stores at once: the worker checks the next rows while main writes these.
  fase: z.enum(['lezen', 'opslaan', 'schrijven']),
  klaar: z.number().int().min(0),
  totaal: z.number().int().min(0),
})
export type Voortgang = z.output<typeof VoortgangSchema>
const Geannuleerd = z.object({ status: z.literal('geannuleerd') })

export const LocatieRijSchema = z.object({
  id: IdSchema,
  organisatie: z.string(),
  naam: z.string(),
  vestigingsnummer: z.string(),
  postcode: z.string(),
  woonplaats: z.string(),
  zorgprofielen: z.array(z.string()),
  leveringsvormen: z.array(z.string()),
  gecontracteerd: z.boolean(),
  wachtenden: z.number(),
})
export type LocatieRij = z.output<typeof LocatieRijSchema>

const DeelscoresSchema = z.object(
  Object.fromEntries(CRITERIA.map((c) => [c, z.number().nullable()])) as Record<Criterium, z.ZodNullable<z.ZodNumber>>,
)

export const VergelijkingSchema = z.object({
  client: z.object({
    id: IdSchema,
    naam: z.string(),
    postcode: z.string(),
    zorgprofiel: z.string().nullable(),
    leveringsvorm: z.string().nullable(),
    /** The form of care asked for, and where that came from: the adviser's choice, the dossier, or the indicatie (verblijf). */
    gezocht: z.object({ leveringsvorm: z.enum(LOCATIE_LEVERINGSVORMEN), bron: z.enum(['wens', 'dossier', 'indicatie']) }),
  }),
  /** The weights this ordering used. */
  gewichten: GewichtenSchema,
  locaties: z.array(
    z.object({
      id: IdSchema,
      organisatie: z.string(),
      naam: z.string(),
      adres: z.string(),
      profielPast: z.boolean(),
      leveringsvormPast: z.boolean(),
      partnerplekken: z.number(),
      specialisaties: z.array(z.string()),
      levensbeschouwing: z.string(),
      gecontracteerd: z.boolean(),
      contractTot: z.string().nullable(),
      wachttijdWeken: z.number().nullable(),
      wachttijdBijgewerkt: z.string().nullable(),
      afstandKm: z.number().nullable(),
      wachtstatus: z.string().nullable(),
      deelscores: DeelscoresSchema,
      score: z.number(),
    }),
  ),
})
export type Vergelijking = z.output<typeof VergelijkingSchema>

export const WachtlijstRijSchema = z.object({
  id: IdSchema,
  version: z.number(),
  clientId: IdSchema,
  clientNaam: z.string(),
  locatieId: IdSchema,
  locatie: z.string(),
  organisatie: z.string(),
  wachtstatus: z.enum(WACHTSTATUSSEN),
  classificaties: z.array(z.string()),
  voorkeur: z.boolean(),
  sinds: z.string(),
  wachtWeken: z.number(),
  overbrugging: z.boolean(),
  overbruggingAanbieder: z.string(),
  weigeringen: z.number(),
  actief: z.boolean(),
})
export type WachtlijstRij = z.output<typeof WachtlijstRijSchema>

export const LocatieDetailSchema = z.object({
  id: IdSchema,
  version: z.number(),
  organisatie: z.string(),
  kvk: z.string(),
  naam: z.string(),
  vestigingsnummer: z.string(),
  adres: z.string(),
  zorgprofielen: z.array(z.string()),
  gecontracteerd: z.boolean(),
  contractVan: z.string().nullable(),
  contractTot: z.string().nullable(),
  partnerplekken: z.number(),
  capaciteit: z.number().nullable(),
  notities: z.string(),
  wachttijden: z.array(z.object({ zorgprofiel: z.string(), weken: z.number(), bijgewerktOp: z.string() })),
  historie: z.array(z.object({ gewijzigdOp: z.string(), velden: z.array(z.string()) })),
})
export type LocatieDetail = z.output<typeof LocatieDetailSchema>

const Wensen = z.strictObject({
  partneropname: z.boolean().default(false),
  specialisatie: z.string().max(40).default(''),
  levensbeschouwing: z.string().max(80).default(''),
  maxKm: z.number().min(1).max(400).nullable().default(null),
  /** The form of care the client asks for; null: from the dossier (never a running overbrugging) or verblijf. */
  leveringsvorm: z.enum(LOCATIE_LEVERINGSVORMEN, { error: 'Kies een vorm van zorg.' }).nullable().default(null),
})
const GEEN_WENSEN = { partneropname: false, specialisatie: '', levensbeschouwing: '', maxKm: null, leveringsvorm: null }

export const aanbiedersRoutes = defineRoutes({
  'aanbieders.locaties': {
    kind: 'read',
    input: z.strictObject({ zoek: z.string().max(100).default(''), limit: z.number().int().min(1).max(500).default(200) }),
    output: z.object({ rijen: z.array(LocatieRijSchema), totaal: z.number() }),
  },
  /** Step 1 of an import: read the file, show the first rows and the suggested column mapping. */
  'aanbieders.importVoorbeeld': {
    kind: 'read',
    input: Bestand,
    output: z.union([
      z.object({
        kopjes: z.array(z.string()),
        voorbeeld: z.array(z.array(z.string())),
        rijen: z.number(),
        koppeling: Koppeling,
        codering: z.string(),
        /** What was left out (columns past the maximum), in Dutch. */
        meldingen: z.array(z.string()),
        /** Rows the CSV could not be read at (an unterminated quote): the import will refuse the file. */
        fouten: z.array(ImportFoutSchema),
      }),
      Geannuleerd,
    ]),
  },
  /** Step 2: validate every row; all rows or none are imported. */
  'aanbieders.import': {
    kind: 'write',
    input: Bestand.extend({ koppeling: Koppeling }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('fouten'), fouten: z.array(ImportFoutSchema), rijen: z.number() }),
      z.object({
        status: z.literal('geimporteerd'),
        nieuw: z.number(),
        bijgewerkt: z.number(),
        ongewijzigd: z.number(),
        rijen: z.number(),
      }),
      Geannuleerd,
    ]),
  },
  'aanbieders.export': {
    kind: 'read',
    input: z.strictObject({ soort: z.enum(['csv', 'xlsx']) }),
    output: z.discriminatedUnion('status', [
      // Bytes, not base64: they move from the worker and cross IPC as a copy, never as a 15 MB string.
      z.object({ status: z.literal('klaar'), bestandsnaam: z.string(), bytes: z.instanceof(Uint8Array) }),
      Geannuleerd,
    ]),
  },
  /** The cancel button of a running import (or its preview) or export: nothing of it is kept. */
  'aanbieders.annuleer': {
    kind: 'read',
    input: z.strictObject({ taak: VoortgangSchema.shape.taak }),
    output: z.object({ geannuleerd: z.boolean() }),
  },
  /** A ranked shortlist for a client: fit, contract, distance, wait. */
  'aanbieders.shortlist': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema,
      wensen: Wensen.default(GEEN_WENSEN),
      /** Unsaved weights the adviser is trying; absent: the adviser's saved weights. */
      gewichten: GewichtenSchema.optional(),
      limit: z.number().int().min(1).max(50).default(10),
    }),
    output: VergelijkingSchema,
  },
  'aanbieders.vergelijk': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema,
      locatieIds: z.array(IdSchema).min(2, 'Kies minstens twee locaties.').max(4, 'Vergelijk hoogstens vier locaties.'),
      wensen: Wensen.default(GEEN_WENSEN),
      /** Unsaved weights the adviser is trying; absent: the adviser's saved weights. */
      gewichten: GewichtenSchema.optional(),
    }),
    output: VergelijkingSchema,
  },
  'aanbieders.keuzehulp': {
    kind: 'read',
    input: z.strictObject({
      clientId: IdSchema,
      locatieIds: z.array(IdSchema).min(2).max(4),
      wensen: Wensen.default(GEEN_WENSEN),
      /** Unsaved weights the adviser is trying; absent: the adviser's saved weights. */
      gewichten: GewichtenSchema.optional(),
    }),
    output: PdfFileSchema,
  },
  'aanbieders.locatie': { kind: 'read', input: z.strictObject({ id: IdSchema }), output: LocatieDetailSchema },
  /** Quick changes without a file: contract, places, notes and today's wachttijden. */
  'aanbieders.locatieBijwerken': {
    kind: 'write',
    input: z.strictObject({
      id: IdSchema,
      version: z.number().int().min(1),
      gecontracteerd: z.boolean(),
      contractVan: OptionalIsoDate,
      contractTot: OptionalIsoDate,
      partnerplekken: z.number().int().min(0, 'Vul 0 of meer in.').max(1000),
      capaciteit: z.number().int().min(0).max(100_000).nullable(),
      notities: optionalText(2000),
      wachttijden: z
        .array(
          z.strictObject({
            zorgprofiel: z.string().regex(/^\d{3}$/),
            weken: z.number().int().min(0, 'Een wachttijd kan niet negatief zijn.').max(520),
          }),
        )
        .max(40),
    }),
    output: LocatieDetailSchema,
  },
  /** The adviser's own weights for the shortlist (defaults until saved). */
  'aanbieders.gewichten': { kind: 'read', input: EmptyInput, output: GewichtenSchema },
  'aanbieders.gewichtenOpslaan': { kind: 'write', input: GewichtenSchema, output: GewichtenSchema },
  'aanbieders.aantal': { kind: 'read', input: EmptyInput, output: z.object({ organisaties: z.number(), locaties: z.number() }) },
})

export const aanbiedersEvents = defineEvents({
  /** A running import or export: after every few thousand rows read, checked, stored or written. */
  'aanbieders.voortgang': VoortgangSchema,
})
