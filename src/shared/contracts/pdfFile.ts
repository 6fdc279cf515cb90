import { z } from 'zod'

/** A PDF as it crosses IPC: base64 (payloads stay plain JSON), with a safe file name. */
export const PdfFileSchema = z.object({
  bestandsnaam: z.string().regex(/^[\w.-]{1,120}\.pdf$/),
  pdf: z.string().max(40_000_000),
})
export type PdfFile = z.infer<typeof PdfFileSchema>
