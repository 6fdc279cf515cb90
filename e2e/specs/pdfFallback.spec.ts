import type { Page } from '@playwright/test'
import { test, expect } from '../fixtures'
import { FirstRun } from '../pages/FirstRun'
import { openBeheer } from '../pages/Beheer'
import { DEFAULT_BRIEFPAPIER } from '../../src/shared/print/briefpapier'

/** Every request of a page that fails or answers 4xx/5xx. */
function failedRequests(page: Page): string[] {
  const failed: string[] = []
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`))
  page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)))
  return failed
}

test('the app and the print page load without a failed request, fonts for emoji included', async ({ app }) => {
  const failed = failedRequests(app.page)
  await app.page.reload()
  await expect(app.page.getByRole('heading', { name: 'Welkom bij Wlz Werkplek' })).toBeVisible()

  // The print page as the harness and the app use it, with a document whose text needs the emoji font.
  const print = await app.page.context().newPage()
  failed.push(...failedRequests(print))
  const rendered: string[] = []
  await print.exposeFunction('__rendered', (token: string) => void rendered.push(token))
  await print.addInitScript(`(() => {
    const listeners = new Set();
    window.__push = (doc, token) => listeners.forEach((l) => l(doc, token));
    Object.defineProperty(window, 'printApi', { value: Object.freeze({
      onDocument: (l) => { listeners.add(l); return () => listeners.delete(l); },
      rendered: (token) => window.__rendered(String(token)),
      printed: () => {},
    }) });
  })()`)
  await print.goto(new URL('print.html', app.page.url()).href)
  const doc = {
    kind: 'proefpagina',
    concept: false,
    briefpapier: { ...DEFAULT_BRIEFPAPIER, organisatie: 'Zorgkantoor 🌷 Proefregio (fictief)' },
    adresregels: ['Mevrouw Zoë 👩‍⚕️ Voorbeeld', 'Voorbeeldstraat 1', '1234 AB  VOORBEELDDORP'],
    datum: '22 november 2026',
    alineas: [],
  }
  await print.evaluate((d) => (window as unknown as { __push: (d: unknown, t: string) => void }).__push(d, 'één'), doc)
  await expect.poll(() => rendered).toEqual(['één'])
  await expect(print.getByText('Zorgkantoor 🌷 Proefregio (fictief)')).toBeVisible()
  const emojiFont = await print.evaluate(
    () => [...document.fonts].filter((f) => f.family.includes('Noto Emoji') && f.status === 'loaded').length,
  )
  expect(emojiFont, 'the bundled emoji font was loaded for the 🌷 and 👩‍⚕️').toBeGreaterThan(0)
  await print.screenshot({ path: 'test-results/screenshots/chromium-print-page-emoji.png' })
  expect(failed).toEqual([])
})

test('PDF maken asks where to save; Afdrukken opens the print dialog', async ({ app }) => {
  const { page } = app
  const firstRun = new FirstRun(page)
  await firstRun.importReference()
  await firstRun.createProfile({ naam: 'Pim Testadviseur', regio: 'Amsterdam' })
  await openBeheer(page, 'Briefpapier')
  const section = page.getByRole('region', { name: 'Briefpapier' })

  // A browser with the File System Access API: the save dialog, with the suggested name and a PDF filter.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    w.__saved = []
    w.showSaveFilePicker = async (opts: { suggestedName: string; types: unknown }) => ({
      createWritable: async () => {
        const parts: Blob[] = []
        return {
          write: async (b: Blob) => void parts.push(b),
          close: async () => {
            const head = await new Blob(parts).slice(0, 5).text()
            ;(w.__saved as unknown[]).push({ name: opts.suggestedName, types: opts.types, head })
          },
        }
      },
    })
  })
  let downloads = 0
  page.on('download', () => void downloads++)
  await section.getByRole('button', { name: 'Proefafdruk (PDF)' }).click()
  const saved = () => page.evaluate(() => (window as unknown as { __saved: { name: string; types: unknown; head: string }[] }).__saved)
  await expect.poll(saved).toHaveLength(1)
  const [file] = await saved()
  expect(file!.name).toMatch(/^proefafdruk-2026-11-22\.pdf$/)
  expect(file!.head).toBe('%PDF-')
  expect(file!.types).toEqual([{ description: 'PDF-document', accept: { 'application/pdf': ['.pdf'] } }])

  // Cancelling the dialog is no error and saves nothing.
  await page.evaluate(() => {
    ;(window as unknown as Record<string, unknown>).showSaveFilePicker = async () => {
      throw new DOMException('Geannuleerd', 'AbortError')
    }
  })
  await section.getByRole('button', { name: 'Proefafdruk (PDF)' }).click()
  await page.waitForTimeout(300)
  await expect(section.getByRole('alert')).toHaveCount(0)
  expect(downloads).toBe(0)

  // Afdrukken: the PDF in a hidden frame and that frame's print dialog.
  await page.evaluate(() => {
    const w = window as unknown as { __printed: number; HTMLIFrameElement: typeof HTMLIFrameElement }
    w.__printed = 0
    const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!.get!
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      get(this: HTMLIFrameElement) {
        const win = get.call(this) as Window | null
        if (win && this.classList.contains('print-frame')) win.print = () => void w.__printed++
        return win
      },
    })
  })
  const pdfViewer = await page.evaluate(() => navigator.pdfViewerEnabled)
  const download = pdfViewer ? null : page.waitForEvent('download')
  await section.getByRole('button', { name: 'Proefafdruk afdrukken' }).click()
  if (pdfViewer) {
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1)
    await expect(page.locator('iframe.print-frame')).toHaveAttribute('src', /^blob:/)
  } else {
    // Without a PDF viewer in the page the PDF is saved instead, to print from the PDF reader.
    expect((await download!).suggestedFilename()).toMatch(/^proefafdruk-.*\.pdf$/)
  }
  await app.screenshot('pdf-fallback-briefpapier')
  await app.expectAccessible()
})
