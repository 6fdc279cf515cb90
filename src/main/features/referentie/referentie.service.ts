import { createHash } from 'node:crypto'
import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ImportFout, ImportResult } from '../../../shared/contracts/referentie.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { parseCsv } from './csv'
import type { ReferentieRepo } from './referentie.repo'
import { TABLE_SPECS, type ReferenceContext } from './tableSpecs'

const MAX_REPORTED = 500

/**
 * Reference-data import: all-or-nothing. Every row is checked first; only a file without a
 * single problem is written, in one transaction, replacing the set with the same geldig_vanaf.
 */
export function createReferentieService(deps: { clock: Clock; uow: UnitOfWork; repo: ReferentieRepo; currentUserId: () => number | null }) {
  const { clock, repo, currentUserId } = deps
  let regionsChanged: (clientIds: number[]) => void = () => {}

  function context(date: string): ReferenceContext {
    return {
      regioCodes: new Set(repo.regiosOn(date).map((r) => r.zk_code)),
      gemeenten: new Map(repo.gemeentenOn(date).map((g) => [g.gemeentecode, g])),
    }
  }

  function importTable(input: RouteArgs<'referentie.import'>): ImportResult {
    const { soort, geldigVanaf, bestandsnaam, inhoud } = input
    const spec = TABLE_SPECS[soort]
    const csv = parseCsv(inhoud)
    const fouten: ImportFout[] = csv.errors.map((e) => ({ rij: e.line, kolom: '', waarde: '', melding: e.message }))
    const rejected = (rijen: number): ImportResult => ({
      status: 'rejected',
      soort,
      fouten: fouten.slice(0, MAX_REPORTED),
      aantalFouten: fouten.length,
      rijen,
    })

    const missing = spec.columns.filter((c) => !csv.header.includes(c))
    if (missing.length) {
      fouten.push({ rij: 1, kolom: missing.join(', '), waarde: '', melding: `Deze kolommen ontbreken: ${missing.join(', ')}.` })
      return rejected(csv.rows.length)
    }
    if (csv.rows.length === 0) {
      fouten.push({ rij: 2, kolom: '', waarde: '', melding: 'Het bestand bevat geen gegevens, alleen een kopregel.' })
      return rejected(0)
    }

    const ctx = context(geldigVanaf)
    const index = new Map(csv.header.map((h, i) => [h, i]))
    const seen = new Map<string, number>()
    const values: Array<Record<string, string | number>> = []
    for (const { line, cells } of csv.rows) {
      const get = (col: string) => cells[index.get(col) ?? -1] ?? ''
      if (cells.length !== csv.header.length) {
        fouten.push({
          rij: line,
          kolom: '',
          waarde: '',
          melding: `Deze rij heeft ${cells.length} kolommen; de kopregel heeft er ${csv.header.length}.`,
        })
        continue
      }
      const checked = spec.row(get, ctx)
      fouten.push(...checked.fouten.map((f) => ({ rij: line, ...f })))
      const key = get(spec.key)
      const earlier = seen.get(key)
      if (earlier !== undefined) {
        fouten.push({ rij: line, kolom: spec.key, waarde: key, melding: `Deze code staat ook al in rij ${earlier}.` })
      } else {
        seen.set(key, line)
      }
      if (checked.value) values.push(checked.value)
    }
    if (fouten.length) return rejected(csv.rows.length)

    deps.uow.run({ event: 'referentie.import', details: { soort, geldigVanaf, rijen: values.length } }, ({ now }) => {
      repo.replaceSet(soort, geldigVanaf, values)
      repo.logImport({
        soort,
        geldigVanaf,
        bestandsnaam,
        rijen: values.length,
        sha256: createHash('sha256').update(inhoud).digest('hex'),
        at: now,
        adviseurId: currentUserId(),
      })
      // A new gemeente or postcode table can move clients to another zorgkantoorregio.
      if (soort !== 'regios') regionsChanged(repo.recomputeClientRegions(clock.today()))
    })
    return { status: 'imported', soort, rijen: values.length, geldigVanaf }
  }

  return {
    repo,
    onRegionsChanged: (fn: (clientIds: number[]) => void) => void (regionsChanged = fn),
    importTable,
    status() {
      return repo.latestImports().map((r) => ({
        soort: r.soort,
        geldigVanaf: r.geldig_vanaf,
        rijen: r.rijen,
        bestandsnaam: r.bestandsnaam,
        geimporteerdOp: r.imported_at,
      }))
    },
    regios: () => repo.regiosOn(clock.today()).map((r) => ({ code: r.zk_code, naam: r.naam })),
    regioNaam: (code: string) => repo.regioNaam(code, clock.today()),
    hasAny: () => repo.hasAny(),
  }
}
export type ReferentieService = ReturnType<typeof createReferentieService>
