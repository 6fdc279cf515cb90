import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { AanbiedersRepo } from './aanbieders.repo'
import type { LocatieRij } from '../../../shared/contracts/aanbieders.routes'
import type { RouteOutput } from '../../../shared/contracts/catalog'
import type { AanbiedersJobs } from './aanbiedersJobs'
import { searchKey } from '../../../shared/domain/names'

const lijst = (s: string) => s.split('|').filter(Boolean)

/** The provider register: the list of locations with search, counts, and export to CSV or XLSX. */
export function createRegisterService(deps: { clock: Clock; uow: UnitOfWork; repo: AanbiedersRepo; jobs: AanbiedersJobs }) {
  const { repo } = deps

  return {
    locaties(zoek: string, limit: number): { rijen: LocatieRij[]; totaal: number } {
      const key = searchKey(zoek)
      const all = repo.list().map((r) => ({
        ...r,
        zorgprofielen: lijst(r.zorgprofielen),
        leveringsvormen: lijst(r.leveringsvormen),
        gecontracteerd: r.gecontracteerd === 1,
      }))
      const hits = key
        ? all.filter((r) => searchKey(`${r.organisatie} ${r.naam} ${r.woonplaats} ${r.postcode} ${r.vestigingsnummer}`).includes(key))
        : all
      return { rijen: hits.slice(0, limit), totaal: hits.length }
    },
    aantal: () => repo.counts(),
    /** Written in the provider worker from its own snapshot of the register; audited once it is done. */
    export(soort: 'csv' | 'xlsx'): Promise<RouteOutput<'aanbieders.export'>> {
      return deps.jobs.metTaak('export', async (t) => {
        // The worker reads on its own read-only connection: a consistent snapshot, nothing on the main thread.
        const r = await t.start<{ bytes: Uint8Array<ArrayBuffer>; rijen: number }>({ type: 'export', soort, ...deps.jobs.database })
        deps.uow.record({ event: 'aanbieders.export', details: { soort, rijen: r.rijen } })
        const bestandsnaam = `zorgaanbieders-${deps.clock.today()}.${soort}`
        return { status: 'klaar' as const, bestandsnaam, bytes: r.bytes }
      })
    },
  }
}
