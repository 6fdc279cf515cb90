import { z } from 'zod'
import { defineRoutes } from './define'
import {
  AdresSchema,
  BsnSchema,
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  TelefoonSchema,
  VersionSchema,
  optionalText,
  requiredText,
} from './common'
import { COMMUNICATIEVOORKEUR, GESLACHT, LEEFEENHEID, NAAMGEBRUIK } from '../domain/codes'

const NameFields = {
  voornamen: requiredText(200),
  voorvoegsel: optionalText(20),
  achternaam: requiredText(200),
  geboortedatum: IsoDateSchema,
}

export const ClientCreateSchema = z.strictObject({
  ...NameFields,
  bsn: BsnSchema,
  /** Set after the adviser saw a possible duplicate (same name and birth date) and chose to go on. */
  bevestigDubbel: z.boolean().default(false),
})
export type ClientCreateInput = z.input<typeof ClientCreateSchema>

/** Everything about the person that can be edited in the dossier (the BSN is not: it identifies). */
export const PersoonSchema = z.strictObject({
  ...NameFields,
  geslacht: z.enum(GESLACHT).default('onbekend'),
  naamgebruik: z.enum(NAAMGEBRUIK).default('eigen'),
  partnerVoorvoegsel: optionalText(20),
  partnerAchternaam: optionalText(200),
  ...AdresSchema.shape,
  telefoon: TelefoonSchema,
  email: EmailSchema,
  communicatievoorkeur: z.enum(COMMUNICATIEVOORKEUR).default('post'),
  leefeenheid: z.enum(Object.keys(LEEFEENHEID) as [string, ...string[]]).default('9'),
  geheim: z.boolean().default(false),
})
export type PersoonInput = z.input<typeof PersoonSchema>

export const ClientSummarySchema = z.object({
  id: IdSchema,
  naam: z.string(),
  sortNaam: z.string(),
  geboortedatum: z.string(),
  bsnMasked: z.string(),
  adviseurId: IdSchema.nullable(),
})
export type ClientSummary = z.infer<typeof ClientSummarySchema>

export const ClientDetailSchema = z.object({
  id: IdSchema,
  version: z.number().int(),
  bsnMasked: z.string(),
  naam: z.string(),
  sortNaam: z.string(),
  adviseurId: IdSchema.nullable(),
  adviseurNaam: z.string().nullable(),
  regioCode: z.string().nullable(),
  regioNaam: z.string().nullable(),
  /** The gemeente of the postcode (reference data on today's date); null without a known postcode. */
  gemeente: z.string().nullable(),
  buitenRegio: z.boolean(),
  persoon: z.object({
    voornamen: z.string(),
    voorvoegsel: z.string(),
    achternaam: z.string(),
    geboortedatum: z.string(),
    geslacht: z.enum(GESLACHT),
    naamgebruik: z.enum(NAAMGEBRUIK),
    partnerVoorvoegsel: z.string(),
    partnerAchternaam: z.string(),
    straat: z.string(),
    huisnummer: z.string(),
    huisnummerToevoeging: z.string(),
    postcode: z.string(),
    woonplaats: z.string(),
    telefoon: z.string(),
    email: z.string(),
    communicatievoorkeur: z.enum(COMMUNICATIEVOORKEUR),
    leefeenheid: z.string(),
    geheim: z.boolean(),
  }),
})
export type ClientDetail = z.infer<typeof ClientDetailSchema>

export const clientsRoutes = defineRoutes({
  'clients.create': { kind: 'write', input: ClientCreateSchema, output: ClientSummarySchema },
  'clients.update': {
    kind: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, persoon: PersoonSchema }),
    output: ClientDetailSchema,
  },
  /** The full BSN, on explicit request only; every reveal is audited. */
  'clients.revealBsn': { kind: 'read', input: z.strictObject({ id: IdSchema }), output: z.object({ bsn: z.string() }) },
})
