import type { PrintDocument } from '../../shared/print/documents'

/** A print started on the page: it has left the page (`printed`) before its PDF is back (`pdf`). */
export interface Printing {
  printed: Promise<void>
  pdf: Promise<Uint8Array>
}

/**
 * Documents one after the other on the one print page, with the next laid out early. Chromium
 * paints every page for print in one renderer task (then afterprint); turning those pages into a
 * PDF happens afterwards in another process (a PrintCompositor) and the PDF then travels back to
 * main, while the renderer sits idle. So the next document is laid out as soon as the page has
 * printed the one before. Its own print waits for the PDF before it: Chromium keeps one print job
 * per page, and a second one started meanwhile left the first PDF unanswered. Should a print fail
 * before the page says so, the next document waits for the failure.
 */
export function printPipeline(steps: {
  /** Lays the document out on the page (each pipeline has its own page, printPool.ts). */
  layOut: (doc: PrintDocument) => Promise<void>
  print: (doc: PrintDocument) => Printing
}): (doc: PrintDocument) => Promise<Uint8Array> {
  let pageFree: Promise<unknown> = Promise.resolve()
  let pdfBack: Promise<unknown> = Promise.resolve()
  return (doc) => {
    const before = pdfBack
    const job = pageFree
      .then(() => steps.layOut(doc))
      .then(async () => {
        await before
        return steps.print(doc)
      })
    pageFree = job.then(
      ({ printed, pdf }) => Promise.race([printed, pdf.catch(() => undefined)]),
      () => undefined,
    )
    const pdf = job.then(({ pdf }) => pdf)
    pdfBack = pdf.catch(() => undefined)
    return pdf
  }
}

/**
 * The page's "printed" reports (afterprint) as promises, one per print: `next()` is called just
 * before a print is started and resolves at the report that follows.
 */
export function printedReports(): { next(): Promise<void>; report(): void } {
  let resolve: (() => void) | null = null
  return {
    next: () => new Promise<void>((r) => (resolve = r)),
    report() {
      resolve?.()
      resolve = null
    },
  }
}
