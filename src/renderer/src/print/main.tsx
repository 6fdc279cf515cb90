import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { PrintDocumentSchema } from '../../../shared/print/documents'
import { installDutchErrors } from '../../../shared/validation/dutchErrors'
import { PrintRoot } from './PrintRoot'
import './printApi'
import '@fontsource/noto-emoji/400.css'
import './print.css'

// The print page: main (or the test harness) pushes a document; it is validated, rendered
// synchronously, and reported laid out once fonts and images are ready, so the PDF step never
// captures a half-drawn page.
installDutchErrors()
const root = createRoot(document.getElementById('print-root')!)

async function settled(): Promise<void> {
  // Lay the page out now: that is when the fonts it uses are requested, so fonts.ready below waits
  // for them. No frame needs to be painted: the PDF step lays the page out again for print, and
  // waiting for two frames cost a letter up to 33 ms.
  void document.body.offsetHeight
  // The bundled emoji font comes in subsets that load only for characters in use: ask for the ones
  // this document needs before measuring, or an emoji could still be an empty box in the PDF.
  const special = [...new Set(document.body.textContent ?? '')].filter((c) => c.codePointAt(0)! > 0x7f).join('')
  if (special) await document.fonts.load("16px 'Noto Emoji'", special)
  await document.fonts.ready
  await Promise.all([...document.images].map((img) => (img.complete ? Promise.resolve() : img.decode().catch(() => undefined))))
}

// Printing lays the page out for paper and paints every page in one task; afterprint comes after it,
// once nothing on this page can change the PDF any more. From then the host may send the next
// document while Chromium turns this one's pages into a PDF in another process.
addEventListener('afterprint', () => window.printApi.printed())

window.printApi.onDocument((raw, token) => {
  const doc = PrintDocumentSchema.parse(raw)
  document.title = doc.kind
  flushSync(() => root.render(<PrintRoot doc={doc} />))
  void settled().then(() => window.printApi.rendered(token))
})
