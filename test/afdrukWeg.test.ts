import { describe, expect, it } from 'vitest'
import { afdrukWeg, geenPapierPrinter } from '../src/shared/print/afdrukWeg'
import { createAfdrukService } from '../src/main/features/print/afdrukken'

describe('Afdrukken: which way the PDF goes', () => {
  it('the app (a paper printer) shows its print dialog, whether or not the window has a PDF viewer', () => {
    expect(afdrukWeg({ papierPrinter: true, pdfViewer: false })).toBe('papier')
    expect(afdrukWeg({ papierPrinter: true, pdfViewer: true })).toBe('papier')
  })
  it('without a paper printer the window prints the PDF itself, or saves it when it cannot show a PDF', () => {
    expect(afdrukWeg({ papierPrinter: false, pdfViewer: true })).toBe('afdrukvenster')
    expect(afdrukWeg({ papierPrinter: false, pdfViewer: false })).toBe('opslaan')
  })
  it('only NOT_READY means "no paper printer"; any other refusal is a real failure', () => {
    expect(geenPapierPrinter({ code: 'NOT_READY' })).toBe(true)
    expect(geenPapierPrinter({ code: 'LOCKED' })).toBe(false)
    expect(geenPapierPrinter(new Error('x'))).toBe(false)
    expect(geenPapierPrinter(null)).toBe(false)
  })
})

describe('afdrukken.papier in main', () => {
  const file = { bestandsnaam: 'brief.pdf', pdf: Buffer.from('%PDF-1.7 test').toString('base64') }
  it('hands the PDF bytes as saved to the paper printer and answers what the dialog did', async () => {
    const printed: string[] = []
    const service = createAfdrukService({ print: async (pdf) => (printed.push(Buffer.from(pdf).toString()), 'geannuleerd') })
    await expect(service.papier(file)).resolves.toEqual({ uitkomst: 'geannuleerd' })
    expect(printed).toEqual(['%PDF-1.7 test'])
  })
  it('answers NOT_READY without a paper printer (the harness prints in the window)', async () => {
    await expect(createAfdrukService(null).papier(file)).rejects.toMatchObject({ code: 'NOT_READY' })
  })
})
