import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { chromiumPdfForTests, flat, pdfInfo, pdfPageGrey, pdfText } from './helpers/pdf'
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

const briefpapier = {
  ...DEFAULT_BRIEFPAPIER,
  organisatie: 'Zorgkantoor Proef (fictief)',
  postadres: 'Postbus 99, 1000 AA  AMSTERDAM',
  telefoon: '020 000 00 00',
}

describe('print pipeline', () => {
  it('prints a true A4, tagged PDF with the letterhead, the address as PostNL wants it, and page numbers', async () => {
    await b.ok('briefpapier.save', briefpapier)
    const file = await b.ok('briefpapier.proefpagina', { concept: false })
    expect(file.bestandsnaam).toBe('proefafdruk-2026-11-22.pdf')
    const info = pdfInfo(file.pdf)
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/)
    expect(info.Tagged).toBe('yes')
    const text = pdfText(file.pdf)
    expect(text).toContain('Zorgkantoor Proef (fictief)')
    expect(text).toContain('Mevrouw A. Voorbeeld (proef)')
    // The double space before the city (PostNL) is in the text; pdftotext may show it as one.
    expect(text).toMatch(/1234 AB +VOORBEELDDORP/)
    expect(text).toContain('22 november 2026')
    expect(text).toContain('pagina 1 van 1')
    expect(text).not.toContain('CONCEPT')
  })

  it('marks drafts with a CONCEPT watermark', async () => {
    const file = await b.ok('briefpapier.proefpagina', { concept: true })
    expect(pdfText(file.pdf, 'raw')).toContain('CONCEPT')
  })

  it('puts the address inside the envelope window at the configured offsets', async () => {
    const at = (adresBoven: number) => b.ok('briefpapier.save', { ...briefpapier, venster: { ...briefpapier.venster, adresBoven } })
    await at(50)
    let page = pdfPageGrey((await b.ok('briefpapier.proefpagina', {})).pdf)
    // The first address line sits ≈ 9 mm below the window top (59 mm), 33 mm from the left.
    expect(page.darkness(34, 59, 50, 4)).toBeGreaterThan(0.02)
    expect(page.darkness(34, 47, 50, 8)).toBe(0)
    // Moved down 20 mm: the old spot is empty, the new one inked.
    await at(70)
    page = pdfPageGrey((await b.ok('briefpapier.proefpagina', {})).pdf)
    expect(page.darkness(34, 61, 50, 6)).toBe(0)
    expect(page.darkness(34, 79, 50, 4)).toBeGreaterThan(0.02)
  })

  it('prints user text literally, never as markup', async () => {
    await b.ok('briefpapier.save', { ...briefpapier, organisatie: '<script>alert(1)</script> & <b>Zorg</b>' })
    const text = flat(pdfText((await b.ok('briefpapier.proefpagina', {})).pdf))
    expect(text).toContain('<script>alert(1)</script> & <b>Zorg</b>')
  })

  it('refuses bad letterhead settings with Dutch messages and keeps the old ones', async () => {
    await b.ok('briefpapier.save', briefpapier)
    const bad = await b.call('briefpapier.save', {
      ...briefpapier,
      logo: 'data:text/html;base64,PHNjcmlwdD4=',
      venster: { ...briefpapier.venster, adresLinks: 300 },
    })
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.error.issues?.map((i) => i.message)).toEqual(
        expect.arrayContaining(['Het logo moet een PNG- of JPEG-afbeelding zijn.', 'Maximaal 120 mm.']),
      )
    }
    expect((await b.ok('briefpapier.get', {})).organisatie).toBe('Zorgkantoor Proef (fictief)')
  })

  it('says plainly when a workstation has no PDF renderer', async () => {
    const bare = testBackend()
    try {
      const r = await bare.call('briefpapier.proefpagina', {})
      expect(r.ok === false && r.error).toMatchObject({ code: 'NOT_READY', message: expect.stringMatching(/PDF/) })
    } finally {
      bare.dispose()
    }
  })
})
