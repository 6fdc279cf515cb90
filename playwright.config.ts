import { defineConfig } from '@playwright/test'
import { electronBinary } from './e2e/harness/electronBinary'

// The same specs run in Debian's Chromium against the built renderer (window.api bridged into the
// real backend) and, where an Electron binary exists, against the real app through _electron.
const electron = electronBinary()
if (electron.path === null && !process.env.WLZ_ELECTRON_SKIP_REPORTED) {
  process.env.WLZ_ELECTRON_SKIP_REPORTED = '1'
  console.log(`electron e2e project skipped: ${electron.reason}`)
}

/**
 * The story specs: Mrs. Adriaanse's nursing home near her husband (aanbieders), Max's pgb budgetplan
 * and its toekenning (budgetplan, brieven), a client's dossier from intake to task (dossier), hostile
 * input (privacy), the move to Groningen (verhuizing).
 */
const STORY_SPECS = /\/(aanbieders|budgetplan|brieven|dossier|privacy|verhuizing)\.spec\.ts$/
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const

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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--test-type',
        '--lang=nl-NL',
      ],
    },
  },
  // The stories (the seeds' advisers' days) run at both screen sizes the zorgkantoor uses: the
  // pgb-afdeling's 1366×768 laptops and the office's 1920×1080 screens; the other specs once.
  // Screenshots carry the project name, so each is named with its size.
  projects: [
    { name: 'chromium', use: { transport: 'harness' }, testIgnore: STORY_SPECS },
    ...SIZES.map((s) => ({
      name: `chromium-${s.width}x${s.height}`,
      use: { transport: 'harness' as const, viewport: s },
      testMatch: STORY_SPECS,
    })),
    ...(electron.path ? [{ name: 'electron', use: { transport: 'electron' as const } }] : []),
  ],
})
