/**
 * A readable, safe PDF file name from its parts, e.g. `brief-ZK-2026-000123-Jansen-A.pdf`: what it
 * is, its kenmerk and the client, so a saved file can be found again. ASCII letters, digits, '-' and
 * '.' only (accents dropped, the rest becomes '-'), at most 120 characters before `.pdf`, as
 * PdfFileSchema demands of every name that crosses to the renderer.
 */
export function pdfBestandsnaam(...delen: ReadonlyArray<string | number | null | undefined>): string {
  const naam = delen
    .filter((d) => d !== null && d !== undefined && String(d).trim() !== '')
    .map((d) =>
      String(d)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9.]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 120)
    .replace(/[-.]+$/, '')
  return `${naam || 'document'}.pdf`
}
