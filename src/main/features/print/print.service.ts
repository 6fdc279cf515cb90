import type { Db } from '../../db/types'
import type { SettingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { PdfRenderer } from '../../print/pdfRenderer'
import { BriefpapierSchema, DEFAULT_BRIEFPAPIER, type Briefpapier } from '../../../shared/print/briefpapier'
import type { PrintDocument } from '../../../shared/print/documents'
import type { PdfFile } from '../../../shared/contracts/print.routes'
import { formatDateLong } from '../../../shared/format/nl'

const KEY = 'briefpapier'

/** The letterhead settings and turning print documents into PDF files for the renderer. */
export function createPrintService(deps: { db: Db; clock: Clock; audit: Audit; settings: SettingsRepo; pdf: PdfRenderer | null }) {
  function briefpapier(): Briefpapier {
    const stored = deps.settings.get(KEY)
    if (!stored) return DEFAULT_BRIEFPAPIER
    const parsed = BriefpapierSchema.safeParse(JSON.parse(stored))
    return parsed.success ? parsed.data : DEFAULT_BRIEFPAPIER
  }

  async function toPdf(doc: PrintDocument, bestandsnaam: string): Promise<PdfFile> {
    if (!deps.pdf) throw new AppError('NOT_READY', 'Een PDF maken kan op deze werkplek niet: de printvoorziening ontbreekt.')
    const bytes = await deps.pdf.render(doc)
    return { bestandsnaam, pdf: Buffer.from(bytes).toString('base64') }
  }

  return {
    briefpapier,
    saveBriefpapier(input: Briefpapier): Briefpapier {
      deps.db.transaction(() => {
        deps.settings.set(KEY, JSON.stringify(input))
        deps.audit.record({ event: 'briefpapier.update', action: 'U' })
      })()
      return briefpapier()
    },
    /** Renders any document to PDF bytes (for services that archive them). */
    async render(doc: PrintDocument): Promise<Uint8Array> {
      if (!deps.pdf) throw new AppError('NOT_READY', 'Een PDF maken kan op deze werkplek niet: de printvoorziening ontbreekt.')
      return deps.pdf.render(doc)
    },
    toPdf,
    proefpagina(concept: boolean): Promise<PdfFile> {
      return toPdf(
        {
          kind: 'proefpagina',
          concept,
          briefpapier: briefpapier(),
          adresregels: ['Mevrouw A. Voorbeeld (proef)', 'Voorbeeldstraat 1 A', '1234 AB  VOORBEELDDORP'],
          datum: formatDateLong(deps.clock.today()),
          alineas: [],
        },
        `proefafdruk-${deps.clock.today()}.pdf`,
      )
    },
  }
}
export type PrintService = ReturnType<typeof createPrintService>
