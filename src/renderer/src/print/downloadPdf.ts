import type { PdfFile } from '../../../shared/contracts/pdfFile'

/**
 * Offers a PDF from main as a download. In the app Electron asks where to save it; in the browser
 * harness Chromium saves it. The object URL is revoked right after the click.
 */
export function downloadPdf(file: PdfFile): void {
  const bytes = Uint8Array.from(atob(file.pdf), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.bestandsnaam
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
