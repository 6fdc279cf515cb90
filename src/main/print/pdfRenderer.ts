import type { PrintDocument } from '../../shared/print/documents'

/**
 * Turns one print document into an A4 PDF. The app implements it with Electron's printToPDF on a
 * hidden, sandboxed print window (electronPdf.ts); tests and the browser harness with Playwright's
 * page.pdf() in Chromium (e2e/harness/chromiumPdf.ts) — the same engine, the same print page.
 */
export interface PdfRenderer {
  render(doc: PrintDocument): Promise<Uint8Array>
  close(): Promise<void>
}

/** Sends a document to the system print dialog (paper). Only the Electron app has one. */
/** Paper in the app: a PDF as saved (an archived letter stays page for page the same) to the print dialog. */
export interface PaperPrinter {
  print(pdf: Uint8Array): Promise<'afgedrukt' | 'geannuleerd'>
}

/**
 * The page-number footer ("pagina 1 van 2"), drawn by Chromium in the bottom page margin. Chromium
 * fills the pageNumber and totalPages spans; the template needs its own inline style.
 */
export const FOOTER_TEMPLATE =
  "<div style=\"width:100%;font-family:Arial,'Liberation Sans','DejaVu Sans',sans-serif;font-size:8pt;color:#444;" +
  'text-align:right;padding:0 20mm 0 25mm;box-sizing:border-box">pagina <span class="pageNumber"></span> van ' +
  '<span class="totalPages"></span></div>'
export const HEADER_TEMPLATE = '<div></div>'

/**
 * Chromium's print options per document. Letters leave the footer to pdfPages.ts, which numbers the
 * pages per letter. A combined print run is not tagged: it is only cut into letters (by the cut marks,
 * see KNIP_ANKER), and tagging costs a third of its render time.
 */
export function printOptions(doc: PrintDocument): { footer: boolean; tagged: boolean } {
  return { footer: doc.kind !== 'brief' && doc.kind !== 'brievenbundel', tagged: doc.kind !== 'brievenbundel' }
}

/** Waits for the print page's "laid out" signal at most this long. */
export const RENDER_TIMEOUT_MS = 15_000

/**
 * Print pages kept at most (printPool.ts): two, one per core of the laptops this runs on. A batch
 * keeps two print jobs in flight, so the second page halves the renderer's share of its time.
 */
export const PRINT_PAGES = 2
/** A second page that had no work this long is closed again (its renderer process goes). */
export const SPARE_PAGE_IDLE_MS = 60_000
