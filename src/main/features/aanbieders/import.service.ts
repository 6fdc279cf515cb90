import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import type { Audit } from '../audit/audit'
import type { RouteArgs, RouteOutput } from '../../../shared/contracts/catalog'
import type { ImportFout } from '../../../shared/contracts/referentie.routes'
import { IMPORT_VELDEN, IMPORT_VELD_NAMEN, stelKoppelingVoor, type ImportVeld } from '../../../shared/domain/aanbieders/importVelden'
import { ImportRijSchema, type ImportRij } from '../../../shared/domain/aanbieders/importRij'
import { zorgprofiel } from '../../../shared/domain/zorgprofielen'
import { leesBestand, type Tabel } from './importBestand'
import type { Punt } from './pc4'

const MAX_FOUTEN = 500

/** Provider files: preview with a suggested mapping, then all rows or none. Re-import updates by KvK and vestigingsnummer. */
export function createImportService(deps: { db: Db; clock: Clock; audit: Audit; pc4: () => Map<string, Punt> }) {
  const { db } = deps
  const orgByKvk = db.prepare('SELECT id, naam, agb, website, telefoon FROM aanbieder WHERE kvk = ?')
  const orgByAgb = db.prepare('SELECT id, kvk FROM aanbieder WHERE agb = ?')
  const insertOrg = db.prepare(
    'INSERT INTO aanbieder (naam, kvk, agb, website, telefoon, created_at, updated_at) VALUES (@naam, @kvk, @agb, @website, @telefoon, @now, @now)',
  )
  const updateOrg = db.prepare(
    'UPDATE aanbieder SET naam = @naam, agb = @agb, website = @website, telefoon = @telefoon, version = version + 1, updated_at = @now WHERE id = @id',
  )
  const locByVest = db.prepare('SELECT * FROM locatie WHERE vestigingsnummer = ?')
  const COLS = [
    'aanbieder_id',
    'naam',
    'agb',
    'straat',
    'huisnummer',
    'postcode',
    'pc4',
    'woonplaats',
    'sectoren',
    'zorgprofielen',
    'leveringsvormen',
    'specialisaties',
    'partnerplekken',
    'levensbeschouwing',
    'capaciteit',
    'gecontracteerd',
    'contract_van',
    'contract_tot',
    'notities',
  ] as const
  const insertLoc = db.prepare(
    `INSERT INTO locatie (vestigingsnummer, ${COLS.join(', ')}, created_at, updated_at) VALUES (@vestigingsnummer, ${COLS.map((c) => `@${c}`).join(', ')}, @now, @now)`,
  )
  const updateLoc = db.prepare(
    `UPDATE locatie SET ${COLS.map((c) => `${c} = @${c}`).join(', ')}, version = version + 1, updated_at = @now WHERE id = @id`,
  )
  const history = db.prepare('INSERT INTO locatie_historie (locatie_id, gewijzigd_op, wijzigingen) VALUES (?, ?, ?)')
  const clearWacht = db.prepare('DELETE FROM wachttijd WHERE locatie_id = ?')
  const insertWacht = db.prepare('INSERT INTO wachttijd (locatie_id, zorgprofiel, weken, bijgewerkt_op) VALUES (?, ?, ?, ?)')

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
        const kvk = agbVan.get(d.agbOrganisatie) ?? (orgByAgb.get(d.agbOrganisatie) as { kvk: string } | undefined)?.kvk
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

  function locatieVelden(orgId: number, d: ImportRij) {
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

  function schrijf(rijen: Array<{ data: ImportRij }>, wachttijdGekoppeld: boolean) {
    const now = deps.clock.now().toISOString()
    let nieuw = 0
    let bijgewerkt = 0
    let ongewijzigd = 0
    for (const { data: d } of rijen) {
      const org = orgByKvk.get(d.kvk) as { id: number; naam: string; agb: string | null; website: string; telefoon: string } | undefined
      const orgFields = { naam: d.organisatie, agb: d.agbOrganisatie, website: d.website, telefoon: d.telefoon }
      let orgId = org?.id
      if (!org) orgId = Number(insertOrg.run({ ...orgFields, kvk: d.kvk, now }).lastInsertRowid)
      else if (Object.entries(orgFields).some(([k, v]) => org[k as keyof typeof org] !== v))
        updateOrg.run({ ...orgFields, id: org.id, now })
      const fields = locatieVelden(orgId!, d)
      const existing = locByVest.get(d.vestigingsnummer) as Record<string, unknown> | undefined
      let locId: number
      if (!existing) {
        locId = Number(insertLoc.run({ ...fields, vestigingsnummer: d.vestigingsnummer, now }).lastInsertRowid)
        nieuw++
      } else {
        locId = existing.id as number
        const changes = Object.fromEntries(
          Object.entries(fields)
            .filter(([k, v]) => existing[k] !== v)
            .map(([k, v]) => [k, [existing[k], v]]),
        )
        if (Object.keys(changes).length) {
          updateLoc.run({ ...fields, id: locId, now })
          history.run(locId, now, JSON.stringify(changes))
          bijgewerkt++
        } else ongewijzigd++
      }
      if (wachttijdGekoppeld) {
        clearWacht.run(locId)
        for (const w of d.wachttijden) insertWacht.run(locId, w.zorgprofiel, w.weken, d.wachttijdBijgewerkt!)
      }
    }
    return { nieuw, bijgewerkt, ongewijzigd }
  }

  /** Validates every row and writes all of them in one transaction, or none. Also used by the demo. */
  function importeerTabel(tabel: Tabel, koppeling: Partial<Record<ImportVeld, number>>): RouteOutput<'aanbieders.import'> {
    const { rijen, fouten } = valideer(tabel, koppeling)
    if (fouten.length) return { status: 'fouten', fouten, rijen: tabel.rijen.length }
    return db.transaction(() => {
      const result = schrijf(rijen, koppeling.wachttijden !== undefined)
      deps.audit.record({ event: 'aanbieders.import', action: 'C', details: { rijen: rijen.length, ...result } })
      return { status: 'geimporteerd' as const, ...result, rijen: rijen.length }
    })()
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
