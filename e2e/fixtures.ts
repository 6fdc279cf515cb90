import { test as base, expect, _electron, type Browser, type Page, type TestInfo } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createBackend, type Backend } from '../src/main/backend'
import { openDatabase } from '../src/main/db/connection'
import { loadOrCreateKey, unprotectedKeyWrapper } from '../src/main/db/keys'
import { DATABASE_FILE } from '../src/main/lib/paths'
import { storyClock, storyStart } from '../src/main/lib/clock'
import { referenceDataDir } from '../src/main/lib/referenceDir'
import { emitTo, installBridge } from './harness/bridge'
import { serveRenderer } from './harness/staticServer'
import { electronBinary } from './harness/electronBinary'
import { createChromiumPdf } from './harness/chromiumPdf'
import type { PdfRenderer } from '../src/main/print/pdfRenderer'

export const SHARED_DATA = referenceDataDir()
const APP_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
/** The specs tell stories dated around this day; the app under test starts its clock there. */
export const STORY_TODAY = '2026-11-22'
const STORY_START = storyStart(STORY_TODAY)
const INTEGRITY_WORKER = pathToFileURL(resolve('src/main/db/integrity.worker.ts'))

/** What a spec gets: the page plus the app's real data folder, whichever transport runs it. */
export interface AppHandle {
  page: Page
  dataDir: string
  /** Quits and starts the app again on the same data folder (harness: new backend + reload). */
  restart(): Promise<void>
  /** Reads the real SQLite file the app wrote (a second, read-only connection). */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[]
  /** Full-page screenshot kept as a test artifact in test-results/screenshots. */
  screenshot(name: string): Promise<void>
  /** Asserts axe-core finds no serious or critical violations on the current screen. */
  expectAccessible(): Promise<void>
}

type Transport = 'harness' | 'electron'

export const test = base.extend<
  { app: AppHandle; app2: AppHandle },
  { transport: Transport; rendererUrl: string; harnessBrowser: Browser | null; harnessPdf: PdfRenderer | null }
>({
  transport: ['harness', { option: true, scope: 'worker' }],

  rendererUrl: [
    async ({ transport }, use) => {
      if (transport !== 'harness') return use('')
      const server = await serveRenderer()
      await use(server.url)
      await server.close()
    },
    { scope: 'worker' },
  ],

  // Launched only for the harness transport, so an Electron run needs no Chromium.
  harnessBrowser: [
    async ({ transport, playwright, launchOptions }, use) => {
      if (transport !== 'harness') return use(null)
      const browser = await playwright.chromium.launch(launchOptions)
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],

  // The harness's PdfRenderer: the same print page in Chromium, kept warm per worker.
  harnessPdf: [
    async ({ transport }, use) => {
      if (transport !== 'harness') return use(null)
      const pdf = await createChromiumPdf()
      await use(pdf)
      await pdf.close()
    },
    { scope: 'worker' },
  ],

  app: async ({ transport, rendererUrl, harnessBrowser, harnessPdf }, use, testInfo) => {
    if (transport === 'harness') {
      const opened = await openHarnessApp({ browser: harnessBrowser!, rendererUrl, pdf: harnessPdf, testInfo, label: '' })
      await use(opened.handle)
      await opened.close()
      return
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'wlz-e2e-'))
    const binary = electronBinary()
    if (binary.path === null) throw new Error(binary.reason)
    const executablePath = binary.path
    const launch = () =>
      _electron.launch({
        executablePath,
        args: [resolve('out/main/index.js'), `--data-dir=${dataDir}`],
        // Test-only: an unpackaged app with this flag keeps its key unwrapped so the spec can read the file.
        env: { ...process.env, WLZ_E2E_FAKE_KEYCHAIN: '1', WLZ_E2E_TODAY: STORY_TODAY, WLZ_REFERENCE_DIR: SHARED_DATA },
      })
    const launchAtStoryDate = async () => {
      const started = await launch()
      await started.context().clock.install({ time: STORY_START })
      return started
    }
    let electronApp = await launchAtStoryDate()
    let win = await electronApp.firstWindow()
    await use({
      get page() {
        return win
      },
      ...common(dataDir),
      ...withPageHelpers(() => win, testInfo, ''),
      async restart() {
        await electronApp.close()
        electronApp = await launchAtStoryDate()
        win = await electronApp.firstWindow()
      },
    })
    await electronApp.close()
    rmSync(dataDir, { recursive: true, force: true })
  },

  // A second workstation beside `app` (its own data folder, backend and browser page), for the team
  // stories: two advisers on two workstations against one teamserver. Chromium harness only.
  app2: async ({ transport, rendererUrl, harnessBrowser, harnessPdf }, use, testInfo) => {
    testInfo.skip(transport !== 'harness', 'two workstations in one test run in the Chromium harness only')
    const opened = await openHarnessApp({ browser: harnessBrowser!, rendererUrl, pdf: harnessPdf, testInfo, label: 'b-' })
    await use(opened.handle)
    await opened.close()
  },
})

function common(dataDir: string) {
  return {
    dataDir,
    query<T>(sql: string, ...params: unknown[]): T[] {
      const db = openDatabase(join(dataDir, DATABASE_FILE), loadOrCreateKey(dataDir, unprotectedKeyWrapper), { readonly: true })
      try {
        return db.prepare(sql).all(...params) as T[]
      } finally {
        db.close()
      }
    },
  }
}

function withPageHelpers(getPage: () => Page, testInfo: TestInfo, label: string) {
  const shots = resolve('test-results/screenshots')
  mkdirSync(shots, { recursive: true })
  return {
    async screenshot(name: string) {
      const path = join(shots, `${testInfo.project.name}-${label}${name}.png`)
      await getPage().screenshot({ path, fullPage: true })
      await testInfo.attach(`${label}${name}`, { path, contentType: 'image/png' })
    },
    async expectAccessible() {
      const results = await new AxeBuilder({ page: getPage() }).analyze()
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
    },
  }
}

/**
 * One workstation in the Chromium harness: a browser context at the story date, a real backend on a
 * temp data folder, and the bridge between them. `label` prefixes its screenshots.
 */
async function openHarnessApp(opts: {
  browser: Browser
  rendererUrl: string
  pdf: PdfRenderer | null
  testInfo: TestInfo
  label: string
}): Promise<{ handle: AppHandle; close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wlz-e2e-'))
  const context = await opts.browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    // A project's own screen size (the story specs run at two); the config's default otherwise.
    viewport: opts.testInfo.project.use.viewport ?? { width: 1360, height: 860 },
  })
  // The page's clock runs on from the story date (and can be moved on by a spec), as does the backend's.
  await context.clock.install({ time: STORY_START })
  // Specs take PDFs as downloads; the save dialog (showSaveFilePicker) has its own spec, pdfFallback.spec.ts.
  await context.addInitScript('delete window.showSaveFilePicker')
  const page = await context.newPage()
  const start = (): Backend =>
    createBackend({
      dataDir,
      clock: storyClock(STORY_TODAY),
      keyWrapper: unprotectedKeyWrapper,
      trustedBases: [opts.rendererUrl],
      integrityWorker: INTEGRITY_WORKER,
      referenceDir: SHARED_DATA,
      appVersion: APP_VERSION,
      pdf: opts.pdf,
      emit: (event, payload) => emitTo(page, event, payload),
    })
  let backend = start()
  await installBridge(page, () => backend)
  await page.goto(opts.rendererUrl)
  return {
    handle: {
      page,
      ...common(dataDir),
      ...withPageHelpers(() => page, opts.testInfo, opts.label),
      async restart() {
        backend.close()
        backend = start()
        await page.reload()
      },
    },
    async close() {
      await context.close()
      backend.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export { expect }
