import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import type { Audit } from '../audit/audit'
import type { LocatieRij } from '../../../shared/contracts/aanbieders.routes'
import { escapeCel } from '../../../shared/domain/aanbieders/importVelden'
import { searchKey } from '../../../shared/domain/names'

const lijst = (s: string) => s.split('|').filter(Boolean)

/** The provider register: the list of locations with search, counts, and export to CSV or XLSX. */
export function createRegisterService(deps: { db: Db; clock: Clock; audit: Audit }) {
  const { db } = deps
  const page = db.prepare(
    `SELECT l.id, a.naam AS organisatie, l.naam, l.vestigingsnummer, l.postcode, l.woonplaats, l.zorgprofielen, l.leveringsvormen, l.gecontracteerd,
       (SELECT count(*) FROM wachtlijst w WHERE w.locatie_id = l.id AND w.actief = 1) AS wachtenden
     FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id ORDER BY a.naam, l.naam, l.id`,
  )
  const counts = db.prepare('SELECT (SELECT count(*) FROM aanbieder) AS organisaties, (SELECT count(*) FROM locatie) AS locaties')
  const exportRows = db.prepare(
    `SELECT a.naam AS organisatie, a.kvk, coalesce(a.agb, '') AS agb_organisatie, a.website, a.telefoon, l.naam AS locatie, l.vestigingsnummer,
       coalesce(l.agb, '') AS agb_locatie, l.straat, l.huisnummer, l.postcode, l.woonplaats, l.sectoren, l.zorgprofielen, l.leveringsvormen,
       l.partnerplekken, l.specialisaties, l.levensbeschouwing, coalesce(l.capaciteit, '') AS capaciteit, l.gecontracteerd,
       coalesce(l.contract_van, '') AS contract_van, coalesce(l.contract_tot, '') AS contract_tot,
       coalesce((SELECT group_concat(zorgprofiel || ':' || weken, '|') FROM wachttijd WHERE locatie_id = l.id), '') AS wachttijden,
       coalesce((SELECT max(bijgewerkt_op) FROM wachttijd WHERE locatie_id = l.id), '') AS wachttijd_bijgewerkt, l.notities
     FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id ORDER BY a.naam, l.naam`,
  )

  function rows(): string[][] {
    const data = exportRows.all() as Array<Record<string, string | number>>
    const header = Object.keys(data[0] ?? { organisatie: '', kvk: '', locatie: '', vestigingsnummer: '', postcode: '', zorgprofielen: '' })
    const cell = (k: string, v: string | number) =>
      k === 'gecontracteerd'
        ? v === 1
          ? 'ja'
          : 'nee'
        : ['sectoren', 'zorgprofielen', 'leveringsvormen', 'specialisaties'].includes(k)
          ? lijst(String(v)).join('|')
          : String(v)
    // Every cell is escaped: a name like "=HYPERLINK(...)" stays text in Excel and LibreOffice.
    return [header, ...data.map((r) => header.map((k) => escapeCel(cell(k, r[k]!))))]
  }

  return {
    locaties(zoek: string, limit: number): { rijen: LocatieRij[]; totaal: number } {
      const key = searchKey(zoek)
      const all = (
        page.all() as Array<
          Omit<LocatieRij, 'zorgprofielen' | 'leveringsvormen' | 'gecontracteerd'> & {
            zorgprofielen: string
            leveringsvormen: string
            gecontracteerd: number
          }
        >
      ).map((r) => ({
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
    aantal: () => counts.get() as { organisaties: number; locaties: number },
    async export(soort: 'csv' | 'xlsx'): Promise<{ bestandsnaam: string; base64: string }> {
      const data = rows()
      const naam = `zorgaanbieders-${deps.clock.today()}.${soort}`
      let bytes: Buffer
      if (soort === 'csv') bytes = Buffer.from(`\ufeff${Papa.unparse(data, { delimiter: ';', quotes: true })}`, 'utf8')
      else {
        const wb = new ExcelJS.Workbook()
        const ws = wb.addWorksheet('Zorgaanbieders')
        // Cells are written as plain strings, never as formulas.
        for (const r of data) ws.addRow(r)
        ws.getRow(1).font = { bold: true }
        bytes = Buffer.from(await wb.xlsx.writeBuffer())
      }
      db.transaction(() => deps.audit.record({ event: 'aanbieders.export', action: 'E', details: { soort, rijen: data.length - 1 } }))()
      return { bestandsnaam: naam, base64: bytes.toString('base64') }
    },
  }
}
