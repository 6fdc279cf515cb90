import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { chromiumPdfForTests, flat, pdfText } from './helpers/pdf'
import type { PdfRenderer } from '../src/main/print/pdfRenderer'
import { DEFAULT_BRIEFPAPIER } from '../src/shared/print/briefpapier'

let pdf: PdfRenderer
let b: TestBackend
beforeAll(async () => {
  pdf = await chromiumPdfForTests()
  b = testBackend({ pdf })
  await withProfile(b)
}, 60_000)
afterAll(async () => {
  b.dispose()
  await pdf.close()
})

/** The fonts poppler finds in a PDF (pdffonts), one name a line. */
function pdfFonts(base64: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wlz-emoji-')), 'doc.pdf')
  writeFileSync(file, Buffer.from(base64, 'base64'))
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
}

describe('emoji in a PDF', () => {
  it('are drawn with the bundled Noto Emoji font, never as empty boxes', async () => {
    // Chromium embeds a web font's glyphs as Type 3 fonts; without emoji the page only uses Liberation Sans.
    await b.ok('briefpapier.save', { ...DEFAULT_BRIEFPAPIER, organisatie: 'Zorgkantoor Proef (fictief)' })
    const plain = await b.ok('briefpapier.proefpagina', { concept: false })
    expect(pdfFonts(plain.pdf)).not.toMatch(/Type 3/)

    await b.ok('briefpapier.save', { ...DEFAULT_BRIEFPAPIER, organisatie: 'Zorgkantoor 🌷 Proef 👩‍⚕️ (fictief)' })
    const file = await b.ok('briefpapier.proefpagina', { concept: false })
    // Glyphs from the emoji font are embedded (a box would be a Liberation glyph), and the text still reads as emoji.
    expect(pdfFonts(file.pdf)).toMatch(/Type 3/)
    expect(flat(pdfText(file.pdf))).toContain('Zorgkantoor 🌷 Proef 👩‍⚕️ (fictief)')
  }, 60_000)
})
