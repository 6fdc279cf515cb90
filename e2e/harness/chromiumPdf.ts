import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  PRINT_PAGES,
  RENDER_TIMEOUT_MS,
  SPARE_PAGE_IDLE_MS,
  printOptions,
  type PdfRenderer,
} from '../../src/main/print/pdfRenderer'
import { printPool, type PrintPage } from '../../src/main/print/printPool'
import { printedReports, printPipeline, type Printing } from '../../src/main/print/printPipeline'
import type { PrintDocument } from '../../src/shared/print/documents'
import { serveRenderer } from './staticServer'

// Stands in for src/preload/print.ts. A string, not a function: the TS loader would add helpers
// to a function body that do not exist in the page.
const PRINT_BRIDGE = `(() => {
  const listeners = new Set();
  Object.defineProperty(window, '__printDocument', { value: (doc, token) => listeners.forEach((l) => l(doc, token)) });
  Object.defineProperty(window, 'printApi', {
    value: Object.freeze({
      onDocument: (l) => { listeners.add(l); return () => listeners.delete(l); },
      rendered: (token) => window.__printRendered(String(token)),
      printed: () => window.__printPrinted(),
    }),
  });
})()`

/** Debian's headless Chromium, quiet (no updates, sync or network of its own), in Dutch. */
export function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath ?? process.env.WLZ_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=nl-NL',
    ],
  })
}

/**
 * The PdfRenderer for tests and the browser harness: the built print page (out/renderer/print.html)
 * in Debian's Chromium, `window.printApi` emulated through a binding, and page.pdf() with the same
 * options as Electron's printToPDF. Warm pages in a pool (printPool.ts, as the app's windows): tabs of
 * one context, each opened on its own and so in a renderer process of its own (a second page started
 * a second renderer); on a page the next document is laid out while the one before becomes a PDF
 * (printPipeline.ts).
 */
export async function createChromiumPdf(opts: { executablePath?: string } = {}): Promise<PdfRenderer> {
  const server = await serveRenderer()
  const browser = await launchChromium(opts.executablePath)
  const context = await browser.newContext()
  const pool = printPool(() => openPrintPage(context, server.url), { size: PRINT_PAGES, idleMs: SPARE_PAGE_IDLE_MS })
  await pool.warm()
  return {
    render: (doc) => pool.render(doc),
    async close() {
      await pool.close()
      await browser.close()
      await server.close()
    },
  }
}

/** One print page, a tab of the pool's context. */
async function openPrintPage(context: BrowserContext, baseUrl: string): Promise<PrintPage> {
  const page: Page = await context.newPage()
  page.on('pageerror', (e) => console.error('print page error:', e.message))
  page.on('console', (m) => m.type() === 'error' && console.error('print page console:', m.text()))
  const waiting = new Map<string, () => void>()
  await page.exposeBinding('__printRendered', (_src, token: string) => waiting.get(token)?.())
  // The page says when a print has left its renderer (afterprint): the next document may be laid out.
  const printed = printedReports()
  await page.exposeBinding('__printPrinted', () => printed.report())
  await page.addInitScript(PRINT_BRIDGE)
  await page.goto(`${baseUrl}print.html`)
  await page.waitForFunction(() => (window as unknown as { __printDocument?: unknown }).__printDocument !== undefined)

  async function layOut(doc: PrintDocument): Promise<void> {
    const token = randomUUID()
    const laidOut = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('print page did not finish')), RENDER_TIMEOUT_MS)
      waiting.set(token, () => (clearTimeout(timer), resolve()))
    })
    await page.evaluate(([d, t]) => (window as unknown as { __printDocument: (d: unknown, t: string) => void }).__printDocument(d, t), [
      doc,
      token,
    ] as const)
    await laidOut
    waiting.delete(token)
  }

  function print(doc: PrintDocument): Printing {
    const { footer, tagged } = printOptions(doc)
    const left = printed.next()
    const pdf = page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: footer,
      headerTemplate: HEADER_TEMPLATE,
      footerTemplate: FOOTER_TEMPLATE,
      tagged,
    })
    return { printed: left, pdf: pdf.then((bytes) => new Uint8Array(bytes)) }
  }

  return {
    render: printPipeline({ layOut, print }),
    closed: () => page.isClosed(),
    close: () => page.close(),
  }
}
