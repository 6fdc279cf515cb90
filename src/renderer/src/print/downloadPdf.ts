import type { PdfFile } from '../../../shared/contracts/pdfFile'

/** The File System Access API's save dialog (Chromium); not in every lib.dom yet. */
type SavePicker = (opts: {
  suggestedName: string
  types: { description: string; accept: Record<string, string[]> }[]
}) => Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>

export const pdfBlob = (file: PdfFile) => new Blob([Uint8Array.from(atob(file.pdf), (c) => c.charCodeAt(0))], { type: 'application/pdf' })

/**
 * "PDF maken": asks where to save the PDF, under its suggested name (kenmerk and client). The app
 * (Electron) asks through its own save dialog when the download starts; a browser with the File
 * System Access API through showSaveFilePicker; any other browser saves it as a download. Resolves
 * quietly when the adviser cancels the dialog.
 */
export async function downloadPdf(file: PdfFile): Promise<void> {
  const blob = pdfBlob(file)
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker
  if (typeof picker === 'function' && !navigator.userAgent.includes('Electron')) {
    try {
      const handle = await picker({
        suggestedName: file.bestandsnaam,
        types: [{ description: 'PDF-document', accept: { 'application/pdf': ['.pdf'] } }],
      })
      const out = await handle.createWritable()
      await out.write(blob)
      await out.close()
      return
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return
      // No dialog allowed here (e.g. the click is too long ago): save it as a download instead.
    }
  }
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file.bestandsnaam
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
