import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'
import { BriefpapierSchema } from '../print/briefpapier'

/** A PDF as it crosses IPC: base64 (payloads stay plain JSON), with a safe file name. */
export const PdfFileSchema = z.object({
  bestandsnaam: z.string().regex(/^[\w.-]{1,120}\.pdf$/),
  pdf: z.string().max(40_000_000),
})
export type PdfFile = z.infer<typeof PdfFileSchema>

export const printRoutes = defineRoutes({
  'briefpapier.get': { kind: 'read', input: EmptyInput, output: BriefpapierSchema },
  'briefpapier.save': { kind: 'write', input: BriefpapierSchema, output: BriefpapierSchema },
  /** A test page with the letterhead and the window-envelope frame, to check the offsets on paper. */
  'print.proefpagina': { kind: 'read', input: z.strictObject({ concept: z.boolean().default(false) }), output: PdfFileSchema },
})
