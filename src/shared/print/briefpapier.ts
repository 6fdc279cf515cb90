import { z } from 'zod'
import { optionalText, requiredText } from '../contracts/common'

/**
 * The zorgkantoor's letterhead and the window-envelope geometry. Offsets are in millimetres from
 * the top-left of the A4 sheet; defaults follow NEN 1026 as the Dutch letter classes implement it
 * (../shared/data/README.md): address block 83 mm wide at 33 mm from the left and 50 mm from the
 * top (first line ≈ 59 mm), reference line ≈ 90 mm, fold marks ≈ 108 and ≈ 153 mm.
 */
const Mm = (min: number, max: number) => z.number().min(min, `Minimaal ${min} mm.`).max(max, `Maximaal ${max} mm.`)

export const VensterSchema = z.strictObject({
  adresLinks: Mm(10, 120).default(33),
  adresBoven: Mm(20, 120).default(50),
  adresBreedte: Mm(60, 110).default(83),
  kenmerkBoven: Mm(60, 150).default(90),
  vouwtekens: z.boolean().default(true),
})
export type Venster = z.output<typeof VensterSchema>

export const BriefpapierSchema = z.strictObject({
  organisatie: requiredText(120).default('Zorgkantoor (naam instellen in Beheer)'),
  afdeling: optionalText(120),
  postadres: optionalText(200),
  bezoekadres: optionalText(200),
  telefoon: optionalText(40),
  website: optionalText(120),
  email: optionalText(120),
  /** Where a bezwaarschrift goes (Awb 3:45: to which body). */
  bezwaarAdres: optionalText(300),
  /** A PNG or JPEG logo as a data URL, at most ~200 kB. */
  logo: z
    .string()
    .max(280_000, 'Het logo is te groot (maximaal 200 kB).')
    .refine((v) => v === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(v), 'Het logo moet een PNG- of JPEG-afbeelding zijn.')
    .default(''),
  venster: VensterSchema.default(VensterSchema.parse({})),
})
export type Briefpapier = z.output<typeof BriefpapierSchema>
export const DEFAULT_BRIEFPAPIER: Briefpapier = BriefpapierSchema.parse({})
