import { defineConfig } from '@playwright/test'
import { electronBinary } from './e2e/harness/electronBinary'

// The same specs run in Debian's Chromium against the built renderer (window.api bridged into the
// real backend) and, where an Electron binary exists, against the real app through _electron.
const electron = electronBinary()
if (electron.path === null && !process.env.WLZ_ELECTRON_SKIP_REPORTED) {
  process.env.WLZ_ELECTRON_SKIP_REPORTED = '1'
  console.log(`electron e2e project skipped: ${electron.reason}`)
}

export default defineConfig<{ transport: 'harness' | 'electron' }>({
  testDir: 'e2e/specs',
  // Runtime resolution without the `paths` entry that only exists for tsc (it points at a .d.ts).
  tsconfig: './tsconfig.base.json',
  outputDir: 'test-results/playwright',
  // The story specs take 20–40 s on a 2-core machine; room for a busy one.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: process.env.WLZ_E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.WLZ_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--test-type', '--lang=nl-NL'],
    },
  },
  projects: [
    { name: 'chromium', use: { transport: 'harness' } },
    ...(electron.path ? [{ name: 'electron', use: { transport: 'electron' as const } }] : []),
  ],
})
