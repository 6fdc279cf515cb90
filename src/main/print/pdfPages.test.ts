import { describe, expect, it } from 'vitest'
import { PDFDocument, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib'
import { mergePdfs, splitLetters } from './pdfPages'

/** A document of `pages` pages with top-level outline entries on the given pages, as Chromium writes them. */
async function withOutline(pages: number, starts: number[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) doc.addPage([595, 842])
  const ctx = doc.context
  const outlinesRef = ctx.nextRef()
  const refs: PDFRef[] = starts.map(() => ctx.nextRef())
  starts.forEach((page, i) => {
    const item = ctx.obj({ Title: `Brief ${i + 1}`, Parent: outlinesRef })
    item.set(PDFName.of('Dest'), ctx.obj([doc.getPage(page).ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]))
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < starts.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!)
    ctx.assign(refs[i]!, item)
  })
  const outlines = ctx.obj({ Type: 'Outlines' })
  if (refs.length) {
    outlines.set(PDFName.of('First'), refs[0]!)
    outlines.set(PDFName.of('Last'), refs.at(-1)!)
    outlines.set(PDFName.of('Count'), PDFNumber.of(refs.length))
  }
  ctx.assign(outlinesRef, outlines)
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef)
  return doc.save()
}

const pageCounts = async (parts: Uint8Array[]) => Promise.all(parts.map(async (p) => (await PDFDocument.load(p)).getPageCount()))

describe('cutting a print run into letters', () => {
  it('gives each letter the pages from its outline entry up to the next one', async () => {
    const parts = await splitLetters(await withOutline(6, [0, 1, 4]), 3)
    expect(parts && (await pageCounts(parts))).toEqual([1, 3, 2])
    expect(await PDFDocument.load(await mergePdfs(parts!)).then((d) => d.getPageCount())).toBe(6)
  })

  it('refuses to cut when the outline does not show exactly the expected letters in order', async () => {
    expect(await splitLetters(await withOutline(4, [0, 2]), 3)).toBeNull() // one letter too few
    expect(await splitLetters(await withOutline(4, [1, 2]), 2)).toBeNull() // first letter not on page 1
    expect(await splitLetters(await withOutline(4, [0, 2, 2]), 3)).toBeNull() // two letters on one page
    expect(await splitLetters(await withOutline(4, []), 1)).toBeNull() // no outline at all
  })
})
