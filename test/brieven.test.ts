import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { chromiumPdfForTests, flat, pdfText } from './helpers/pdf'
import { BRIEFPAPIER, bewaarPdf, clientMetAdres } from './helpers/brieven'
import type { PdfRenderer } from '../src/main/print/pdfRenderer'
import { sha256 } from '../src/main/features/brieven/brieven.service'
import { testBsns } from '../src/shared/domain/bsn'

let pdf: PdfRenderer
let b: TestBackend
const bsns = testBsns('9999')
const nextBsn = () => bsns.next().value as string

beforeAll(async () => {
  pdf = await chromiumPdfForTests()
  b = testBackend({ pdf })
  await withProfile(b)
  await b.ok('briefpapier.save', BRIEFPAPIER)
}, 60_000)
afterAll(async () => {
  b.dispose()
  await pdf.close()
})

async function afwijzing() {
  const client = await clientMetAdres(b, { bsn: nextBsn() })
  return b.ok('brieven.create', { clientId: client.id, soort: 'pgb_afwijzing', gegevens: {} })
}

describe('brieven: concept, finalise, archive', () => {
  it('lists what is missing and refuses to finalise an incomplete letter', async () => {
    const brief = await afwijzing()
    expect(brief.status).toBe('concept')
    expect(brief.ontbrekend).toEqual(['Kies minstens één reden uit de lijst.', 'Vul de datum in waarop de aanvraag is ontvangen.'])
    const r = await b.call('brieven.finalise', { id: brief.id, version: brief.version })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION_ERROR')
      expect(r.error.issues?.map((i) => i.message)).toEqual(brief.ontbrekend)
    }
  })

  it('finalises a pgb afwijzing: kenmerk, archived PDF with every Awb element, reprint identical', async () => {
    const concept = await afwijzing()
    const filled = await b.ok('brieven.update', {
      id: concept.id,
      version: concept.version,
      gegevens: { aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4e', 'blz-3.6.2-1b'] },
      vrijeTekst: { toelichting: 'Wij hebben u twee keer uitgenodigd.', afsluiting: '' },
    })
    expect(filled.ontbrekend).toEqual([])
    const done = await b.ok('brieven.finalise', { id: filled.id, version: filled.version })
    expect(done.status).toBe('definitief')
    expect(done.kenmerk).toMatch(/^BR-2026-\d{6}$/)
    expect(done.sha256).toMatch(/^[0-9a-f]{64}$/)

    const file = await b.ok('brieven.pdf', { id: done.id })
    expect(file.sha256).toBe(done.sha256)
    expect(sha256(Buffer.from(file.pdf, 'base64'))).toBe(done.sha256)
    const again = await b.ok('brieven.pdf', { id: done.id })
    expect(again.pdf).toBe(file.pdf)

    bewaarPdf('pgb-afwijzing', file.pdf)
    const text = flat(pdfText(file.pdf, 'raw'))
    for (const part of [
      done.kenmerk!,
      '22 november 2026',
      'Afwijzing aanvraag persoonsgebonden budget (pgb)',
      'Ons besluit',
      'Wij wijzen uw aanvraag voor een persoonsgebonden budget (pgb) af.',
      'U heeft bij uw aanvraag geen budgetplan ingeleverd. (Wlz art. 3.3.3 lid 4 onder e)',
      'Blz art. 3.6.2 lid 1 onder b',
      'Awb art. 3:46 en 3:47',
      'binnen zes weken na de dag waarop wij deze brief hebben verstuurd',
      'Bezwaar en Klachten Wlz',
      'uw handtekening',
      'Wij hebben u twee keer uitgenodigd.',
      'Test Adviseur',
      'Klantadviseur',
      'in mandaat',
      'pagina 1 van',
    ]) {
      expect(text).toContain(part)
    }
    expect(text).toMatch(/1011 AB +AMSTERDAM/)
    expect(text).not.toContain('CONCEPT')
  }, 30_000)
})
