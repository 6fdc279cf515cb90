// The print page lays out the next document once the one before has been printed (afterprint),
// while that one is still becoming a PDF. Order and failure rules with fake jobs; with real
// Chromium, documents sent at once each come back as their own PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printedReports, printPipeline, type Printing } from '../src/main/print/printPipeline'
import type { PdfRenderer } from '../src/main/print/pdfRenderer'
import type { PrintDocument } from '../src/shared/print/documents'
import { DEFAULT_BRIEFPAPIER } from '../src/shared/print/briefpapier'
import { chromiumPdfForTests, pdfText } from './helpers/pdf'

const proef = (naam: string): PrintDocument => ({
  kind: 'proefpagina',
  concept: false,
  briefpapier: DEFAULT_BRIEFPAPIER,
  adresregels: [naam, 'Voorbeeldstraat 1', '1234 AB  VOORBEELDDORP'],
  datum: '4 december 2026',
  alineas: [],
})

/** Prints whose "printed" report and PDF the test settles by hand, and a log of the steps. */
function handPrints() {
  const log: string[] = []
  const prints: Array<{ printed: () => void; pdf: { resolve: (b: Uint8Array) => void; reject: (e: Error) => void } }> = []
  const name = (doc: PrintDocument) => (doc.kind === 'proefpagina' ? doc.adresregels[0]! : doc.kind)
  const render = printPipeline({
    layOut: async (doc) => void log.push(`layOut ${name(doc)}`),
    print(doc): Printing {
      log.push(`print ${name(doc)}`)
      const p = {} as (typeof prints)[number]
      prints.push(p)
      return {
        printed: new Promise<void>((r) => (p.printed = r)),
        pdf: new Promise<Uint8Array>((resolve, reject) => (p.pdf = { resolve, reject })),
      }
    },
  })
  return { log, prints, render }
}
const turns = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r))
}

describe('print pipeline', () => {
  it('lays the next document out once the one before has printed, and prints it once that PDF is back', async () => {
    const { log, prints, render } = handPrints()
    const a = render(proef('A'))
    const b = render(proef('B'))
    await turns()
    expect(log).toEqual(['layOut A', 'print A'])
    prints[0]!.printed()
    await turns()
    // B is on the page while A becomes a PDF; a second print job on the page would lose A's PDF.
    expect(log).toEqual(['layOut A', 'print A', 'layOut B'])
    prints[0]!.pdf.resolve(new Uint8Array([1]))
    await turns()
    expect(log).toEqual(['layOut A', 'print A', 'layOut B', 'print B'])
    prints[1]!.printed()
    prints[1]!.pdf.resolve(new Uint8Array([2]))
    expect([...(await a), ...(await b)]).toEqual([1, 2])
  })

  it('after a print that fails without printing, the next waits for that failure, and its caller hears of it', async () => {
    const { log, prints, render } = handPrints()
    const a = render(proef('A'))
    const b = render(proef('B'))
    await turns()
    prints[0]!.pdf.reject(new Error('printToPDF mislukt'))
    await expect(a).rejects.toThrow('printToPDF mislukt')
    await turns()
    expect(log).toEqual(['layOut A', 'print A', 'layOut B', 'print B'])
    prints[1]!.printed()
    prints[1]!.pdf.resolve(new Uint8Array([2]))
    expect([...(await b)]).toEqual([2])
  })

  it('hears one "printed" report per print', async () => {
    const reports = printedReports()
    reports.report() // a report nobody waits for is dropped
    let done = false
    const first = reports.next().then(() => (done = true))
    await turns()
    expect(done).toBe(false)
    reports.report()
    await first
    expect(done).toBe(true)
  })
})

describe('print pipeline in Chromium', () => {
  let pdf: PdfRenderer
  beforeAll(async () => (pdf = await chromiumPdfForTests()))
  afterAll(() => pdf.close())

  it('gives each of several documents sent at once its own PDF', async () => {
    const names = [
      'Mevrouw Anouk Eerste (fictief)',
      'De heer Bram Tweede (fictief)',
      'Mevrouw Cato Derde (fictief)',
      'De heer Daan Vierde (fictief)',
    ]
    const pdfs = await Promise.all(names.map((n) => pdf.render(proef(n))))
    pdfs.forEach((bytes, i) => {
      const text = pdfText(bytes)
      expect(text).toContain(names[i])
      for (const other of names.filter((_, k) => k !== i)) expect(text).not.toContain(other)
    })
  })
})
