import Papa from 'papaparse'
import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { AanbiedersRepo } from './aanbieders.repo'
import type { LocatieRij } from '../../../shared/contracts/aanbieders.routes'
import { escapeCel } from '../../../shared/domain/aanbieders/importVelden'
import { searchKey } from '../../../shared/domain/names'

const lijst = (s: string) => s.split('|').filter(Boolean)

/** The provider register: the list of locations with search, counts, and export to CSV or XLSX. */
export function createRegisterService(deps: { clock: Clock; uow: UnitOfWork; repo: AanbiedersRepo }) {
  const { repo } = deps

  function rows(): string[][] {
    const data = repo.exportRows()
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
    async export(soort: 'csv' | 'xlsx'): Promise<{ bestandsnaam: string; base64: string }> {
      const data = rows()
      const naam = `zorgaanbieders-${deps.clock.today()}.${soort}`
      let bytes: Buffer
      if (soort === 'csv') bytes = Buffer.from(`\ufeff${Papa.unparse(data, { delimiter: ';', quotes: true })}`, 'utf8')
      else {
        // exceljs is loaded with the first spreadsheet, not when the app starts.
        const { default: ExcelJS } = await import('exceljs')
        const wb = new ExcelJS.Workbook()
        const ws = wb.addWorksheet('Zorgaanbieders')
        // Cells are written as plain strings, never as formulas.
        for (const r of data) ws.addRow(r)
        ws.getRow(1).font = { bold: true }
        bytes = Buffer.from(await wb.xlsx.writeBuffer())
      }
      deps.uow.record({ event: 'aanbieders.export', details: { soort, rijen: data.length - 1 } })
      return { bestandsnaam: naam, base64: bytes.toString('base64') }
    },
  }
}
