import Papa from 'papaparse'

export interface ParsedCsv {
  header: string[]
  /** Data rows; `line` is the 1-based row number as a spreadsheet shows it (header = 1). */
  rows: Array<{ line: number; cells: string[] }>
  /** Row-by-row problems in Dutch; a file with any of them must not be stored. */
  errors: Array<{ line: number; message: string }>
}

/** Enough to find the rows; the report above it says how many there are in all. */
const MAX_ERRORS = 500

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
    errors: csvErrors(clean, result.errors),
  }
}

/**
 * Papaparse's problems as a Dutch report. An unterminated quote makes everything after it one cell:
 * papaparse reports that once, so every line it swallowed is named here too — the person sees which
 * rows would have gone missing, not one odd cell. Lines are counted in the file from the quote on.
 */
function csvErrors(text: string, errors: Papa.ParseError[]): ParsedCsv['errors'] {
  const out: ParsedCsv['errors'] = []
  const lineAt = (index: number) => {
    let line = 1
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
    return line
  }
  for (const e of errors) {
    if (e.code === 'UndetectableDelimiter') continue // a file with one column: the header check says what is wrong
    const line = e.index === undefined ? (e.row ?? 0) + 1 : lineAt(e.index)
    if (e.code === 'MissingQuotes') {
      const last = lineAt(text.trimEnd().length)
      out.push({
        line,
        message:
          last > line
            ? `Een aanhalingsteken (") wordt hier geopend maar niet gesloten: regel ${line} tot en met ${last} zouden één cel worden. Sluit het aanhalingsteken of haal het weg.`
            : 'Een aanhalingsteken (") wordt hier geopend maar niet gesloten. Sluit het aanhalingsteken of haal het weg.',
      })
      for (let l = line + 1; l <= last && out.length < MAX_ERRORS; l++)
        out.push({ line: l, message: `Deze regel valt binnen het niet gesloten aanhalingsteken van regel ${line} en is niet gelezen.` })
    } else if (e.code === 'InvalidQuotes')
      out.push({
        line,
        message:
          'Een aanhalingsteken (") staat midden in een waarde. Zet de hele waarde tussen aanhalingstekens en verdubbel het teken erin ("").',
      })
    else out.push({ line, message: `Deze regel kan niet worden gelezen (${e.code}).` })
    if (out.length >= MAX_ERRORS) break
  }
  return out.slice(0, MAX_ERRORS)
}
