import { formatDateLong as d, formatMoney as m } from '../../format/nl'
import { daysBetween } from '../termijnen/calendar'
import type { Blok } from '../../print/brief'
import type { BriefGegevens } from './gegevens'
import { grondenVoor, type BriefSoort } from './soorten'

/** The type-specific part of a letter: what was decided, why, on which articles, and what is missing. */
export interface Besluit {
  inleiding: string[]
  besluit: string[]
  details: Blok[]
  redenen: string[]
  grondslag: string[]
  ontbrekend: string[]
}

export const blok = (id: string, titel: string | null, alineas: string[], extra: Partial<Blok> = {}): Blok => ({
  id,
  titel,
  alineas,
  lijst: [],
  tabel: [],
  vrij: false,
  ...extra,
})

export function aanvraagZin(g: BriefGegevens, wat: string): string[] {
  return g.aanvraagOntvangenOp
    ? [`Op ${d(g.aanvraagOntvangenOp)} hebben wij uw aanvraag voor ${wat} ontvangen. In deze brief leest u ons besluit.`]
    : [`U heeft ${wat} aangevraagd. In deze brief leest u ons besluit.`]
}

/** The chosen grounds with their texts and articles; at least one is required. */
export function gekozenGronden(soort: BriefSoort, g: BriefGegevens): { redenen: string[]; artikelen: string[]; ontbrekend: string[] } {
  const lijst = grondenVoor(soort).filter((gr) => g.gronden.includes(gr.code))
  return {
    redenen: lijst.map((gr) => `${gr.tekst} (${gr.artikel})`),
    artikelen: [...new Set(lijst.map((gr) => gr.artikel))],
    ontbrekend: lijst.length ? [] : ['Kies minstens één reden uit de lijst.'],
  }
}

/** Checks an amount: required, above zero, and not above the maximum for the zorgprofiel. */
export function bedragProblemen(g: BriefGegevens): string[] {
  if (g.jaarbedragCenten === null) return ['Vul het budget per jaar in.']
  if (g.jaarbedragCenten === 0) return ['Het budget per jaar moet hoger zijn dan € 0,00.']
  if (g.maximumCenten !== null && g.jaarbedragCenten > g.maximumCenten)
    return [`Het budget per jaar (${m(g.jaarbedragCenten)}) is hoger dan het maximum voor dit zorgprofiel (${m(g.maximumCenten)}).`]
  return []
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * Blz 3.6.1: a pgb is granted per calendar year, so the period ends on 31 December at the latest.
 * A part of a year is pro rata by days ([RLZ15] 5.14 lid 3): year amount × days / days in the year.
 */
export function pgbPeriode(g: BriefGegevens): { start: string; eind: string; dagen: number; dagenInJaar: number; bedrag: number } | null {
  if (!g.ingangsdatum || g.jaarbedragCenten === null) return null
  const year = Number(g.ingangsdatum.slice(0, 4))
  const jaarEinde = `${year}-12-31`
  const eind = g.einddatum && g.einddatum < jaarEinde && g.einddatum >= g.ingangsdatum ? g.einddatum : jaarEinde
  const dagen = daysBetween(g.ingangsdatum, eind) + 1
  const dagenInJaar = isLeap(year) ? 366 : 365
  return { start: g.ingangsdatum, eind, dagen, dagenInJaar, bedrag: Math.round((g.jaarbedragCenten * dagen) / dagenInJaar) }
}

const VERPLICHTINGEN = [
  'U betaalt uw zorgverleners alleen via de Sociale Verzekeringsbank (SVB). U krijgt het geld niet op uw eigen rekening.',
  'U koopt zorg van goede kwaliteit in.',
  'U sluit met iedere zorgverlener een zorgovereenkomst volgens het model van de SVB, met een zorgbeschrijving.',
  'Verandert er iets? Dan past u de zorgovereenkomst en de zorgbeschrijving aan.',
  'Een zorgverlener werkt niet meer dan 40 uur per week voor u.',
  'U koopt geen zorg in bij een mantelzorger die daardoor te zwaar belast wordt.',
  'U geeft veranderingen die belangrijk zijn voor uw pgb direct aan ons door.',
]

export function pgbToekenning(g: BriefGegevens, wijziging: boolean): Besluit {
  const ontbrekend = [...(g.ingangsdatum ? [] : ['Vul de ingangsdatum in.']), ...bedragProblemen(g)]
  if (g.verantwoordingsvrijCenten === null) ontbrekend.push('Vul het verantwoordingsvrije bedrag in.')
  const p = pgbPeriode(g)
  if (p && g.verantwoordingsvrijCenten !== null && g.verantwoordingsvrijCenten > p.bedrag)
    ontbrekend.push('Het verantwoordingsvrije bedrag is hoger dan het budget voor deze periode.')
  const bedrag = p ? m(p.bedrag) : '[bedrag]'
  const periode = p ? `van ${d(p.start)} tot en met ${d(p.eind)}` : '[periode]'
  const vv = g.verantwoordingsvrijCenten
  const pct = p && vv !== null && p.bedrag > 0 ? `${((vv / p.bedrag) * 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })}%` : ''
  return {
    inleiding: wijziging
      ? ['Uw persoonsgebonden budget (pgb) verandert. In deze brief leest u wat er verandert en waarom.']
      : g.aanvraagOntvangenOp
        ? aanvraagZin(g, 'een persoonsgebonden budget (pgb)')
        : [
            `Een persoonsgebonden budget (pgb) wordt per kalenderjaar toegekend. In deze brief leest u welk budget u krijgt${p ? ` voor ${p.start.slice(0, 4)}` : ''}.`,
          ],
    besluit: [
      wijziging
        ? `Wij wijzigen uw persoonsgebonden budget (pgb). U krijgt ${bedrag} voor de periode ${periode}.`
        : `Wij kennen u een persoonsgebonden budget (pgb) toe. U krijgt ${bedrag} voor de periode ${periode}.`,
      'Een pgb geldt voor één kalenderjaar. Voor het volgende jaar krijgt u in december een nieuwe brief.',
    ],
    details: [
      blok(
        'berekening',
        'Zo hebben wij het bedrag berekend',
        ['Het budget hoort bij uw zorgprofiel. Voor een deel van het jaar rekenen wij per dag.'],
        {
          tabel: [
            { label: 'Budget per jaar voor uw zorgprofiel', waarde: g.jaarbedragCenten !== null ? m(g.jaarbedragCenten) : '[bedrag]' },
            { label: 'Periode', waarde: p ? `${d(p.start)} t/m ${d(p.eind)}` : '[periode]' },
            { label: 'Aantal dagen', waarde: p ? `${p.dagen} van ${p.dagenInJaar}` : '[dagen]' },
            { label: 'Budget voor deze periode', waarde: bedrag },
          ],
        },
      ),
      blok('verantwoordingsvrij', 'Verantwoordingsvrij bedrag', [
        vv !== null
          ? `Van uw budget hoeft u ${m(vv)} niet te verantwoorden${pct ? ` (${pct} van het budget voor deze periode)` : ''}. Dit bedrag betaalt de SVB aan u uit. U mag het gebruiken voor kosten die bij uw pgb horen, zoals reiskosten van zorgverleners.`
          : 'Verantwoordingsvrij bedrag: [bedrag].',
      ]),
      blok(
        'verplichtingen',
        'Uw verplichtingen',
        ['Aan dit pgb zijn verplichtingen verbonden. Houdt u zich daar niet aan, dan kunnen wij het pgb verlagen of terugvorderen.'],
        { lijst: VERPLICHTINGEN },
      ),
      blok('vaststelling', 'Na afloop van het jaar', [
        'Na afloop van het jaar stellen wij het budget definitief vast. Dat doen wij op basis van wat de SVB heeft betaald, plus het verantwoordingsvrije bedrag.',
      ]),
    ],
    redenen: wijziging
      ? ['Uw situatie is veranderd. Daarom past het budget niet meer bij uw zorg. Hieronder leest u de toelichting.']
      : [
          'U voldoet aan de voorwaarden voor een pgb.',
          'Een pgb wordt per kalenderjaar toegekend. Daarom loopt deze toekenning tot en met 31 december.',
        ],
    grondslag: wijziging
      ? ['Wlz art. 3.3.3', 'Blz art. 3.6.1 en 3.6.3', 'Awb art. 4:48']
      : ['Wlz art. 3.3.3', 'Blz art. 3.6.1 en 3.6.3', 'Awb titel 4.2 (subsidies)'],
    ontbrekend,
  }
}

export function pgbAfwijzing(g: BriefGegevens): Besluit {
  const gr = gekozenGronden('pgb_afwijzing', g)
  return {
    inleiding: aanvraagZin(g, 'een persoonsgebonden budget (pgb)'),
    besluit: ['Wij wijzen uw aanvraag voor een persoonsgebonden budget (pgb) af. U krijgt dus geen pgb.'],
    details: [
      blok('gevolgen', 'Wat betekent dit voor u?', [
        'U heeft nog steeds recht op zorg uit de Wet langdurige zorg. U kunt die zorg krijgen van een zorgaanbieder waarmee wij een contract hebben (zorg in natura). Wilt u dat? Neem dan contact met ons op.',
      ]),
    ],
    redenen: ['Voor een pgb moet u aan alle voorwaarden voldoen. Dat is niet zo:', ...gr.redenen],
    grondslag: ['Wlz art. 3.3.3', ...gr.artikelen.filter((a) => a !== 'Wlz art. 3.3.3')],
    ontbrekend: [...gr.ontbrekend, ...(g.aanvraagOntvangenOp ? [] : ['Vul de datum in waarop de aanvraag is ontvangen.'])],
  }
}

export function pgbIntrekking(g: BriefGegevens): Besluit {
  const gr = gekozenGronden('pgb_intrekking', g)
  return {
    inleiding: ['In deze brief leest u dat uw persoonsgebonden budget (pgb) stopt, en waarom.'],
    besluit: [
      `Wij trekken uw persoonsgebonden budget (pgb) in${g.ingangsdatum ? ` vanaf ${d(g.ingangsdatum)}` : ''}. Vanaf die datum betaalt de SVB uw zorgverleners niet meer uit uw pgb.`,
    ],
    details: [
      blok('gevolgen', 'Wat betekent dit voor u?', [
        'Zeg de zorgovereenkomsten met uw zorgverleners op tijd op. Heeft u daarna nog zorg nodig? Neem dan contact met ons op over zorg in natura.',
      ]),
    ],
    redenen: gr.redenen,
    grondslag: [...gr.artikelen, 'Awb art. 4:48'],
    ontbrekend: [...gr.ontbrekend, ...(g.ingangsdatum ? [] : ['Vul de datum in waarop het pgb stopt.'])],
  }
}
