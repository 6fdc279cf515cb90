/**
 * Which way "Afdrukken" goes, in order: the app's paper printer (Electron: the system print dialog
 * for the PDF as saved); else the window's own PDF viewer and its print dialog (the browser
 * harness); else the PDF is saved with a message (a window without a PDF viewer). Pure, so the
 * choice is unit-tested without Electron.
 */
export type AfdrukWeg = 'papier' | 'afdrukvenster' | 'opslaan'

export function afdrukWeg(opts: { papierPrinter: boolean; pdfViewer: boolean }): AfdrukWeg {
  if (opts.papierPrinter) return 'papier'
  return opts.pdfViewer ? 'afdrukvenster' : 'opslaan'
}

/** The router's NOT_READY for afdrukken.papier means "no paper printer here", not a failure. */
export const geenPapierPrinter = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'NOT_READY'
