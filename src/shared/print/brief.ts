import { z } from 'zod'
import { BriefpapierSchema } from './briefpapier'

/**
 * A letter as the print template receives it: every text already written out and formatted
 * (nl-NL dates and amounts), so the template only lays out. Blocks marked `vrij` hold the
 * adviser's own paragraphs; all others are the locked, required parts.
 */
export const BlokSchema = z.object({
  id: z.string().max(40),
  titel: z.string().max(200).nullable(),
  alineas: z.array(z.string().max(5000)).max(30),
  lijst: z.array(z.string().max(1000)).max(30),
  tabel: z.array(z.object({ label: z.string().max(200), waarde: z.string().max(200) })).max(20),
  vrij: z.boolean(),
})
export type Blok = z.output<typeof BlokSchema>

export const BriefPropsSchema = z.object({
  briefpapier: BriefpapierSchema,
  /** PostNL: 3–6 lines; a very long name may need one more, which the window then wraps. */
  adresregels: z.array(z.string().max(300)).min(1).max(8),
  referentie: z.array(z.object({ label: z.string().max(40), waarde: z.string().max(300) })).max(10),
  onderwerp: z.string().max(200),
  aanhef: z.string().max(300),
  blokken: z.array(BlokSchema).max(30),
  /**
   * The header of every continuation page: kenmerk and the client's name, so a loose second sheet
   * still says whose letter it is ("pagina x van y" is stamped in the footer, src/main/print/pdfPages.ts).
   */
  vervolgkop: z.object({ kenmerk: z.string().max(40), naam: z.string().max(300) }),
  ondertekening: z.object({
    groet: z.string().max(100),
    naam: z.string().max(120),
    functie: z.string().max(120),
    namens: z.string().max(300),
  }),
})
export type BriefProps = z.output<typeof BriefPropsSchema>

export const BriefDocumentSchema = BriefPropsSchema.extend({ kind: z.literal('brief'), concept: z.boolean() })

/**
 * In a print run each letter carries an invisible 1-pixel link to KNIP_ANKER + its position. Chromium
 * writes it as a link annotation on the letter's first page, which is where the run is cut
 * (src/main/print/pdfPages.ts); the annotation is removed from the letter again. `.invalid` never resolves.
 */
export const KNIP_ANKER = 'https://brief.invalid/'

/** Many letters in one document, for a combined print run; every letter starts on a new sheet. */
export const BrievenbundelSchema = z.object({
  kind: z.literal('brievenbundel'),
  concept: z.boolean(),
  brieven: z.array(BriefPropsSchema).min(1).max(500),
})
