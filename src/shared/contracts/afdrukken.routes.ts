import { z } from 'zod'
import { defineRoutes } from './define'
import { PdfFileSchema } from './pdfFile'

export const AfdrukUitkomstSchema = z.enum(['afgedrukt', 'geannuleerd'])
export type AfdrukUitkomst = z.infer<typeof AfdrukUitkomstSchema>

export const afdrukkenRoutes = defineRoutes({
  /**
   * "Afdrukken" in the app: the PDF the adviser just got (an archived letter, a plan, a print run)
   * goes to the system print dialog, page for page as saved. Where there is no paper printer (the
   * browser harness) it answers NOT_READY and the window prints the PDF itself.
   */
  'afdrukken.papier': { kind: 'read', input: PdfFileSchema.strict(), output: z.object({ uitkomst: AfdrukUitkomstSchema }) },
})
