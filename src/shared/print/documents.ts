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

/** A zorgplan or budgetplan on A4 for signing: sections of text, the cost table and signature blocks. */
export const PlanDocumentSchema = z.object({
  kind: z.literal('plan'),
  concept: z.boolean(),
  briefpapier: BriefpapierSchema,
  titel: z.string().max(200),
  soortLabel: z.string().max(40),
  gegevens: z.array(z.object({ label: z.string().max(60), waarde: z.string().max(300) })).max(12),
  secties: z.array(z.object({ titel: z.string().max(200), tekst: z.string().max(200_000) })).max(60),
  kosten: z
    .object({
      regels: z.array(z.object({ naam: z.string().max(300), bedrag: z.string().max(40) })).max(40),
      totaal: z.string().max(40),
      periode: z.string().max(80),
    })
    .nullable(),
  controles: z.array(z.object({ titel: z.string().max(200), artikel: z.string().max(200), uitkomst: z.string().max(40) })).max(20),
  ondertekening: z.array(z.object({ rol: z.string().max(100), naam: z.string().max(200) })).max(4),
})

/** The keuzehulp: a plain-language comparison of 2–4 locations for the client, on A4. */
export const KeuzehulpSchema = z.object({
  kind: z.literal('keuzehulp'),
  concept: z.boolean(),
  briefpapier: BriefpapierSchema,
  clientNaam: z.string().max(200),
  datum: z.string().max(40),
  locaties: z.array(z.string().max(300)).min(2).max(4),
  rijen: z.array(z.object({ label: z.string().max(100), waarden: z.array(z.string().max(300)), beste: z.array(z.number().int()) })).max(20),
  /** What was asked for and how the adviser weighed the criteria: the order is explained, not just shown. */
  gezocht: z.string().max(200),
  weging: z.string().max(600),
  adviseur: z.string().max(200),
})

/** The recovery sheet ("noodset"): the code, what it is, where to keep it; the workstation and the date. No client data. */
export const HerstelbladSchema = z.object({
  kind: z.literal('herstelblad'),
  concept: z.literal(false),
  herstelcode: z.string().max(64),
  werkplek: z.string().max(200),
  datum: z.string().max(40),
})

export const PrintDocumentSchema = z.discriminatedUnion('kind', [
  HerstelbladSchema,
  ProefpaginaSchema,
  PlanDocumentSchema,
  KeuzehulpSchema,
  BriefDocumentSchema,
  BrievenbundelSchema,
])
export type PrintDocument = z.output<typeof PrintDocumentSchema>
export type PrintKind = PrintDocument['kind']
