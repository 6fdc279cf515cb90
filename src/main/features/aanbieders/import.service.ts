import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { RouteArgs, RouteOutput } from '../../../shared/contracts/catalog'
import type { ImportFout } from '../../../shared/contracts/referentie.routes'
import type { ImportRij } from '../../../shared/domain/aanbieders/importRij'
import { zorgprofiel } from '../../../shared/domain/zorgprofielen'
import type { Tabel } from './importBestand'
import { valideer, type Koppeling } from './importValidatie'
import type { AanbiedersJobs, Rijen } from './aanbiedersJobs'
import type { AanbiedersRepo, LocatieColumns } from './aanbieders.repo'
import type { Punt } from './pc4.repo'

/** Some row of the file failed its check: the chunked write rolls back and the errors are the answer. */
class Afgekeurd extends Error {
  constructor(readonly fouten: ImportFout[]) {
    super('import afgekeurd')
  }
}

/**
 * Rows per chunk of the import's transaction: about 10 ms of writing (main-thread CPU) between two
 * turns of the event loop, so a loaded machine still stays under the 50 ms stall target.
 */
const PER_CHUNK = 250

/**
 * Provider files: preview with a suggested mapping, then all rows or none. Re-import updates by KvK and
 * vestigingsnummer. Reading and validating run in the provider worker; the write is one transaction
 * in chunks (unit of work, runChunked), so a 120,000-row file never freezes the window. Checking and
 * writing overlap: the write starts as soon as the file is read and takes each chunk once the worker has
 * checked it; a row that fails anywhere rolls the whole write back, so it is still all rows or none.
 */
export function createImportService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: AanbiedersRepo
  pc4: () => Map<string, Punt>
  jobs: AanbiedersJobs
}) {
  const { repo } = deps

  function locatieVelden(orgId: number, d: ImportRij): LocatieColumns {
    const sectoren = d.sectoren.length ? d.sectoren : [...new Set(d.zorgprofielen.map((c) => zorgprofiel(c)!.sector))]
    const l = (xs: readonly string[]) => `|${xs.join('|')}${xs.length ? '|' : ''}`
    return {
      aanbieder_id: orgId,
      naam: d.locatie,
      agb: d.agbLocatie,
      straat: d.straat,
      huisnummer: d.huisnummer,
      postcode: d.postcode,
      pc4: d.postcode.slice(0, 4),
      woonplaats: d.woonplaats,
      sectoren: l(sectoren),
      zorgprofielen: l(d.zorgprofielen),
      leveringsvormen: l(d.leveringsvormen),
      specialisaties: l(d.specialisaties),
      partnerplekken: d.partnerplekken ?? 0,
      levensbeschouwing: d.levensbeschouwing,
      capaciteit: d.capaciteit,
      gecontracteerd: d.gecontracteerd ? 1 : 0,
      contract_van: d.contractVan,
      contract_tot: d.contractTot,
      notities: d.notities,
    }
  }

  function schrijf(rijen: Array<{ data: ImportRij }>, wachttijdGekoppeld: boolean, now: string) {
    let nieuw = 0
    let bijgewerkt = 0
    let ongewijzigd = 0
    for (const { data: d } of rijen) {
      const org = repo.orgByKvk(d.kvk)
      const orgFields = { naam: d.organisatie, agb: d.agbOrganisatie, website: d.website, telefoon: d.telefoon }
      let orgId = org?.id
      if (!org) orgId = repo.insertOrg({ ...orgFields, kvk: d.kvk }, now)
      else if (Object.entries(orgFields).some(([k, v]) => org[k as keyof typeof org] !== v)) repo.updateOrg(org.id, orgFields, now)
      const fields = locatieVelden(orgId!, d)
      const existing = repo.locatieByVestiging(d.vestigingsnummer)
      let locId: number
      if (!existing) {
        locId = repo.insertLocatie(d.vestigingsnummer, fields, now)
        nieuw++
      } else {
        locId = existing.id as number
        const changes = Object.fromEntries(
          Object.entries(fields)
            .filter(([k, v]) => existing[k] !== v)
            .map(([k, v]) => [k, [existing[k], v]]),
        )
        if (Object.keys(changes).length) {
          repo.updateLocatie(locId, fields, now)
          repo.addHistory(locId, now, changes)
          bijgewerkt++
        } else ongewijzigd++
      }
      if (wachttijdGekoppeld) {
        repo.replaceWachttijden(
          locId,
          d.wachttijden.map((w) => ({ ...w, bijgewerktOp: d.wachttijdBijgewerkt! })),
        )
      }
    }
    return { nieuw, bijgewerkt, ongewijzigd }
  }

  /** Validates every row and writes all of them in one transaction, or none. The demo's 16 rows, on the main thread. */
  function importeerTabel(tabel: Pick<Tabel, 'kopjes' | 'rijen' | 'codering'>, koppeling: Koppeling): RouteOutput<'aanbieders.import'> {
    const { rijen, fouten } = valideer(tabel, koppeling, { pc4: new Set(deps.pc4().keys()), kvkVanAgb: repo.agbKvk() })
    if (fouten.length) return { status: 'fouten', fouten, rijen: tabel.rijen.length }
    return deps.uow.run({ event: 'aanbieders.import' }, (tx) => {
      const result = schrijf(rijen, koppeling.wachttijden !== undefined, tx.now)
      tx.detail({ rijen: rijen.length, ...result })
      return { status: 'geimporteerd' as const, ...result, rijen: rijen.length }
    })
  }

  return {
    voorbeeld(input: RouteArgs<'aanbieders.importVoorbeeld'>) {
      return deps.jobs.metTaak('import', (t) =>
        t.start<RouteOutput<'aanbieders.importVoorbeeld'>>({ type: 'voorbeeld', soort: input.soort, base64: input.base64 }),
      )
    },
    importeer(input: RouteArgs<'aanbieders.import'>): Promise<RouteOutput<'aanbieders.import'>> {
      const koppeling = input.koppeling as Koppeling
      return deps.jobs.metTaak('import', async (t) => {
        const gelezen = await t.start<{ fouten: ImportFout[]; rijen: number }>({
          type: 'valideer',
          soort: input.soort,
          base64: input.base64,
          koppeling,
          pc4: [...deps.pc4().keys()],
          agb: [...repo.agbKvk()],
        })
        if (gelezen.fouten.length) return { status: 'fouten' as const, ...gelezen }
        const totaal = gelezen.rijen
        try {
          return await deps.uow.runChunked(
            { event: 'aanbieders.import' },
            function* (tx) {
              const result = { nieuw: 0, bijgewerkt: 0, ongewijzigd: 0 }
              // The next chunk is asked for before this one is written: the worker checks while we write.
              let volgende = t.rijen(0, PER_CHUNK)
              for (let i = 0; i < totaal; i += PER_CHUNK) {
                const deel = (yield volgende) as Rijen
                // A failed row anywhere in the file: everything written so far is rolled back.
                if (deel.fouten) throw new Afgekeurd(deel.fouten)
                if (i + PER_CHUNK < totaal) volgende = t.rijen(i + PER_CHUNK, PER_CHUNK)
                const telling = schrijf(
                  deel.rijen.map((data) => ({ data })),
                  koppeling.wachttijden !== undefined,
                  tx.now,
                )
                result.nieuw += telling.nieuw
                result.bijgewerkt += telling.bijgewerkt
                result.ongewijzigd += telling.ongewijzigd
                t.voortgang('opslaan', Math.min(i + PER_CHUNK, totaal), totaal)
              }
              tx.detail({ rijen: totaal, ...result })
              return { status: 'geimporteerd' as const, ...result, rijen: totaal }
            },
            t.signal,
          )
        } catch (error) {
          if (error instanceof Afgekeurd) return { status: 'fouten' as const, fouten: error.fouten, rijen: totaal }
          throw error
        }
      })
    },
    importeerTabel,
  }
}
