import type { ImportFout } from '../../../shared/contracts/referentie.routes'
import { IMPORT_VELDEN, IMPORT_VELD_NAMEN, type ImportVeld } from '../../../shared/domain/aanbieders/importVelden'
import { ImportRijSchema, type ImportRij } from '../../../shared/domain/aanbieders/importRij'
import type { Tabel } from './importBestand'

export const MAX_FOUTEN = 500

/** What validation needs from the database, read once before: plain data, so it can go to a worker. */
export interface ValidatieContext {
  /** The PC4 areas of the reference data. */
  pc4: ReadonlySet<string>
  /** AGB code → KvK number of the providers already in the register. */
  kvkVanAgb: ReadonlyMap<string, string>
}

export type Koppeling = Partial<Record<ImportVeld, number>>

/**
 * Every row checked against the domain schema, duplicates, the PC4 table and the AGB codes already
 * known. Pure: runs in the provider worker for a file, on the main thread only for the demo's rows.
 */
export function valideer(
  tabel: Pick<Tabel, 'rijen'>,
  koppeling: Koppeling,
  ctx: ValidatieContext,
  voortgang: (klaar: number) => void = () => {},
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
  const rijen: Array<{ rij: number; data: ImportRij }> = []
  const vestigingen = new Map<string, number>()
  const agbVan = new Map(ctx.kvkVanAgb)
  for (const [i, { rij, cellen }] of tabel.rijen.entries()) {
    if (fouten.length >= MAX_FOUTEN) break
    if (i % 5000 === 0) voortgang(i)
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
    if (!ctx.pc4.has(d.postcode.slice(0, 4)))
      fout(
        'postcode',
        'Deze postcode staat niet in de referentiegegevens (PC4). Controleer de postcode of laad nieuwere referentiegegevens.',
      )
    if (d.agbOrganisatie) {
      const kvk = agbVan.get(d.agbOrganisatie)
      if (kvk && kvk !== d.kvk) fout('agbOrganisatie', `Deze AGB-code hoort al bij KvK-nummer ${kvk}.`)
      agbVan.set(d.agbOrganisatie, d.kvk)
    }
    for (const w of d.wachttijden)
      if (!d.zorgprofielen.includes(w.zorgprofiel))
        fout('wachttijden', `Wachttijd voor ${w.zorgprofiel}, maar dat profiel biedt deze locatie niet.`)
    rijen.push({ rij, data: d })
  }
  voortgang(tabel.rijen.length)
  return { rijen, fouten }
}
