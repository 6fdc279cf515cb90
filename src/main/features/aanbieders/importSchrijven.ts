import type { ImportRij } from '../../../shared/domain/aanbieders/importRij'
import { zorgprofiel } from '../../../shared/domain/zorgprofielen'
import type { AanbiederRow, AanbiedersRepo, LocatieColumns } from './aanbieders.repo'

export interface Telling {
  nieuw: number
  bijgewerkt: number
  ongewijzigd: number
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

/**
 * What the register held when an import began, read once, and the organisations seen since: a row
 * whose KvK number or vestigingsnummer is not in it needs no lookup (on a first import of 120,000
 * locations the two lookups a row cost ~0.4 s).
 */
export interface Bekend {
  kvks: Set<string>
  vestigingen: Set<string>
  /** Organisations as this import last wrote or read them, by KvK number. */
  orgs: Map<string, AanbiederRow>
}
export const bekendBijBegin = (repo: AanbiedersRepo): Bekend => ({ ...repo.sleutels(), orgs: new Map() })

/**
 * Writes checked import rows inside the caller's transaction: a new KvK or vestigingsnummer is added,
 * a known one updated (with a history entry for what changed). Used by the worker's own connection for
 * a file and by the main thread for the demo's few rows.
 */
export function schrijfRijen(
  repo: AanbiedersRepo,
  rijen: readonly ImportRij[],
  wachttijdGekoppeld: boolean,
  now: string,
  bekend: Bekend = bekendBijBegin(repo),
): Telling {
  let nieuw = 0
  let bijgewerkt = 0
  let ongewijzigd = 0
  for (const d of rijen) {
    const org = bekend.orgs.get(d.kvk) ?? (bekend.kvks.has(d.kvk) ? repo.orgByKvk(d.kvk) : undefined)
    const orgFields = { naam: d.organisatie, agb: d.agbOrganisatie, website: d.website, telefoon: d.telefoon }
    let orgId = org?.id
    if (!org) orgId = repo.insertOrg({ ...orgFields, kvk: d.kvk }, now)
    else if (Object.entries(orgFields).some(([k, v]) => org[k as keyof typeof org] !== v)) repo.updateOrg(org.id, orgFields, now)
    bekend.orgs.set(d.kvk, { id: orgId!, ...orgFields })
    const fields = locatieVelden(orgId!, d)
    const existing = bekend.vestigingen.has(d.vestigingsnummer) ? repo.locatieByVestiging(d.vestigingsnummer) : undefined
    const wachttijden = () => d.wachttijden.map((w) => ({ ...w, bijgewerktOp: d.wachttijdBijgewerkt! }))
    if (!existing) {
      const loc = repo.insertLocatie(d.vestigingsnummer, fields, now)
      // A second row for it (the check refuses that, but this function does not rely on it) is then looked up.
      bekend.vestigingen.add(d.vestigingsnummer)
      nieuw++
      if (wachttijdGekoppeld) repo.addWachttijden(loc.id, loc.gid, wachttijden())
      continue
    }
    const locId = existing.id as number
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
    if (wachttijdGekoppeld) repo.replaceWachttijden(locId, wachttijden())
  }
  return { nieuw, bijgewerkt, ongewijzigd }
}
