// Runs Wlz Werkplek in Debian's Chromium where no Electron binary exists: the built renderer,
// `window.api` bridged into the real backend (same router, services and SQLite storage) — the
// e2e harness, opened in a visible window. The key is kept unwrapped (no OS keychain here), so
// it uses its own data folder, never the Electron app's.
import { chromium } from '@playwright/test'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createBackend } from '../src/main/backend'
import { unprotectedKeyWrapper } from '../src/main/db/keys'
import { resolveDataDir } from '../src/main/lib/paths'
import { referenceDataDir } from '../src/main/lib/referenceDir'
import { emitTo, installBridge } from '../e2e/harness/bridge'
import { serveRenderer } from '../e2e/harness/staticServer'
import { createChromiumPdf } from '../e2e/harness/chromiumPdf'

const dataDir = resolveDataDir(process.argv, process.env, join(homedir(), '.config', 'Wlz Werkplek (browser)'))
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('Geen beeldscherm gevonden (DISPLAY). Start met: xvfb-run npm start, of gebruik npm test.')
  process.exit(1)
}

const server = await serveRenderer()
const browser = await chromium.launch({
  headless: false,
  executablePath: process.env.WLZ_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--test-type',
    '--lang=nl-NL',
  ],
})
const page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: null })
const pdf = await createChromiumPdf()
const backend = createBackend({
  dataDir,
  keyWrapper: unprotectedKeyWrapper,
  trustedBases: [server.url],
  integrityWorker: pathToFileURL(resolve('src/main/db/integrity.worker.ts')),
  referenceDir: referenceDataDir(),
  appVersion: process.env.npm_package_version ?? '0.0.0',
  pdf,
  emit: (event, payload) => emitTo(page, event, payload),
})
await installBridge(page, () => backend)
await page.goto(server.url)
console.log(`Wlz Werkplek draait in Chromium. Gegevens: ${dataDir}`)
await page.waitForEvent('close', { timeout: 0 })
backend.close()
await pdf.close()
await browser.close()
await server.close()
