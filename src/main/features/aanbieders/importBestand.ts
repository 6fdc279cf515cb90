import { Readable } from 'node:stream'
import type ExcelJS from 'exceljs'
import { AppError } from '../../lib/errors'
import { parseCsv } from '../referentie/csv'
import { MAX_IMPORT_BYTES } from '../../../shared/contracts/aanbieders.routes'

export interface Tabel {
  kopjes: string[]
  /** Data rows; `rij` is the row number as a spreadsheet shows it (header = 1). */
  rijen: Array<{ rij: number; cellen: string[] }>
  codering: string
  /** Rows the CSV parser could not read (an unterminated quote, a stray quote): nothing may be stored. */
  fouten: Array<{ rij: number; melding: string }>
  /** What was left out of the file (columns past MAX_KOLOMMEN), in Dutch. */
  meldingen: string[]
}

/**
 * CSV bytes as text: UTF-8 (with or without BOM) when they decode cleanly, otherwise
 * Windows-1252, the encoding Excel on Windows writes for "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeer(bytes: Uint8Array): { tekst: string; codering: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { tekst: new TextDecoder('utf-8').decode(bytes.subarray(3)), codering: 'UTF-8 met BOM' }
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes), codering: 'UTF-8' }
  } catch {
    return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'Windows-1252' }
  }
}

function celTekst(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    // Formulas are read as their last result and never evaluated; rich text as plain text.
    if ('result' in value) return celTekst(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String(value.text)
    return ''
  }
  return String(value)
}

/** More columns than any provider list has; the mapping can address up to here. */
export const MAX_KOLOMMEN = 200

/** A spreadsheet's column name: 1 → A, 27 → AA, 16384 → XFD. */
export function kolomNaam(n: number): string {
  let naam = ''
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) naam = String.fromCharCode(65 + ((c - 1) % 26)) + naam
  return naam
}

/** What was left out beyond MAX_KOLOMMEN, in Dutch. */
function geschraptMelding(geschrapt: { cellen: number; hoogste: number }): string[] {
  if (!geschrapt.cellen) return []
  return [
    `Er worden hoogstens ${MAX_KOLOMMEN} kolommen gelezen. Kolom ${kolomNaam(MAX_KOLOMMEN + 1)} tot en met ${kolomNaam(geschrapt.hoogste)} ` +
      `${geschrapt.hoogste === MAX_KOLOMMEN + 1 ? 'is' : 'zijn'} overgeslagen (${geschrapt.cellen} gevulde ${geschrapt.cellen === 1 ? 'cel' : 'cellen'}).`,
  ]
}

/**
 * Streams the first worksheet row by row and keeps only filled cells: a sheet with one cell in
 * column XFD no longer builds 16,384 cells per row. Rows are as wide as the widest used column,
 * capped at MAX_KOLOMMEN.
 */
async function leesXlsx(bytes: Buffer, voortgang: (rijen: number) => void): Promise<Omit<Tabel, 'codering' | 'fouten'>> {
  const rows: Array<{ nummer: number; cellen: string[] }> = []
  const geschrapt = { cellen: 0, hoogste: 0 }
  let breedte = 0
  // Loaded only for an Excel file: a CSV import's worker starts without it.
  const { default: Excel } = await import('exceljs')
  try {
    const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache', // dates are numbers with a date style
      hyperlinks: 'ignore',
      entries: 'ignore',
    })
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cellen: string[] = []
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const tekst = celTekst(cell.value).trim()
          if (tekst === '') return
          if (col > MAX_KOLOMMEN) {
            geschrapt.cellen++
            geschrapt.hoogste = Math.max(geschrapt.hoogste, col)
            return
          }
          cellen[col - 1] = tekst
          breedte = Math.max(breedte, col)
        })
        if (!cellen.length) continue
        rows.push({ nummer: row.number, cellen })
        if (rows.length % 5000 === 0) voortgang(rows.length)
      }
      break // only the first worksheet
    }
  } catch {
    throw new AppError('VALIDATION_ERROR', 'Dit Excel-bestand kan niet worden gelezen. Sla het op als .xlsx en probeer het opnieuw.')
  }
  if (!rows.length && !geschrapt.cellen) throw new AppError('VALIDATION_ERROR', 'Dit Excel-bestand heeft geen werkblad met gegevens.')
  const vol = (cellen: string[]) => Array.from({ length: breedte }, (_, i) => cellen[i] ?? '')
  const [header, ...data] = rows
  return {
    kopjes: vol(header?.cellen ?? []).map((h) => h.toLowerCase()),
    rijen: data.map((r) => ({ rij: r.nummer, cellen: vol(r.cellen) })),
    meldingen: geschraptMelding(geschrapt),
  }
}

/** CSV rows capped at MAX_KOLOMMEN, like the Excel ones. */
function leesCsv(bytes: Buffer): Omit<Tabel, 'meldingen'> & { geschrapt: { cellen: number; hoogste: number } } {
  const { tekst, codering } = decodeer(bytes)
  const parsed = parseCsv(tekst)
  const geschrapt = { cellen: 0, hoogste: 0 }
  const kap = (cellen: string[]) => {
    for (let c = MAX_KOLOMMEN; c < cellen.length; c++)
      if (cellen[c] !== '') {
        geschrapt.cellen++
        geschrapt.hoogste = Math.max(geschrapt.hoogste, c + 1)
      }
    return cellen.length > MAX_KOLOMMEN ? cellen.slice(0, MAX_KOLOMMEN) : cellen
  }
  return {
    kopjes: kap(parsed.header),
    rijen: parsed.rows.map((r) => ({ rij: r.line, cellen: kap(r.cells) })),
    codering,
    fouten: parsed.errors.map((e) => ({ rij: e.line, melding: e.message })),
    geschrapt,
  }
}

/**
 * Reads an uploaded provider file (CSV or XLSX) into a header and rows of trimmed text cells. Runs in
 * the provider worker (aanbieders.worker.ts): never on the main thread for a file of any size.
 */
export async function leesBestand(
  soort: 'csv' | 'xlsx',
  bestand: Uint8Array,
  voortgang: (rijen: number) => void = () => {},
): Promise<Tabel> {
  const bytes = Buffer.from(bestand.buffer, bestand.byteOffset, bestand.byteLength)
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new AppError('VALIDATION_ERROR', 'Dit bestand is te groot (maximaal 20 MB). Splits het bestand.')
  if (bytes.length === 0) throw new AppError('VALIDATION_ERROR', 'Dit bestand is leeg.')
  let tabel: Tabel
  if (soort === 'csv') {
    const { geschrapt, ...csv } = leesCsv(bytes)
    tabel = { ...csv, meldingen: geschraptMelding(geschrapt) }
  } else tabel = { ...(await leesXlsx(bytes, voortgang)), codering: 'Excel (xlsx)', fouten: [] }
  // A CSV that cannot be read as a table is reported row by row before anything else is judged.
  if (tabel.fouten.length) return tabel
  if (!tabel.kopjes.some((k) => k !== '')) throw new AppError('VALIDATION_ERROR', 'Dit bestand heeft geen kopregel met kolomnamen.')
  if (!tabel.rijen.length) throw new AppError('VALIDATION_ERROR', 'Dit bestand bevat alleen een kopregel en geen locaties.')
  return tabel
}
