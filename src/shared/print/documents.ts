import { z } from 'zod'
import { BriefpapierSchema } from './briefpapier'
import { BriefDocumentSchema, BrievenbundelSchema } from './brief'

/**
 * A print document: which template (`kind`), its props, and whether it is a draft (then every page
 * carries a CONCEPT watermark). Documents are plain JSON so the same one renders through Electron
 * IPC and the test harness. Each capability adds its kind to the union below.
 */
export const AdresregelsSchema = z.array(z.string().max(120)).min(1).max(6)

export const ProefpaginaSchema = z.object({
  kind: z.literal('proefpagina'),
  concept: z.boolean(),
  briefpapier: BriefpapierSchema,
  adresregels: AdresregelsSchema,
  datum: z.string(),
  /** Paragraphs of filler text, to see how a letter flows onto a second page. */
  alineas: z.array(z.string().max(5000)).max(50),
})

export const PrintDocumentSchema = z.discriminatedUnion('kind', [ProefpaginaSchema, BriefDocumentSchema, BrievenbundelSchema])
export type PrintDocument = z.output<typeof PrintDocumentSchema>
export type PrintKind = PrintDocument['kind']
