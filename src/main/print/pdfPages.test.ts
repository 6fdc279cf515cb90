import { describe, expect, it } from 'vitest'
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib'
import { mergePdfs, splitLetters, stampPageNumbers } from './pdfPages'
import { KNIP_ANKER } from '../../shared/print/brief'

/** A print run of `pages` pages with link annotations as Chromium writes them: `marks[page]` = URIs. */
async function printRun(pages: number, marks: Record<number, string[]>): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842])
    const uris = marks[i] ?? []
    if (!uris.length) continue
    const annots = uris.map((uri) =>
      doc.context.register(
        doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 841, 1, 842], A: { S: 'URI', URI: PDFString.of(uri) } }),
      ),
    )
    page.node.set(PDFName.of('Annots'), doc.context.obj(annots))
  }
  return doc.save()
}
const mark = (n: number) => `${KNIP_ANKER}${n}`
const load = (bytes: Uint8Array) => PDFDocument.load(bytes)

describe('cutting a print run into letters', () => {
  it('gives each letter the pages from its cut mark up to the next, without the mark', async () => {
    const parts = await splitLetters(await printRun(6, { 0: [mark(0)], 1: [mark(1), 'https://example.org/'], 4: [mark(2)] }), 3)
    const docs = await Promise.all(parts!.map(load))
    expect(docs.map((d) => d.getPageCount())).toEqual([1, 3, 2])
    // The mark is gone; another link on the same page stays.
    const annots = (d: PDFDocument) => d.getPage(0).node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.size() ?? 0
    expect(annots(docs[0]!)).toBe(0)
    expect(annots(docs[1]!)).toBe(1)
    expect((await load(await mergePdfs(parts!))).getPageCount()).toBe(6)
  })

  it('refuses to cut unless every letter is marked once, in order, from page 1', async () => {
    expect(await splitLetters(await printRun(4, { 0: [mark(0)], 2: [mark(1)] }), 3)).toBeNull() // a letter missing
    expect(await splitLetters(await printRun(4, { 1: [mark(0)], 2: [mark(1)] }), 2)).toBeNull() // page 1 unmarked
    expect(await splitLetters(await printRun(4, { 0: [mark(0)], 2: [mark(2)], 3: [mark(1)] }), 3)).toBeNull() // out of order
    expect(await splitLetters(await printRun(4, { 0: [mark(0), mark(1)] }), 2)).toBeNull() // two marks on one page
    expect(await splitLetters(await printRun(4, {}), 1)).toBeNull() // no marks at all
  })
})

describe('stamping page numbers', () => {
  it('numbers every page and does not wait for timers in between (pdf-lib waits ≥ 1 ms every 50 objects by default)', async () => {
    // 40 pages: well over 50 objects, as a tagged letter has with its structure tree.
    const letter = await printRun(40, {})
    const yielded = new Promise<'yielded'>((resolve) => setImmediate(() => resolve('yielded')))
    const stamped = await Promise.race([stampPageNumbers(letter), yielded])
    expect(stamped).toBeInstanceOf(Uint8Array)
    const doc = await load(stamped as Uint8Array)
    expect(doc.getPageCount()).toBe(40)
  })

  it('adds no deflated stream: the q … Q that pdf-lib wraps around each page is written plain', async () => {
    const src = await PDFDocument.create()
    for (let i = 0; i < 3; i++) src.addPage([595, 842]).drawRectangle({ x: 10, y: 10, width: 5, height: 5 })
    const bytes = await src.save({ useObjectStreams: false })
    const deflated = (d: PDFDocument) =>
      d.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.has(PDFName.of('Filter'))).length
    const stamped = await load(await stampPageNumbers(bytes))
    expect(deflated(stamped)).toBe(deflated(await load(bytes)))
    // Page content: q, the page's own stream, Q, then the page number.
    const contents = (stamped.getPage(0).node.Contents() as PDFArray).asArray()
    const text = (i: number) =>
      Buffer.from((stamped.context.lookup(contents[i]!) as PDFRawStream).contents)
        .toString()
        .trim()
    expect(contents).toHaveLength(4)
    expect([text(0), text(2)]).toEqual(['q', 'Q'])
    expect(text(3)).toContain('BT')
  })
})
