import { BrowserWindow, ipcMain } from 'electron'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRINT_DOCUMENT_CHANNEL, PRINT_PRINTED_CHANNEL, PRINT_RENDERED_CHANNEL } from '../../shared/contracts/channels'
import type { PrintDocument } from '../../shared/print/documents'
import { secureWebPreferences } from '../windows/webPreferences'
import { appUrl } from '../security/appProtocol'
import { printedReports, printPipeline } from './printPipeline'
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, RENDER_TIMEOUT_MS, printOptions, type PaperPrinter, type PdfRenderer } from './pdfRenderer'

/**
 * PDF and paper printing in the app: one hidden, sandboxed print window (print.html with its own
 * two-function preload) is kept warm so a batch of letters does not pay a window start per letter.
 * Documents are laid out one at a time, the next while the one before becomes a PDF (printPipeline.ts);
 * Electron's default page size is Letter, so A4 is always set.
 * The window is destroyed on close, and re-created if its renderer process goes away.
 */
export function createElectronPrinting(opts: { outDir: string; devServerUrl: string | undefined }): PdfRenderer & PaperPrinter {
  let windowPromise: Promise<BrowserWindow> | null = null
  let current: BrowserWindow | null = null
  const waiting = new Map<string, () => void>()

  // Only the print window itself may report a document laid out.
  ipcMain.on(PRINT_RENDERED_CHANNEL, (event, token: unknown) => {
    if (current && event.sender === current.webContents) waiting.get(String(token))?.()
  })
  const printed = printedReports()
  ipcMain.on(PRINT_PRINTED_CHANNEL, (event) => {
    if (current && event.sender === current.webContents) printed.report()
  })

  function printWindow(): Promise<BrowserWindow> {
    windowPromise ??= (async () => {
      const win = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: secureWebPreferences({ preload: join(opts.outDir, 'preload/print.cjs'), devTools: false }),
      })
      current = win
      const reset = () => {
        windowPromise = null
        current = null
      }
      win.on('closed', reset)
      win.webContents.on('render-process-gone', () => win.destroy())
      if (opts.devServerUrl) await win.loadURL(new URL('print.html', opts.devServerUrl).href)
      else await win.loadURL(appUrl('print.html'))
      return win
    })()
    return windowPromise
  }

  async function layOut(doc: PrintDocument): Promise<BrowserWindow> {
    const win = await printWindow()
    const token = randomUUID()
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('print window did not finish laying out')), RENDER_TIMEOUT_MS)
      waiting.set(token, () => (clearTimeout(timer), resolve()))
    })
    try {
      win.webContents.send(PRINT_DOCUMENT_CHANNEL, doc, token)
      await done
      return win
    } finally {
      waiting.delete(token)
    }
  }

  return {
    render: printPipeline({
      layOut,
      print(doc, win) {
        const { footer, tagged } = printOptions(doc)
        const left = printed.next()
        const pdf = win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: footer,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: FOOTER_TEMPLATE,
          generateTaggedPDF: tagged,
        })
        return { printed: left, pdf: pdf.then((bytes) => new Uint8Array(bytes)) }
      },
    }),
    // Electron ≥ 32 prints from its PDF viewer (electron#43309). The PDF is a file in a private
    // temporary folder for as long as the dialog is open: a data: URL stops at 2 MB (a print run).
    // Its own window, not the warm one: an open dialog must not hold up the PDFs meanwhile.
    print: async (pdf) => {
      const dir = await mkdtemp(join(tmpdir(), 'wlz-afdruk-'))
      const win = new BrowserWindow({
        show: false,
        webPreferences: { ...secureWebPreferences({ preload: join(opts.outDir, 'preload/print.cjs'), devTools: false }), plugins: true },
      })
      try {
        const file = join(dir, 'afdruk.pdf')
        await writeFile(file, pdf, { mode: 0o600 })
        await win.loadFile(file)
        return await new Promise<'afgedrukt' | 'geannuleerd'>((resolve) =>
          win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success ? 'afgedrukt' : 'geannuleerd')),
        )
      } finally {
        win.destroy()
        await rm(dir, { recursive: true, force: true })
      }
    },
    async close() {
      const win = windowPromise ? await windowPromise.catch(() => null) : null
      win?.destroy()
      windowPromise = null
      current = null
    },
  }
}
