import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, StandardFonts, rgb } from 'pdf-lib'

// Letters get "pagina x van y" per letter, stamped after Chromium has laid them out: a combined print
// run is one Chromium job (one PrintCompositor process instead of one per letter), and Chromium's own
// footer can only count over the whole document. Position, size and colour are those of the footer
// template the other documents use (pdfRenderer.ts): 8 pt, #444, right-aligned 20 mm from the edge.
const MM = 72 / 25.4
const FOOTER = { size: 8, right: 20 * MM, baseline: 16.2, color: rgb(0x44 / 255, 0x44 / 255, 0x44 / 255) }

async function stamp(doc: PDFDocument): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const pages = doc.getPages()
  pages.forEach((page, i) => {
    const text = `pagina ${i + 1} van ${pages.length}`
    const x = page.getWidth() - FOOTER.right - font.widthOfTextAtSize(text, FOOTER.size)
    page.drawText(text, { x, y: FOOTER.baseline, size: FOOTER.size, font, color: FOOTER.color })
  })
}

/** One letter's PDF with its page numbers; everything else (tags, metadata) is kept as Chromium made it. */
export async function stampPageNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  await stamp(doc)
  return doc.save()
}

/** The first page of every top-level outline entry, in order (Chromium makes one per h1). */
function outlineStarts(doc: PDFDocument): number[] | null {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]))
  const starts: number[] = []
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    const target = item.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0)
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined
    if (page === undefined) return null
    starts.push(page)
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return starts
}

/**
 * Cuts a combined print run into its letters, each a PDF of its own with page numbers per letter.
 * Returns null when the outline does not show exactly `expected` letters starting on ascending
 * pages (then the caller renders the letters one by one): a wrong cut must never be archived.
 */
export async function splitLetters(bytes: Uint8Array, expected: number): Promise<Uint8Array[] | null> {
  const source = await PDFDocument.load(bytes)
  const starts = outlineStarts(source)
  const total = source.getPageCount()
  if (!starts || starts.length !== expected || starts[0] !== 0 || starts.some((s, i) => i > 0 && s <= starts[i - 1]!)) return null
  const parts: Uint8Array[] = []
  for (const [i, first] of starts.entries()) {
    const end = starts[i + 1] ?? total
    const letter = await PDFDocument.create()
    for (const page of await letter.copyPages(source, Array.from({ length: end - first }, (_, k) => first + k))) letter.addPage(page)
    letter.setLanguage('nl-NL')
    await stamp(letter)
    parts.push(await letter.save())
  }
  return parts
}

/** One document for the printer from archived letters, page for page as they were archived. */
export async function mergePdfs(parts: Uint8Array[]): Promise<Uint8Array> {
  const merged = await PDFDocument.create()
  merged.setLanguage('nl-NL')
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes)
    for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page)
  }
  return merged.save()
}
