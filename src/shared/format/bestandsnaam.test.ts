import { describe, expect, it } from 'vitest'
import { PdfFileSchema } from '../contracts/pdfFile'
import { pdfBestandsnaam } from './bestandsnaam'

describe('pdfBestandsnaam', () => {
  it('joins what the document is, its kenmerk and the client, without accents or spaces', () => {
    expect(pdfBestandsnaam('brief', 'ZK/2026/000123', 'Müller-Öztürk, J.A. (Jo)')).toBe('brief-ZK-2026-000123-Muller-Ozturk-J.A.-Jo.pdf')
  })
  it('leaves out empty parts and falls back to a plain name', () => {
    expect(pdfBestandsnaam('zorgplan', null, '', 'van den Berg')).toBe('zorgplan-van-den-Berg.pdf')
    expect(pdfBestandsnaam('💥', '   ')).toBe('document.pdf')
  })
  it('always passes the schema, also for long or hostile names', () => {
    for (const naam of ['<script>alert(1)</script>', '../../etc/passwd', 'x'.repeat(400), 'Ĳsbrand ʼt Hooft']) {
      expect(PdfFileSchema.safeParse({ bestandsnaam: pdfBestandsnaam('brief', naam), pdf: '' }).success).toBe(true)
    }
  })
})
