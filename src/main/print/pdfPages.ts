import {
  degrees,
  drawText,
  ParseSpeeds,
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  StandardFonts,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib'
import { KNIP_ANKER } from '../../shared/print/brief'

// Letters get "pagina x van y" per letter, stamped after Chromium has laid them out: a combined print
// run is one Chromium job (one PrintCompositor process instead of one per letter), and Chromium's own
// footer can only count over the whole document. Position, size and colour are those of the footer
// template the other documents use (pdfRenderer.ts): 8 pt, #444, right-aligned 20 mm from the edge.
const MM = 72 / 25.4
// Parsing without yielding to the event loop halves the time; a letter parses in a few milliseconds.
const LOAD = { parseSpeed: ParseSpeeds.Fastest }
// Objects written as they are, not packed into deflated object streams: pdf-lib's deflate was most of
// a letter's save (a batch cuts 100), for a few kB more per letter (the page content stays compressed).
// And in one go: by default pdf-lib waits for a timer (≥ 1 ms in Node) every 50 objects, 10–20 ms of
// waiting in a tagged letter's save of 3–5 ms. A print run's letters yield between letters instead.
const SAVE = { useObjectStreams: false, objectsPerTick: Infinity }
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
const FOOTER = { size: 8, right: 20 * MM, baseline: 16.2, color: rgb(0x44 / 255, 0x44 / 255, 0x44 / 255) }

/**
 * Before anything is added to a page, pdf-lib wraps the page's own content in q … Q (PDFPageLeaf.normalize),
 * with two one-operator streams per document that it deflates, each with a fresh pako state: ~1 ms and
 * ~300 kB allocated per letter, a tenth of the main process's work in a batch. The context keeps the two
 * streams once made, so they are registered here first, not deflated (4 bytes of content between them).
 */
function plainStateWrap(doc: PDFDocument): void {
  const plain = (op: typeof pushGraphicsState) => doc.context.register(PDFContentStream.of(doc.context.obj({}), [op()], false))
  // pdf-lib 1.17's PDFContext caches the two refs in these fields (private in its types; the version is pinned).
  const cache = doc.context as unknown as { pushGraphicsStateContentStreamRef?: PDFRef; popGraphicsStateContentStreamRef?: PDFRef }
  cache.pushGraphicsStateContentStreamRef ??= plain(pushGraphicsState)
  cache.popGraphicsStateContentStreamRef ??= plain(popGraphicsState)
}

/**
 * The operators page.drawText would add, in a content stream of their own that is not deflated:
 * pdf-lib deflates each new stream with a fresh pako state (~300 kB allocated per page), which was
 * most of cutting a print run (a batch stamps ~250 pages) for ~100 bytes of text per page.
 */
async function stamp(doc: PDFDocument): Promise<void> {
  plainStateWrap(doc)
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const pages = doc.getPages()
  const none = degrees(0)
  pages.forEach((page, i) => {
    const text = `pagina ${i + 1} van ${pages.length}`
    const x = page.getWidth() - FOOTER.right - font.widthOfTextAtSize(text, FOOTER.size)
    const key = page.node.newFontDictionary(font.name, font.ref)
    const ops = drawText(font.encodeText(text), {
      x,
      y: FOOTER.baseline,
      size: FOOTER.size,
      font: key,
      color: FOOTER.color,
      rotate: none,
      xSkew: none,
      ySkew: none,
    })
    page.node.addContentStream(doc.context.register(PDFContentStream.of(doc.context.obj({}), ops, false)))
  })
}

/** One letter's PDF with its page numbers; everything else (tags, metadata) is kept as Chromium made it. */
export async function stampPageNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { ...LOAD, updateMetadata: false })
  await stamp(doc)
  return doc.save(SAVE)
}

/** The URI of a link annotation, if it has one. */
function uriOf(doc: PDFDocument, annot: PDFObject): string | null {
  const uri = doc.context.lookupMaybe(annot, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI'))
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : null
}

/** The letters' cut marks: for each page, the letter number whose first page it is, if any. */
function knipAnkers(doc: PDFDocument): Array<number | null> {
  return doc.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []
    const marks = annots.map((a) => uriOf(doc, a)).filter((u): u is string => u !== null && u.startsWith(KNIP_ANKER))
    return marks.length === 1 ? Number(marks[0]!.slice(KNIP_ANKER.length)) : null
  })
}

/** Removes the cut mark from a letter's page, leaving any other annotation alone. */
function verwijderAnker(doc: PDFDocument, page: PDFPage): void {
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
  if (!annots) return
  const rest = annots.asArray().filter((a) => !uriOf(doc, a)?.startsWith(KNIP_ANKER))
  if (rest.length) page.node.set(PDFName.of('Annots'), doc.context.obj(rest))
  else page.node.delete(PDFName.of('Annots'))
}

/**
 * Cuts a combined print run into its letters, each a PDF of its own with page numbers per letter.
 * Letter i starts on the page that carries cut mark i. Returns null unless marks 0..expected-1 each
 * stand once, in order, with the first on page 1 (then the caller renders the letters one by one):
 * a wrong cut must never be archived.
 */
export async function splitLetters(bytes: Uint8Array, expected: number): Promise<Uint8Array[] | null> {
  const source = await PDFDocument.load(bytes, LOAD)
  const marks = knipAnkers(source)
  const starts = marks.flatMap((n, page) => (n === null ? [] : [page]))
  if (starts.length !== expected || starts[0] !== 0 || starts.some((page, i) => marks[page] !== i)) return null
  const parts: Uint8Array[] = []
  for (const [i, first] of starts.entries()) {
    const end = starts[i + 1] ?? source.getPageCount()
    const letter = await PDFDocument.create()
    for (const page of await letter.copyPages(
      source,
      Array.from({ length: end - first }, (_, k) => first + k),
    ))
      letter.addPage(page)
    verwijderAnker(letter, letter.getPage(0))
    letter.setLanguage('nl-NL')
    await stamp(letter)
    parts.push(await letter.save(SAVE))
    await nextTurn()
  }
  return parts
}

/** One document for the printer from archived letters, page for page as they were archived. */
export async function mergePdfs(parts: Uint8Array[]): Promise<Uint8Array> {
  const merged = await PDFDocument.create()
  merged.setLanguage('nl-NL')
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, LOAD)
    for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page)
  }
  return merged.save()
}
