import { BrowserWindow, ipcMain, type WebContents } from 'electron'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRINT_DOCUMENT_CHANNEL, PRINT_PRINTED_CHANNEL, PRINT_RENDERED_CHANNEL } from '../../shared/contracts/channels'
import type { PrintDocument } from '../../shared/print/documents'
import { secureWebPreferences } from '../windows/webPreferences'
import { appUrl } from '../security/appProtocol'
import { printedReports, printPipeline } from './printPipeline'
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  PRINT_PAGES,
  RENDER_TIMEOUT_MS,
  SPARE_PAGE_IDLE_MS,
  printOptions,
  type PaperPrinter,
  type PdfRenderer,
} from './pdfRenderer'
import { printPool, type PrintPage } from './printPool'

/**
 * PDF and paper printing in the app: hidden, sandboxed print windows (print.html with its own
 * two-function preload) are kept warm so a batch of letters does not pay a window start per letter;
 * a batch gets a second window, its own renderer process, for the print job queued behind the one
 * printing (printPool.ts). On a window, documents are laid out one at a time, the next while the
 * one before becomes a PDF (printPipeline.ts). Electron's default page size is Letter, so A4 is
 * always set. A window whose renderer process goes away is destroyed; the pool opens another.
 */
export function createElectronPrinting(opts: { outDir: string; devServerUrl: string | undefined }): PdfRenderer & PaperPrinter {
  const waiting = new Map<string, () => void>()
  /** The open print windows, by their web contents: only they may report. */
  const windows = new Map<WebContents, { printed: ReturnType<typeof printedReports> }>()

  ipcMain.on(PRINT_RENDERED_CHANNEL, (event, token: unknown) => {
    if (windows.has(event.sender)) waiting.get(String(token))?.()
  })
  ipcMain.on(PRINT_PRINTED_CHANNEL, (event) => {
    windows.get(event.sender)?.printed.report()
  })

  async function openPrintWindow(): Promise<PrintPage> {
    const win = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: secureWebPreferences({ preload: join(opts.outDir, 'preload/print.cjs'), devTools: false }),
    })
    const contents = win.webContents
    const printed = printedReports()
    windows.set(contents, { printed })
    win.on('closed', () => windows.delete(contents))
    contents.on('render-process-gone', () => win.destroy())
    try {
      if (opts.devServerUrl) await win.loadURL(new URL('print.html', opts.devServerUrl).href)
      else await win.loadURL(appUrl('print.html'))
    } catch (e) {
      win.destroy()
      throw e
    }

    async function layOut(doc: PrintDocument): Promise<void> {
      const token = randomUUID()
      const done = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('print window did not finish laying out')), RENDER_TIMEOUT_MS)
        waiting.set(token, () => (clearTimeout(timer), resolve()))
      })
      try {
        contents.send(PRINT_DOCUMENT_CHANNEL, doc, token)
        await done
      } finally {
        waiting.delete(token)
      }
    }

    return {
      render: printPipeline({
        layOut,
        print(doc) {
          const { footer, tagged } = printOptions(doc)
          const left = printed.next()
          const pdf = contents.printToPDF({
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
      closed: () => win.isDestroyed(),
      close: async () => {
        if (!win.isDestroyed()) win.destroy()
      },
    }
  }

  const pool = printPool(openPrintWindow, { size: PRINT_PAGES, idleMs: SPARE_PAGE_IDLE_MS })
  return {
    render: (doc) => pool.render(doc),
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
    close: () => pool.close(),
  }
}
