import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createBackend, type Backend, type BackendOptions } from '../../src/main/backend'
import { unprotectedKeyWrapper } from '../../src/main/db/keys'
import { fixedClock } from '../../src/main/lib/clock'
import { referenceDataDir } from '../../src/main/lib/referenceDir'
import { memoryLogger } from '../../src/main/lib/log'
import type { RouteInput, RouteName, RouteOutput } from '../../src/shared/contracts/catalog'
import type { Envelope } from '../../src/shared/contracts/envelope'

export const TRUSTED = 'http://werkplek.test/'
export const SENDER = { url: 'http://werkplek.test/index.html', isMainFrame: true }
export const INTEGRITY_WORKER = pathToFileURL(resolve('src/main/db/integrity.worker.ts'))
export const SHARED_DATA = referenceDataDir()

export function tempDir(prefix = 'wlz-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export interface TestBackend extends Backend {
  dataDir: string
  log: ReturnType<typeof memoryLogger>
  call<N extends RouteName>(route: N, input: RouteInput<N>): Promise<Envelope<RouteOutput<N>>>
  /** Calls and unwraps; throws with the Dutch message when the envelope is an error. */
  ok<N extends RouteName>(route: N, input: RouteInput<N>): Promise<RouteOutput<N>>
  /**
   * Quits and starts again on the same files. A workstation with a PIN starts locked; the new backend
   * unlocks it with TEST_PIN through the real route before its first call, unless `locked` is asked for.
   */
  restart(opts?: { locked?: boolean }): TestBackend
  dispose(): void
}

/** A real backend on a real SQLite file in a temp folder, with the fake (unprotected) keychain. */
/** The lock's PIN every test workstation gets once it is set up (fictitious, test only). */
export const TEST_PIN = '482913'

export function testBackend(options: Partial<BackendOptions> & { today?: string; unlock?: boolean } = {}): TestBackend {
  // Files from an earlier start (a restart, a copied folder): unlocked with TEST_PIN unless told not to.
  const { unlock = options.dataDir !== undefined, ...backendOptions } = options
  const dataDir = options.dataDir ?? tempDir()
  const log = memoryLogger()
  const backend = createBackend({
    dataDir,
    keyWrapper: unprotectedKeyWrapper,
    trustedBases: [TRUSTED],
    integrityWorker: INTEGRITY_WORKER,
    referenceDir: SHARED_DATA,
    clock: fixedClock(options.today ?? '2026-11-22'),
    log,
    backgroundRefresh: false,
    autoBackup: false,
    autoSync: false,
    ...backendOptions,
  })
  let unlocking: Promise<unknown> | null = null
  const call = (async (route: RouteName, input: unknown) => {
    unlocking ??= unlock ? backend.dispatch(SENDER, 'werkplek.slot.ontgrendelen', { pincode: TEST_PIN }) : Promise.resolve()
    await unlocking
    return backend.dispatch(SENDER, route, input)
  }) as TestBackend['call']
  const self: TestBackend = {
    ...backend,
    dataDir,
    log,
    call,
    async ok(route, input) {
      const r = await call(route, input)
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
      return r.value
    },
    restart(opts = {}) {
      backend.close()
      return testBackend({ ...options, dataDir, unlock: !opts.locked })
    },
    dispose() {
      backend.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return self
}

/** Loads the three reference tables from ../shared/data through the import route. */
export async function loadReference(b: TestBackend): Promise<void> {
  const { readFileSync } = await import('node:fs')
  const files = { regios: 'zorgkantoorregios_2025.csv', gemeenten: 'gemeente_zorgkantoorregio_2025.csv', postcodes: 'pc4_nl.csv' } as const
  for (const soort of ['regios', 'gemeenten', 'postcodes'] as const) {
    const r = await b.ok('referentie.import', {
      soort,
      geldigVanaf: '2025-01-01',
      bestandsnaam: files[soort],
      inhoud: readFileSync(join(SHARED_DATA, files[soort]), 'utf8'),
    })
    if (r.status !== 'imported') throw new Error(`reference ${soort} rejected: ${JSON.stringify(r.fouten.slice(0, 3))}`)
  }
}

/**
 * A set-up workstation without a PIN answers nothing but setting one (werkplek.service.ts): after the
 * profile, a demo or a teamserver sign-in, tests set TEST_PIN through the route, as a person would.
 */
export async function setPin(b: TestBackend): Promise<void> {
  await b.ok('werkplek.slot.instellen', { pincode: TEST_PIN })
}

export async function withProfile(b: TestBackend): Promise<void> {
  await loadReference(b)
  await b.ok('profiel.create', { naam: 'Test Adviseur', functie: 'Klantadviseur', afdeling: 'klantadvies', regioCode: 'ZK02' })
  await setPin(b)
}
