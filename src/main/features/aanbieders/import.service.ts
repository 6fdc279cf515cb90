import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { RouteArgs, RouteOutput } from '../../../shared/contracts/catalog'
import type { ImportFout } from '../../../shared/contracts/referentie.routes'
import { IMPORT_VELDEN, IMPORT_VELD_NAMEN, stelKoppelingVoor, type ImportVeld } from '../../../shared/domain/aanbieders/importVelden'
import { ImportRijSchema, type ImportRij } from '../../../shared/domain/aanbieders/importRij'
import { zorgprofiel } from '../../../shared/domain/zorgprofielen'
import { leesBestand, type Tabel } from './importBestand'
import type { AanbiedersRepo, LocatieColumns } from './aanbieders.repo'
import type { Punt } from './pc4.repo'

const MAX_FOUTEN = 500

/** Provider files: preview with a suggested mapping, then all rows or none. Re-import updates by KvK and vestigingsnummer. */
export function createImportService(deps: { clock: Clock; uow: UnitOfWork; repo: AanbiedersRepo; pc4: () => Map<string, Punt> }) {
  const { repo } = deps

  function valideer(
    tabel: Tabel,
    koppeling: Partial<Record<ImportVeld, number>>,
  ): { rijen: Array<{ rij: number; data: ImportRij }>; fouten: ImportFout[] } {
    const fouten: ImportFout[] = []
    for (const veld of IMPORT_VELD_NAMEN)
      if (IMPORT_VELDEN[veld].verplicht && koppeling[veld] === undefined)
        fouten.push({
          rij: 1,
          kolom: IMPORT_VELDEN[veld].label,
          waarde: '',
          melding: 'Koppel deze verplichte kolom aan een kolom uit het bestand.',
        })
    if (fouten.length) return { rijen: [], fouten }
    const punten = deps.pc4()
    const rijen: Array<{ rij: number; data: ImportRij }> = []
    const vestigingen = new Map<string, number>()
    const agbVan = new Map<string, string>()
    for (const { rij, cellen } of tabel.rijen) {
      if (fouten.length >= MAX_FOUTEN) break
      const raw = Object.fromEntries(
        IMPORT_VELD_NAMEN.map((v) => [v, koppeling[v] === undefined ? '' : (cellen[koppeling[v]!] ?? '').trim()]),
      )
      const fout = (veld: ImportVeld, melding: string) =>
        fouten.push({ rij, kolom: IMPORT_VELDEN[veld].label, waarde: String(raw[veld] ?? '').slice(0, 80), melding })
      const parsed = ImportRijSchema.safeParse(raw)
      if (!parsed.success) {
        for (const issue of parsed.error.issues) fout(issue.path[0] as ImportVeld, issue.message)
        continue
      }
      const d = parsed.data
      const eerder = vestigingen.get(d.vestigingsnummer)
      if (eerder) fout('vestigingsnummer', `Dubbele regel: dit vestigingsnummer staat ook op rij ${eerder}.`)
      vestigingen.set(d.vestigingsnummer, rij)
      if (!punten.has(d.postcode.slice(0, 4)))
        fout(
          'postcode',
          'Deze postcode staat niet in de referentiegegevens (PC4). Controleer de postcode of laad nieuwere referentiegegevens.',
        )
      if (d.agbOrganisatie) {
        const kvk = agbVan.get(d.agbOrganisatie) ?? repo.kvkByAgb(d.agbOrganisatie)
        if (kvk && kvk !== d.kvk) fout('agbOrganisatie', `Deze AGB-code hoort al bij KvK-nummer ${kvk}.`)
        agbVan.set(d.agbOrganisatie, d.kvk)
      }
      for (const w of d.wachttijden)
        if (!d.zorgprofielen.includes(w.zorgprofiel))
          fout('wachttijden', `Wachttijd voor ${w.zorgprofiel}, maar dat profiel biedt deze locatie niet.`)
      rijen.push({ rij, data: d })
    }
    return { rijen, fouten }
  }

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

  /** Validates every row and writes all of them in one transaction, or none. Also used by the demo. */
  function importeerTabel(tabel: Tabel, koppeling: Partial<Record<ImportVeld, number>>): RouteOutput<'aanbieders.import'> {
    const { rijen, fouten } = valideer(tabel, koppeling)
    if (fouten.length) return { status: 'fouten', fouten, rijen: tabel.rijen.length }
    return deps.uow.run({ event: 'aanbieders.import' }, (tx) => {
      const result = schrijf(rijen, koppeling.wachttijden !== undefined, tx.now)
      tx.detail({ rijen: rijen.length, ...result })
      return { status: 'geimporteerd' as const, ...result, rijen: rijen.length }
    })
  }

  return {
    async voorbeeld(input: RouteArgs<'aanbieders.importVoorbeeld'>): Promise<RouteOutput<'aanbieders.importVoorbeeld'>> {
      const t = await leesBestand(input.soort, input.base64)
      return {
        kopjes: t.kopjes,
        voorbeeld: t.rijen.slice(0, 5).map((r) => r.cellen),
        rijen: t.rijen.length,
        koppeling: stelKoppelingVoor(t.kopjes),
        codering: t.codering,
      }
    },
    async importeer(input: RouteArgs<'aanbieders.import'>): Promise<RouteOutput<'aanbieders.import'>> {
      return importeerTabel(await leesBestand(input.soort, input.base64), input.koppeling as Partial<Record<ImportVeld, number>>)
    },
    importeerTabel,
  }
}
