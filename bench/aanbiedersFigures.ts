// Provider figures: importing 1k / 5k / 10k / 100k locations from CSV and from XLSX (validation and
// the all-or-nothing transaction included), first into an empty database and then again over the
// same rows; the ranked shortlist for a client (target at exactly 5,000 locations) and the comparison.
import ExcelJS from 'exceljs'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createBackend } from '../src/main/backend'
import { unprotectedKeyWrapper } from '../src/main/db/keys'
import { fixedClock } from '../src/main/lib/clock'
import { createLogger } from '../src/main/lib/log'
import { referenceDataDir } from '../src/main/lib/referenceDir'
import type { RouteInput, RouteName, RouteOutput } from '../src/shared/contracts/catalog'
import { BENCH_SENDER, INTEGRITY_WORKER, pc4Codes } from './generate'
import { msFigure, round, time, type Figure } from './stats'

const PROFIELEN = ['754', '756', '757', '808', '810', '828']
const SIZES = (process.env.WLZ_BENCH_AANBIEDERS_SIZES ?? '1000,5000,10000,100000')
  .split(',')
  .map(Number)
  .map((n) => [n, n >= 1000 ? `${n / 1000}k` : String(n), n >= 100_000 ? 2 : n >= 10_000 ? 3 : 5] as const)
/** The columns of the bench's provider files (also the heavy bench's), and how they map to the import's fields. */
export const KOPJES = [
  'organisatie',
  'kvk',
  'locatie',
  'vestigingsnummer',
  'postcode',
  'zorgprofielen',
  'leveringsvormen',
  'gecontracteerd',
  'wachttijden',
  'bijgewerkt',
]

/** n fictitious locations, 5 per organisation, spread over the PC4 areas of the reference data. */
function rows(n: number, pc4s: string[]): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const p = PROFIELEN[i % PROFIELEN.length]!
    return [
      `Benchzorg ${Math.floor(i / 5)} (fictief)`,
      String(80_000_000 + Math.floor(i / 5)),
      `Locatie ${i} (fictief)`,
      String(100_000_000_000 + i),
      `${pc4s[(i * 7919) % pc4s.length]} AB`,
      `${p}|${PROFIELEN[(i + 1) % 6]}`,
      'verblijf',
      i % 3 ? 'ja' : 'nee',
      `${p}:${i % 40}`,
      '01-11-2026',
    ]
  })
}
const toCsv = (data: string[][]) => [KOPJES, ...data].map((r) => r.join(';')).join('\n')

export const KOPPELING = Object.fromEntries(
  KOPJES.map((k, i) => [k === 'locatie' ? 'locatie' : k === 'bijgewerkt' ? 'wachttijdBijgewerkt' : k, i]),
)

// What the app ships: the bundled worker (bench/run.ts builds first), as in heavyFigures.ts.
const BUILT_WORKER = resolve('out/main/aanbieders.worker.js')

/** A workstation with an empty provider register (the reference tables loaded). */
async function fresh(ref: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wlz-bench-aanbieders-'))
  const b = createBackend({
    dataDir,
    keyWrapper: unprotectedKeyWrapper,
    trustedBases: ['http://bench.local/'],
    integrityWorker: INTEGRITY_WORKER,
    ...(existsSync(BUILT_WORKER) ? { aanbiedersWorker: pathToFileURL(BUILT_WORKER) } : {}),
    referenceDir: ref,
    clock: fixedClock('2026-11-22'),
    log: createLogger(() => {}),
    backgroundRefresh: false,
    autoBackup: false,
    autoSync: false,
  })
  const ok = async <N extends RouteName>(route: N, input: RouteInput<N>): Promise<RouteOutput<N>> => {
    const r = await b.dispatch(BENCH_SENDER, route, input)
    if (!r.ok) throw new Error(`${route}: ${r.error.message}`)
    return r.value as RouteOutput<N>
  }
  for (const [soort, file] of [
    ['regios', 'zorgkantoorregios_2025.csv'],
    ['gemeenten', 'gemeente_zorgkantoorregio_2025.csv'],
    ['postcodes', 'pc4_nl.csv'],
  ] as const)
    await ok('referentie.import', { soort, geldigVanaf: '2025-01-01', bestandsnaam: file, inhoud: readFileSync(join(ref, file), 'utf8') })
  const importeer = async (input: Pick<RouteInput<'aanbieders.import'>, 'bestandsnaam' | 'soort' | 'base64'>) => {
    const r = await ok('aanbieders.import', { ...input, koppeling: KOPPELING })
    if (r.status !== 'geimporteerd')
      throw new Error(`bench import refused: ${JSON.stringify(r.status === 'fouten' ? r.fouten.slice(0, 3) : r)}`)
  }
  return {
    ok,
    importeer,
    dispose() {
      b.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The first import into an empty register (once, on its own database), then the same file again over it. */
async function imports(
  ref: string,
  file: Pick<RouteInput<'aanbieders.import'>, 'bestandsnaam' | 'soort' | 'base64'>,
  size: string,
  runs: number,
) {
  const w = await fresh(ref)
  const first = await time(1, () => w.importeer(file), 0)
  // Every run after the first updates nothing and still validates every row and checks every location.
  const again = await time(runs, () => w.importeer(file), 0)
  const target = size === '10k' ? (file.soort === 'csv' ? '≤ 1000 ms' : '≤ 2000 ms') : ''
  const soort = file.soort.toUpperCase()
  return {
    w,
    figures: [
      msFigure(`aanbieders: eerste import ${soort} in lege database (${size} locaties)`, size, first, target),
      msFigure(`aanbieders: herimport ${soort} (${size} locaties, niets gewijzigd)`, size, again, target),
    ],
  }
}

export async function aanbiedersFigures(): Promise<Figure[]> {
  const ref = referenceDataDir()
  const pc4s = pc4Codes()
  const out: Figure[] = []
  for (const [n, size, runs] of SIZES) {
    console.error(`aanbieders bench: ${size}`)
    const data = rows(n, pc4s)
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Locaties')
    ws.addRow(KOPJES)
    for (const r of data) ws.addRow(r)
    const xlsx = await imports(
      ref,
      { bestandsnaam: 'bench.xlsx', soort: 'xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') },
      size,
      runs,
    )
    xlsx.w.dispose()
    const csv = await imports(
      ref,
      { bestandsnaam: 'bench.csv', soort: 'csv', base64: Buffer.from(toCsv(data)).toString('base64') },
      size,
      runs,
    )
    out.push(...csv.figures, ...xlsx.figures)
    const { ok } = csv.w
    try {
      const bsn = '999996708'
      const c = await ok('clients.create', { voornamen: 'Bea', achternaam: 'Bench (fictief)', geboortedatum: '1940-01-01', bsn })
      await ok('indicaties.create', {
        clientId: c.id,
        besluitnummer: '2026000001',
        afgiftedatum: '2026-01-01',
        ingangsdatum: '2026-01-01',
        einddatum: null,
        zorgprofiel: '754',
        grondslagen: ['02'],
        meerzorg: false,
      })
      const d = await ok('dossier.get', { clientId: c.id })
      await ok('clients.update', {
        id: c.id,
        version: d.client.version,
        persoon: { ...d.client.persoon, postcode: '3511 AA', woonplaats: 'Utrecht' },
      })
      const wensen = { partneropname: true, specialisatie: '', levensbeschouwing: '', maxKm: null }
      out.push(
        msFigure(
          `aanbieders: shortlist over ${size} locaties`,
          size,
          await time(100, () => ok('aanbieders.shortlist', { clientId: c.id, wensen, limit: 10 })),
          n === 5_000 ? '≤ 10 ms p95' : '',
        ),
      )
      const ids = (await ok('aanbieders.shortlist', { clientId: c.id, wensen, limit: 4 })).locaties.map((l) => l.id)
      out.push(
        msFigure(
          'aanbieders: vergelijking van 4 locaties',
          size,
          await time(100, () => ok('aanbieders.vergelijk', { clientId: c.id, locatieIds: ids, wensen })),
          '≤ 10 ms p95',
        ),
      )
    } finally {
      csv.w.dispose()
    }
  }
  return out.map((f) => ({ ...f, median: round(f.median), p95: round(f.p95) }))
}
