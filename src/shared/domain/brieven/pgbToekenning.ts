import { formatDateLong as d, formatMoney as m } from '../../format/nl'
import { daysBetween } from '../termijnen/calendar'
import { OP_MAAT_VANAF } from '../plannen/opMaat'
import type { Blok } from '../../print/brief'
import { art, type Artikel } from './artikelen'
import { aanvraagZin, blok } from './blok'
import type { BriefDossier } from './dossier'
import type { BriefGegevens } from './gegevens'
import type { Besluit } from './motivering'

/** Checks an amount before 2025: required, above zero, and not above the maximum for the zorgprofiel. */
export function bedragProblemen(g: BriefGegevens): string[] {
  if (g.jaarbedragCenten === null) return ['Vul het budget per jaar in.']
  if (g.jaarbedragCenten === 0) return ['Het budget per jaar moet hoger zijn dan € 0,00.']
  if (g.maximumCenten !== null && g.jaarbedragCenten > g.maximumCenten)
    return [`Het budget per jaar (${m(g.jaarbedragCenten)}) is hoger dan het maximum voor dit zorgprofiel (${m(g.maximumCenten)}).`]
  return []
}

type Plan = NonNullable<BriefDossier['budgetplan']>

/**
 * Op maat: the amount is the vastgesteld budgetplan's total. A lower amount needs a written reason
 * (printed in the motivering); a higher one is refused, because the budget follows from the plan.
 */
export function toekenningBedragProblemen(g: BriefGegevens, plan: Plan): string[] {
  const bedrag = g.toegekendCenten ?? plan.totaalCent
  if (bedrag === 0) return ['Het toegekende bedrag moet hoger zijn dan € 0,00.']
  if (bedrag > plan.totaalCent)
    return [
      `Het toegekende bedrag (${m(bedrag)}) is hoger dan het totaal van het vastgestelde budgetplan (${m(plan.totaalCent)}). Een pgb op maat volgt uit het budgetplan: pas het plan aan en stel een nieuwe versie vast.`,
    ]
  if (bedrag < plan.totaalCent && !g.bedragAfwijkingReden.trim())
    return [`Schrijf op waarom u minder toekent dan het totaal van het budgetplan (${m(plan.totaalCent)}). Die reden komt in de brief.`]
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

/** The blocks every pgb toekenning shares: verantwoordingsvrij bedrag, obligations, vaststelling. */
function vasteBlokken(g: BriefGegevens, bedrag: number | null): { blokken: Blok[]; ontbrekend: string[] } {
  const vv = g.verantwoordingsvrijCenten
  const ontbrekend = vv === null ? ['Vul het verantwoordingsvrije bedrag in.'] : []
  if (vv !== null && bedrag !== null && vv > bedrag)
    ontbrekend.push('Het verantwoordingsvrije bedrag is hoger dan het budget voor deze periode.')
  const pct = bedrag && vv !== null ? `${((vv / bedrag) * 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })}%` : ''
  return {
    ontbrekend,
    blokken: [
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
  }
}

const GRONDSLAG: Artikel[] = [art('Wlz', '3.3.3'), art('Blz', '3.6.1'), art('Blz', '3.6.3')]
const SUBSIDIE: Artikel = { wet: 'Awb', nummer: '', titel: 'titel 4.2 (subsidies)', geverifieerd: true }
const besluitZin = (wijziging: boolean, bedrag: string, periode: string) =>
  wijziging
    ? `Wij wijzigen uw persoonsgebonden budget (pgb). U krijgt ${bedrag} voor de periode ${periode}.`
    : `Wij kennen u een persoonsgebonden budget (pgb) toe. U krijgt ${bedrag} voor de periode ${periode}.`

/**
 * Before 2025: the budget for the zorgprofiel, pro rata per day. A caller without the dossier
 * (phase 1) gets this for a later year too, but the letter then does not claim the amount follows
 * the zorgprofiel, which stopped being true on 1 January 2025.
 */
function perProfiel(g: BriefGegevens, wijziging: boolean): Besluit {
  const p = pgbPeriode(g)
  const profiel = !g.ingangsdatum || g.ingangsdatum < OP_MAAT_VANAF
  const vast = vasteBlokken(g, p?.bedrag ?? null)
  const bedrag = p ? m(p.bedrag) : '[bedrag]'
  return {
    inleiding: wijziging
      ? ['Uw persoonsgebonden budget (pgb) verandert. In deze brief leest u wat er verandert en waarom.']
      : g.aanvraagOntvangenOp
        ? aanvraagZin(g, 'een persoonsgebonden budget (pgb)')
        : [
            `Een persoonsgebonden budget (pgb) wordt per kalenderjaar toegekend. In deze brief leest u welk budget u krijgt${p ? ` voor ${p.start.slice(0, 4)}` : ''}.`,
          ],
    besluit: [
      besluitZin(wijziging, bedrag, p ? `van ${d(p.start)} tot en met ${d(p.eind)}` : '[periode]'),
      'Een pgb geldt voor één kalenderjaar. Voor het volgende jaar krijgt u in december een nieuwe brief.',
    ],
    details: [
      blok(
        'berekening',
        'Zo hebben wij het bedrag berekend',
        [`${profiel ? 'Het budget hoort bij uw zorgprofiel. ' : ''}Voor een deel van het jaar rekenen wij per dag.`],
        {
          tabel: [
            {
              label: profiel ? 'Budget per jaar voor uw zorgprofiel' : 'Budget per jaar',
              waarde: g.jaarbedragCenten !== null ? m(g.jaarbedragCenten) : '[bedrag]',
            },
            { label: 'Periode', waarde: p ? `${d(p.start)} t/m ${d(p.eind)}` : '[periode]' },
            { label: 'Aantal dagen', waarde: p ? `${p.dagen} van ${p.dagenInJaar}` : '[dagen]' },
            { label: 'Budget voor deze periode', waarde: bedrag },
          ],
        },
      ),
      ...vast.blokken,
    ],
    redenen: [
      'U voldoet aan de voorwaarden voor een pgb.',
      'Een pgb wordt per kalenderjaar toegekend. Daarom loopt deze toekenning tot en met 31 december.',
    ],
    grondslag: [...GRONDSLAG, SUBSIDIE],
    ontbrekend: [...(g.ingangsdatum ? [] : ['Vul de ingangsdatum in.']), ...bedragProblemen(g), ...vast.ontbrekend],
  }
}

/** From 2025: the budget op maat, the total of the vastgesteld budgetplan (or less, with a reason). */
function opMaat(g: BriefGegevens, wijziging: boolean, plan: Plan | null): Besluit {
  if (!plan)
    return {
      ...perProfiel(g, wijziging),
      ontbrekend: ['Stel eerst het budgetplan vast. Vanaf 2025 volgt het pgb op maat uit het vastgestelde budgetplan.'],
    }
  const bedrag = g.toegekendCenten ?? plan.totaalCent
  const dagen = daysBetween(plan.periodeVan, plan.periodeTot) + 1
  const vast = vasteBlokken(g, bedrag)
  const ontbrekend = [...toekenningBedragProblemen(g, plan), ...vast.ontbrekend]
  if (g.ingangsdatum && g.ingangsdatum !== plan.periodeVan)
    ontbrekend.push(
      `De ingangsdatum (${d(g.ingangsdatum)}) is niet de begindatum van het vastgestelde budgetplan (${d(plan.periodeVan)}). Het pgb op maat geldt voor de periode van het budgetplan.`,
    )
  const lager = bedrag < plan.totaalCent
  return {
    inleiding: wijziging
      ? ['Uw persoonsgebonden budget (pgb) verandert. In deze brief leest u wat er verandert en waarom.']
      : g.aanvraagOntvangenOp
        ? aanvraagZin(g, 'een persoonsgebonden budget (pgb)')
        : [
            `Een persoonsgebonden budget (pgb) wordt per kalenderjaar toegekend. In deze brief leest u welk budget u krijgt voor ${plan.periodeVan.slice(0, 4)}.`,
          ],
    besluit: [
      besluitZin(wijziging, m(bedrag), `van ${d(plan.periodeVan)} tot en met ${d(plan.periodeTot)}`),
      'Een pgb geldt voor één kalenderjaar. Voor het volgende jaar krijgt u in december een nieuwe brief.',
    ],
    details: [
      blok(
        'berekening',
        'Zo hebben wij het bedrag berekend',
        [
          'U krijgt een pgb op maat. Het bedrag volgt uit uw budgetplan: de zorg die uw zorgverleners geven, tegen hun tarieven. Die tarieven zijn niet hoger dan de maximumtarieven. Voor een deel van het jaar rekenen wij per dag.',
        ],
        {
          tabel: [
            { label: 'Budgetplan', waarde: `versie ${plan.nummer}, vastgesteld op ${d(plan.vastgesteldOp)}` },
            { label: 'Periode', waarde: `${d(plan.periodeVan)} t/m ${d(plan.periodeTot)}` },
            { label: 'Aantal dagen', waarde: String(dagen) },
            { label: 'Totaal van het budgetplan', waarde: m(plan.totaalCent) },
            { label: 'Budget voor deze periode', waarde: m(bedrag) },
          ],
        },
      ),
      ...vast.blokken,
    ],
    redenen: [
      'U voldoet aan de voorwaarden voor een pgb.',
      `Vanaf 1 januari 2025 is een pgb in de Wet langdurige zorg een pgb op maat. Het budget volgt uit uw budgetplan, dat wij op ${d(plan.vastgesteldOp)} hebben vastgesteld.`,
      'Een pgb wordt per kalenderjaar toegekend. Daarom loopt deze toekenning tot en met 31 december.',
    ],
    naRedenen: lager
      ? [
          `U krijgt ${m(bedrag)}. Dat is minder dan het totaal van uw budgetplan (${m(plan.totaalCent)}). De reden: ${g.bedragAfwijkingReden.trim()}`,
        ]
      : [],
    grondslag: [...GRONDSLAG, art('Blz', '3.6.5'), SUBSIDIE],
    ontbrekend,
  }
}

/**
 * A pgb toekenning (or wijziging): op maat from 2025 when the dossier is known, else the budget for
 * the zorgprofiel. `dossier` undefined: the caller did not read the dossier (phase 1), and the
 * letter is made as before 2025, however its date.
 */
export function pgbToekenning(g: BriefGegevens, wijziging: boolean, dossier?: BriefDossier): Besluit {
  const start = g.ingangsdatum ?? dossier?.budgetplan?.periodeVan ?? null
  return dossier && start !== null && start >= OP_MAAT_VANAF ? opMaat(g, wijziging, dossier.budgetplan) : perProfiel(g, wijziging)
}
