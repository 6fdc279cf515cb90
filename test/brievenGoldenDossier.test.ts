import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PdfRenderer } from '../src/main/print/pdfRenderer'
import { stampPageNumbers } from '../src/main/print/pdfPages'
import { bron, DOSSIER } from '../src/shared/domain/brieven/bron.fixture'
import type { BriefGegevens } from '../src/shared/domain/brieven/gegevens'
import { briefInhoud, type BriefBron } from '../src/shared/domain/brieven/inhoud'
import { BRIEFPAPIER, bewaarPdf } from './helpers/brieven'
import { chromiumPdfForTests, pdfInfo, pdfText, pdfWords } from './helpers/pdf'

// Golden letters made with the dossier facts phase 2 will read (indicatie, vastgesteld budgetplan,
// gelijkgestelde dagen), laid out by the real print page and numbered as pdfPages.ts numbers them.
// UPDATE_GOLDEN=1 rewrites the texts in test/golden/brieven/dossier after a deliberate change.
let pdf: PdfRenderer
beforeAll(async () => void (pdf = await chromiumPdfForTests()), 60_000)
afterAll(() => pdf.close())

const FEITEN = 'Op 12 november 2026 hebben wij met u gesproken over uw budgetplan.'
const GEVALLEN: Record<string, { soort: BriefBron['soort']; gegevens: Partial<BriefGegevens>; datum?: string; toelichting?: string }> = {
  // Max's budgetplan for 2027 (fictitious), vastgesteld: the toekenning grants exactly its total.
  pgb_toekenning_op_maat: { soort: 'pgb_toekenning', gegevens: { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 9_558 } },
  pgb_toekenning_op_maat_lager: {
    soort: 'pgb_toekenning',
    gegevens: {
      ingangsdatum: '2027-01-01',
      verantwoordingsvrijCenten: 9_000,
      toegekendCenten: 600_000,
      bedragAfwijkingReden: 'De logeeropvang in juli betaalt de gemeente uit de Wmo; die zorg telt hier niet mee.',
    },
    toelichting: FEITEN,
  },
  vpt_toekenning_indicatie: {
    soort: 'vpt_toekenning',
    gegevens: { ingangsdatum: '2026-12-01', aanbieder: 'Zorggroep Duinzicht (fictief)' },
  },
  // Sent 1 January 2027, adviescommissie: twelve weeks after 12 February is Friday 7 May 2027, gelijkgesteld.
  ontvangst_bezwaar_adviescommissie: {
    soort: 'ontvangst_bezwaar',
    gegevens: {
      bezwaarOntvangenOp: '2027-01-18',
      bestredenKenmerk: 'BR-2027-000003',
      bestredenBekendgemaaktOp: '2027-01-01',
      adviescommissie: true,
    },
    datum: '2027-01-20',
  },
}

async function maak(naam: string) {
  const c = GEVALLEN[naam]!
  const b = bron(c.soort, c.gegevens, {
    dossier: DOSSIER,
    briefpapier: BRIEFPAPIER,
    toelichting: c.toelichting ?? '',
    ...(c.datum ? { datum: c.datum } : {}),
  })
  const r = briefInhoud(b)
  expect(r.ontbrekend).toEqual([])
  const bytes = await stampPageNumbers(await pdf.render({ kind: 'brief', concept: false, ...r.props }))
  return { bytes, base64: Buffer.from(bytes).toString('base64') }
}

describe('golden letters with the dossier', () => {
  it.each(Object.keys(GEVALLEN))(
    '%s: text as reviewed',
    async (naam) => {
      const { base64 } = await maak(naam)
      bewaarPdf(naam, base64)
      const text = pdfText(base64).replace(/[ \t]+$/gm, '')
      const golden = `test/golden/brieven/dossier/${naam}.txt`
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync('test/golden/brieven/dossier', { recursive: true })
        writeFileSync(golden, text)
      }
      if (!existsSync(golden)) throw new Error(`No golden text for ${naam}: run with UPDATE_GOLDEN=1, then review ${golden}`)
      expect(text).toBe(readFileSync(golden, 'utf8'))
    },
    30_000,
  )

  it.each([
    ['vpt_toekenning_indicatie', 2],
    ['pgb_toekenning_op_maat', 3],
  ] as const)(
    '%s: a continuation header on every next page, the signature not alone',
    async (naam, paginas) => {
      const { base64 } = await maak(naam)
      expect(pdfInfo(base64).Pages).toBe(String(paginas))
      const words = pdfWords(base64)
      const pageOf = (word: string) => words.filter((w) => w.includes(`>${word}</word>`)).map((w) => Number(w.split(' ')[0]))
      // Kenmerk and client name on top of every continuation page (page 1 has them in its reference block).
      for (let p = 2; p <= paginas; p++) {
        expect(pageOf('BR-2026-000042')).toContain(p)
        expect(pageOf('Adriaanse')).toContain(p)
        expect(pdfText(base64)).toContain(`pagina ${p} van ${paginas}`)
      }
      // The closing question, the greeting and the signature share one page.
      const [vragen] = pageOf('vragen?')
      expect(pageOf('groet,')).toEqual([vragen])
      expect(pageOf('mandaat')).toEqual([vragen])
    },
    30_000,
  )
})
