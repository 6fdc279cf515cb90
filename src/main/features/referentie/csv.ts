import Papa from 'papaparse'

export interface ParsedCsv {
  header: string[]
  /** Data rows; `line` is the 1-based row number as a spreadsheet shows it (header = 1). */
  rows: Array<{ line: number; cells: string[] }>
  errors: Array<{ line: number; message: string }>
}

/**
 * Parses CSV text with papaparse: BOM stripped, `,` or `;` detected, quoted fields honoured.
 * Decoding (UTF-8 or Windows-1252) happens before this, where the bytes are.
 */
export function parseCsv(text: string): ParsedCsv {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const result = Papa.parse<string[]>(clean, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' })
  const [header = [], ...data] = result.data
  return {
    header: header.map((h) => h.trim().toLowerCase()),
    rows: data.map((cells, i) => ({ line: i + 2, cells: cells.map((c) => c.trim()) })),
    errors: result.errors
      .filter((e) => e.code !== 'UndetectableDelimiter')
      .map((e) => ({ line: (e.row ?? 0) + 1, message: `CSV-fout: ${e.message}` })),
  }
}
