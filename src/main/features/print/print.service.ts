import type { SettingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { PdfRenderer } from '../../print/pdfRenderer'
import type { BriefProps } from '../../../shared/print/brief'
import { BriefpapierSchema, DEFAULT_BRIEFPAPIER, type Briefpapier } from '../../../shared/print/briefpapier'
import type { PrintDocument } from '../../../shared/print/documents'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import { formatDateLong } from '../../../shared/format/nl'

const KEY = 'briefpapier'

/** pdf-lib is loaded with the first letter, not when the app starts. */
const pdfPages = () => import('../../print/pdfPages')

/** The letterhead settings and turning print documents into PDF files for the renderer. */
export function createPrintService(deps: { clock: Clock; uow: UnitOfWork; settings: SettingsRepo; pdf: PdfRenderer | null }) {
  function briefpapier(): Briefpapier {
    const stored = deps.settings.get(KEY)
    if (!stored) return DEFAULT_BRIEFPAPIER
    const parsed = BriefpapierSchema.safeParse(JSON.parse(stored))
    return parsed.success ? parsed.data : DEFAULT_BRIEFPAPIER
  }

  function renderer(): PdfRenderer {
    if (!deps.pdf) throw new AppError('NOT_READY', 'Een PDF maken kan op deze werkplek niet: de printvoorziening ontbreekt.')
    return deps.pdf
  }

  /** Any document to PDF bytes; a letter with its page numbers (pdfPages.ts). */
  async function render(doc: PrintDocument): Promise<Uint8Array> {
    const bytes = await renderer().render(doc)
    return doc.kind === 'brief' ? (await pdfPages()).stampPageNumbers(bytes) : bytes
  }

  async function toPdf(doc: PrintDocument, bestandsnaam: string): Promise<PdfFile> {
    const bytes = await render(doc)
    return { bestandsnaam, pdf: Buffer.from(bytes).toString('base64') }
  }

  return {
    briefpapier,
    saveBriefpapier(input: Briefpapier): Briefpapier {
      deps.uow.run({ event: 'briefpapier.update' }, () => deps.settings.set(KEY, JSON.stringify(input)))
      return briefpapier()
    },
    /** For services that archive the bytes. */
    render,
    /**
     * Several final letters in one Chromium job, cut into one PDF per letter (in order), each looking
     * as if it had been rendered alone. Null when the cut is not certain: render them one by one then.
     */
    async renderBrieven(brieven: BriefProps[]): Promise<Uint8Array[] | null> {
      const bytes = await renderer().render({ kind: 'brievenbundel', concept: false, brieven })
      return (await pdfPages()).splitLetters(bytes, brieven.length)
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
