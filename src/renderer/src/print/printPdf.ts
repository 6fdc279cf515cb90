import type { PdfFile } from '../../../shared/contracts/pdfFile'
import { downloadPdf, pdfBlob } from './downloadPdf'

let lastUrl: string | null = null

/**
 * "Afdrukken": the PDF in a hidden frame, and that frame's print dialog — the very pages that a
 * saved PDF holds. Where the page cannot show a PDF inline (navigator.pdfViewerEnabled is false,
 * e.g. a window without the PDF viewer), the PDF is saved instead and the answer says so, so the
 * adviser can print it from the PDF reader.
 */
export async function printPdf(file: PdfFile): Promise<'afdrukvenster' | 'opgeslagen'> {
  if (!navigator.pdfViewerEnabled) {
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
