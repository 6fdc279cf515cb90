import type { PdfFile } from '../../../shared/contracts/pdfFile'
import type { AfdrukUitkomst } from '../../../shared/contracts/afdrukken.routes'
import { call } from '../api/client'
import { downloadPdf, pdfBlob } from './downloadPdf'
import { afdrukWeg, geenPapierPrinter } from '../../../shared/print/afdrukWeg'

let lastUrl: string | null = null
/** Until main answers that it has none (the harness): then the PDF goes no more to main for paper. */
let papierPrinter = true

/**
 * "Afdrukken" of a PDF as saved (afdrukWeg.ts chooses how): the app's print dialog; or the PDF in a
 * hidden frame and that frame's print dialog; or, without a PDF viewer, the PDF saved, and the
 * answer says so, so the adviser can print it from the PDF reader.
 */
export async function printPdf(file: PdfFile): Promise<AfdrukUitkomst | 'afdrukvenster' | 'opgeslagen'> {
  if (afdrukWeg({ papierPrinter, pdfViewer: navigator.pdfViewerEnabled }) === 'papier') {
    try {
      return (await call('afdrukken.papier', { bestandsnaam: file.bestandsnaam, pdf: file.pdf })).uitkomst
    } catch (error) {
      if (!geenPapierPrinter(error)) throw error
      papierPrinter = false
    }
  }
  if (afdrukWeg({ papierPrinter, pdfViewer: navigator.pdfViewerEnabled }) === 'opslaan') {
    await downloadPdf(file)
    return 'opgeslagen'
  }
  // The previous frame stays until the next print: its dialog may still be reading it.
  document.querySelector('iframe.print-frame')?.remove()
  if (lastUrl) URL.revokeObjectURL(lastUrl)
  const url = (lastUrl = URL.createObjectURL(pdfBlob(file)))
  const frame = document.createElement('iframe')
  frame.className = 'print-frame'
  frame.title = `Afdrukken: ${file.bestandsnaam}`
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true })
    frame.src = url
    document.body.append(frame)
  })
  frame.contentWindow?.focus()
  frame.contentWindow?.print()
  return 'afdrukvenster'
}
