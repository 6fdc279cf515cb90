import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'
import { PdfFileSchema } from './pdfFile'
import { BriefpapierSchema } from '../print/briefpapier'

export const briefpapierRoutes = defineRoutes({
  'briefpapier.get': { kind: 'read', input: EmptyInput, output: BriefpapierSchema },
  'briefpapier.save': { kind: 'write', input: BriefpapierSchema, output: BriefpapierSchema },
  /** A test page with the letterhead and the window-envelope frame, to check the offsets on paper. */
  'briefpapier.proefpagina': { kind: 'read', input: z.strictObject({ concept: z.boolean().default(false) }), output: PdfFileSchema },
})
