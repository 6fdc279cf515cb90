import { PassThrough } from 'node:stream'
import Papa from 'papaparse'
import { escapeCel } from '../../../shared/domain/aanbieders/importVelden'

/**
 * One style object for every data cell: exceljs caches a cell's style id by object identity, and
 * gave each cell a fresh empty one, so 3 million cells each went through its style bookkeeping
 * (a quarter of a 120,000-row export's time).
 */
const GEEN_STIJL = {}
type Rij = Record<string, string | number>

const LEEG = ['organisatie', 'kvk', 'locatie', 'vestigingsnummer', 'postcode', 'zorgprofielen']
const LIJSTEN = new Set(['sectoren', 'zorgprofielen', 'leveringsvormen', 'specialisaties'])
const lijst = (s: string) => s.split('|').filter(Boolean)

// Every cell is escaped: a name like "=HYPERLINK(...)" stays text in Excel and LibreOffice.
function cellen(kopjes: string[], r: Rij): string[] {
  return kopjes.map((k) => {
    const v = r[k]!
    return escapeCel(k === 'gecontracteerd' ? (v === 1 ? 'ja' : 'nee') : LIJSTEN.has(k) ? lijst(String(v)).join('|') : String(v))
  })
}

/**
 * The register as CSV or XLSX bytes, row by row from the database cursor. Runs in the provider
 * worker; the XLSX goes through exceljs's streaming writer, which keeps one row in memory at a time
 * instead of a whole workbook (the old export held 120,000 rows of cell objects for ~130 s).
 */
export async function schrijfExport(soort: 'csv' | 'xlsx', rijen: Iterable<Rij>, voortgang: (klaar: number) => void): Promise<Buffer> {
  let kopjes: string[] | null = null
  let klaar = 0
  if (soort === 'csv') {
    const regels: string[][] = []
    for (const r of rijen) {
      kopjes ??= Object.keys(r)
      regels.push(cellen(kopjes, r))
      if (++klaar % 5000 === 0) voortgang(klaar)
    }
    return Buffer.from(`\ufeff${Papa.unparse([kopjes ?? LEEG, ...regels], { delimiter: ';', quotes: true })}`, 'utf8')
  }
  // Loaded only for an Excel export: the CSV export's worker starts without it.
  const { default: ExcelJS } = await import('exceljs')
  const stream = new PassThrough()
  const delen: Buffer[] = []
  stream.on('data', (d: Buffer) => delen.push(d))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  const ws = wb.addWorksheet('Zorgaanbieders')
  const kop = (k: string[]) => {
    const row = ws.addRow(k)
    row.font = { bold: true }
    row.commit()
  }
  for (const r of rijen) {
    if (!kopjes) kop((kopjes = Object.keys(r)))
    // Cells are written as plain strings, never as formulas.
    const row = ws.addRow(cellen(kopjes, r))
    row.eachCell((c) => (c.style = GEEN_STIJL))
    row.commit()
    if (++klaar % 5000 === 0) voortgang(klaar)
  }
  if (!kopjes) kop(LEEG)
  ws.commit()
  await wb.commit()
  return Buffer.concat(delen)
}
