// Child process for the memory figure: renders print documents in Chromium through Playwright on
// behalf of bench/memoryProbe.ts, so the Playwright client (~80 MB RSS, which the app does not
// carry: Electron prints with its own webContents) is not counted as main-process memory.
import { createChromiumPdf } from '../e2e/harness/chromiumPdf'
import type { PrintDocument } from '../src/shared/print/documents'

const pdf = await createChromiumPdf()
process.on('message', (m: { id: number; doc?: PrintDocument }) => {
  if (!m.doc) {
    void pdf.close().then(() => process.exit(0))
    return
  }
  pdf.render(m.doc).then(
    (bytes) => process.send!({ id: m.id, bytes }),
    (e: unknown) => process.send!({ id: m.id, error: e instanceof Error ? e.message : String(e) }),
  )
})
process.send!({ ready: true })
