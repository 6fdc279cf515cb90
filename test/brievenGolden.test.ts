import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBackend } from './helpers/backend'
import { flat, pdfText } from './helpers/pdf'
import { openBriefBackend, bewaarPdf, clientMetAdres } from './helpers/brieven'
import type { RouteInput } from '../src/shared/contracts/catalog'
import { BRIEF_SOORTEN, SOORT_INFO, type BriefSoort } from '../src/shared/domain/brieven/soorten'
import { testBsns } from '../src/shared/domain/bsn'

// Golden tests: every letter type, finalised, read back with pdftotext and compared with the
// reviewed text in test/golden/brieven (UPDATE_GOLDEN=1 rewrites them after a deliberate change).
let b: TestBackend
const bsns = testBsns('9998')
let close: () => Promise<void>
beforeAll(async () => void ({ b, close } = await openBriefBackend()), 60_000)
afterAll(() => close())

type Gegevens = RouteInput<'brieven.create'>['gegevens']
const COMPLEET: Record<BriefSoort, Gegevens> = {
  // Before 2025 the budget follows the zorgprofiel; from 2025 it is op maat (brievenGoldenDossier.test.ts, with the dossier).
  pgb_toekenning: { ingangsdatum: '2024-01-01', jaarbedragCenten: 4_812_345, maximumCenten: 6_000_000, verantwoordingsvrijCenten: 72_185 },
  pgb_afwijzing: { aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4b', 'blz-3.6.2-1c'] },
  pgb_wijziging: {
    ingangsdatum: '2024-12-01',
    jaarbedragCenten: 3_650_000,
    verantwoordingsvrijCenten: 25_000,
    gronden: ['intrekking-verzoek'],
  },
  pgb_intrekking: { ingangsdatum: '2026-12-01', gronden: ['intrekking-verblijf'] },
  vpt_toekenning: { aanvraagOntvangenOp: '2026-10-15', ingangsdatum: '2026-12-01', aanbieder: 'Zorggroep Duinzicht (fictief)' },
  vpt_afwijzing: { aanvraagOntvangenOp: '2026-10-15', gronden: ['wlz-3.3.2-verantwoord'] },
  mpt_toekenning: { aanvraagOntvangenOp: '2026-10-15', ingangsdatum: '2026-12-01', aanbieder: 'Thuiszorg Polderland (fictief)' },
  mpt_afwijzing: { aanvraagOntvangenOp: '2026-10-15', gronden: ['wlz-3.3.2-4b-kosten', 'wlz-3.3.2-4a-doelmatig'] },
  overbrugging: { leveringsvorm: 'mpt', ingangsdatum: '2026-12-01', aanbieder: 'Thuiszorg Polderland (fictief)' },
  meerzorg_toekenning: { aanvraagOntvangenOp: '2026-10-20', ingangsdatum: '2026-12-01', einddatum: '2027-11-30', urenPerWeek: 6.5 },
  meerzorg_afwijzing: { aanvraagOntvangenOp: '2026-10-20', gronden: ['meerzorg-25'] },
  uitnodiging_keuzegesprek: { gesprekDatum: '2026-12-03', gesprekTijd: '10:30' },
  bevestiging_wachtlijst: { ingangsdatum: '2026-11-20', aanbieder: 'Woonzorgcentrum De Linde (fictief)' },
  // Sent on Friday 2 October 2026: the bezwaartermijn ends on 13 November, the decision is due on
  // Christmas and moves to Monday 28 December (Atw), which the letter explains.
  ontvangst_bezwaar: { bezwaarOntvangenOp: '2026-11-10', bestredenKenmerk: 'BR-2026-000001', bestredenBekendgemaaktOp: '2026-10-02' },
  voornemen_afwijzing: {
    voornemenVoor: 'pgb',
    aanvraagOntvangenOp: '2026-10-01',
    gronden: ['wlz-3.3.3-4b', 'rlz-toestemming'],
    zienswijzeWeken: 2,
  },
  dubbel_verzekerd: { aanbieder: 'Verpleeghuis De Linde (fictief)', zorgverzekeraar: 'Zorgverzekeraar Proef (fictief)' },
}
// Awb 3:46: refusals and withdrawals carry the facts of the case in the toelichting.
const FEITEN = 'Op 12 november 2026 hebben wij met u gesproken. U vertelde dat u de administratie van het pgb niet zelf kunt doen.'
const TOELICHTING: Partial<Record<BriefSoort, string>> = {
  pgb_wijziging: 'U heeft ons schriftelijk gevraagd om het pgb aan te passen, omdat uw zorgprofiel is gewijzigd van VV 4 naar VV 5.',
  pgb_afwijzing: FEITEN,
  pgb_intrekking: 'U verblijft sinds 15 september 2026 in Verpleeghuis De Linde (fictief). Dat is langer dan twee maanden.',
  vpt_afwijzing: 'Bij het huisbezoek op 5 november 2026 zagen wij dat de woning niet veilig is voor zorg in bed.',
  mpt_afwijzing: 'Het mpt zoals u het vroeg kost € 61.000 per jaar; dezelfde zorg met een pgb kost € 48.000.',
  meerzorg_afwijzing: 'Uw zorgaanbieder schat uw extra zorg op 3 uur per week; dat is minder dan 25% van uw zorgprofiel.',
  voornemen_afwijzing: FEITEN,
}

const AWB = [
  'Ons besluit',
  'Waarom wij zo besluiten',
  'Wij baseren dit besluit op artikel',
  'Bent u het niet eens met dit besluit?',
  'binnen zes weken na de dag waarop wij deze brief hebben verstuurd',
  'Stuur uw bezwaarschrift naar: Zorgkantoor Proefregio (fictief), t.a.v. Bezwaar en Klachten Wlz',
  'uw naam en adres;',
  'de datum;',
  'om welk besluit het gaat',
  'waarom u het niet eens bent met het besluit;',
  'uw handtekening.',
  'in mandaat',
]

describe('golden letters', () => {
  it.each(BRIEF_SOORTEN)(
    '%s: complete, finalised, text as reviewed',
    async (soort) => {
      // A pgb letter before op maat rests on an indicatie in force in 2024.
      const ingangsdatum = soort === 'pgb_toekenning' || soort === 'pgb_wijziging' ? '2024-01-01' : undefined
      const client = await clientMetAdres(b, { bsn: bsns.next().value as string, ...(ingangsdatum ? { ingangsdatum } : {}) })
      const c = await b.ok('brieven.create', {
        clientId: client.id,
        soort,
        gegevens: COMPLEET[soort],
        vrijeTekst: { toelichting: TOELICHTING[soort] ?? '', afsluiting: '' },
      })
      expect(c.ontbrekend).toEqual([])
      const done = await b.ok('brieven.finalise', { id: c.id, version: c.version })
      const file = await b.ok('brieven.pdf', { id: done.id })
      bewaarPdf(soort, file.pdf)
      const text = flat(pdfText(file.pdf, 'raw'))
      expect(text).toContain(SOORT_INFO[soort].onderwerp)
      expect(text).toContain(done.kenmerk!)
      expect(text).toMatch(/pagina 1 van \d/)
      // No note to the adviser and no short citation in a letter to a citizen (B1).
      expect(text).not.toContain('Een besluit moet goed gemotiveerd zijn')
      expect(text).not.toMatch(/\b(Wlz|Blz|Rlz|Awb) art\./)
      for (const part of AWB) {
        if (SOORT_INFO[soort].beschikking) expect(text).toContain(part)
        else if (part !== 'in mandaat') expect(text).not.toContain(part)
      }
      const normalised = pdfText(file.pdf)
        .replaceAll(done.kenmerk!, 'BR-2026-KENMERK')
        .replace(/[ \t]+$/gm, '')
      const golden = `test/golden/brieven/${soort}.txt`
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
        if (!process.env.UPDATE_GOLDEN) throw new Error(`No golden text for ${soort}: run with UPDATE_GOLDEN=1, then review ${golden}`)
        writeFileSync(golden, normalised)
      }
      expect(normalised).toBe(readFileSync(golden, 'utf8'))
    },
    30_000,
  )
})
