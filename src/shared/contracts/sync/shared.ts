import { z } from 'zod'
import { BriefpapierSchema } from '../../print/briefpapier'
import { bool, cents, date, dateOrNull, gid, instant, int, jsonText, oneOf, required, text } from './fields'

/**
 * Shared-scope entities: team-wide reference data and settings. Everyone pulls them; only a beheerder
 * pushes changes. Derived from the workstation tables (0001 reference tables, 0003 referentiebedrag,
 * 0005 aanbieders) plus the letterhead setting and the list of gelijkgestelde dagen.
 */
export const refRegio = z.strictObject({ zkCode: required(10), naam: required(120), geldigVanaf: date })

export const refGemeente = z.strictObject({
  gemeentecode: required(10),
  naam: required(120),
  provincie: required(60),
  zkCode: required(10),
  geldigVanaf: date,
})

export const refPostcode = z.strictObject({
  pc4: z.string().regex(/^\d{4}$/, 'Een pc4 is vier cijfers.'),
  plaats: required(120),
  gemeentecode: required(10),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  geldigVanaf: date,
})

export const referentiebedrag = z.strictObject({
  soort: oneOf([
    'max_tarief_formeel_uur',
    'max_tarief_informeel_uur',
    'max_tarief_dagdeel',
    'pgb_budget_jaar',
    'verblijf_kosten_jaar',
    'toeslag_wooninitiatief_jaar',
  ]),
  sleutel: text(60),
  geldigVanaf: date,
  bedragCent: cents.min(1),
  geverifieerd: bool,
  bron: text(300),
})

/** The letterhead: one row for the whole zorgkantoor (the same schema the workstation stores). */
export const briefpapier = BriefpapierSchema

const kvkOrAgb = z.string().regex(/^\d{8}$/, 'Acht cijfers.')
export const aanbieder = z.strictObject({
  naam: required(200),
  kvk: kvkOrAgb,
  agb: kvkOrAgb.nullable(),
  website: text(200),
  telefoon: text(40),
})

export const locatie = z.strictObject({
  aanbiederGid: gid,
  naam: required(200),
  vestigingsnummer: z.string().length(12, 'Een vestigingsnummer heeft 12 cijfers.'),
  agb: text(8).nullable(),
  straat: text(120),
  huisnummer: text(10),
  postcode: required(7),
  pc4: z.string().regex(/^\d{4}$/, 'Een pc4 is vier cijfers.'),
  woonplaats: text(80),
  sectoren: text(500),
  zorgprofielen: text(500),
  leveringsvormen: text(200),
  specialisaties: text(1000),
  partnerplekken: int(0, 10_000),
  levensbeschouwing: text(120),
  capaciteit: int(0, 100_000).nullable(),
  gecontracteerd: bool,
  contractVan: dateOrNull,
  contractTot: dateOrNull,
  notities: text(5000),
})

export const wachttijd = z.strictObject({
  locatieGid: gid,
  zorgprofiel: required(20),
  weken: int(0, 520),
  bijgewerktOp: date,
})

export const locatieHistorie = z.strictObject({ locatieGid: gid, gewijzigdOp: instant, wijzigingen: jsonText(100_000) })

/** A day a Koninklijk Besluit equates with a public holiday for deadlines (Atw art. 3 lid 3), with its source. */
export const gelijkgesteldeDag = z.strictObject({
  datum: date,
  besluit: required(300),
  bron: required(300),
  geverifieerd: bool,
})
