import { formatDateLong as d } from '../../format/nl'
import { art } from './artikelen'
import { aanvraagZin, blok } from './blok'
import type { BriefDossier } from './dossier'
import type { BriefGegevens } from './gegevens'
import type { Grond } from './gronden'
import { gekozenGronden, type Besluit } from './motivering'
import { pgbToekenning } from './pgbToekenning'
import { zienswijzeAlinea } from './zienswijze'

export { bedragProblemen, pgbPeriode, pgbToekenning } from './pgbToekenning'

/** Wlz 3.3.3: a pgb needs every condition of lid 4 and none of the refusals of lid 5, Blz 3.6.2 or the Rlz. */
export function pgbAfwijzing(g: BriefGegevens): Besluit {
  const gr = gekozenGronden('pgb_afwijzing', g)
  const zienswijze = zienswijzeAlinea(g)
  return {
    inleiding: aanvraagZin(g, 'een persoonsgebonden budget (pgb)'),
    besluit: ['Wij wijzen uw aanvraag voor een persoonsgebonden budget (pgb) af. U krijgt dus geen pgb.'],
    details: [
      blok('gevolgen', 'Wat betekent dit voor u?', [
        'U heeft nog steeds recht op zorg uit de Wet langdurige zorg. U kunt die zorg krijgen van een zorgaanbieder waarmee wij een contract hebben (zorg in natura). Wilt u dat? Neem dan contact met ons op.',
      ]),
    ],
    redenen: ['Voor een pgb moet u aan alle voorwaarden voldoen. Dat is niet zo:', ...gr.redenen],
    naRedenen: zienswijze.alineas,
    grondslag: [art('Wlz', '3.3.3'), ...gr.artikelen],
    ontbrekend: [
      ...gr.ontbrekend,
      ...(g.aanvraagOntvangenOp ? [] : ['Vul de datum in waarop de aanvraag is ontvangen.']),
      ...zienswijze.ontbrekend,
    ],
  }
}

/**
 * Rlz (2015: art. 5.20) via Blz 3.6.7 onder b: some grounds oblige the zorgkantoor to change or
 * withdraw the pgb, others allow it after weighing the client's interests. The letter says which.
 */
export function moetOfMag(gronden: readonly Grond[], wat: 'wijzigen of intrekken' | 'intrekken'): string[] {
  if (!gronden.length) return []
  if (gronden.some((x) => x.soort === 'moet')) return [`Bij deze reden moeten wij het pgb ${wat}. Dat staat in de regels voor het pgb.`]
  return [
    `Bij deze reden mogen wij het pgb ${wat}, maar het hoeft niet. Daarom hebben wij uw belangen afgewogen. Wat wij daarover hebben vastgesteld, leest u hierboven.`,
  ]
}

const WIJZIGING_GRONDSLAG = [art('Blz', '3.6.7', undefined, 'b')]

export function pgbIntrekking(g: BriefGegevens): Besluit {
  const gr = gekozenGronden('pgb_intrekking', g)
  const zienswijze = zienswijzeAlinea(g)
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
    naRedenen: [...moetOfMag(gr.gronden, 'intrekken'), ...zienswijze.alineas],
    grondslag: [...WIJZIGING_GRONDSLAG, ...gr.artikelen],
    ontbrekend: [...gr.ontbrekend, ...(g.ingangsdatum ? [] : ['Vul de datum in waarop het pgb stopt.']), ...zienswijze.ontbrekend],
  }
}

/** A wijziging: the new budget as a toekenning gives it, on a ground of the wijziging list. */
export function pgbWijziging(g: BriefGegevens, dossier?: BriefDossier): Besluit {
  const b = pgbToekenning(g, true, dossier)
  const gr = gekozenGronden('pgb_wijziging', g)
  const zienswijze = zienswijzeAlinea(g)
  return {
    ...b,
    redenen: gr.redenen,
    naRedenen: [...moetOfMag(gr.gronden, 'wijzigen of intrekken'), ...(b.naRedenen ?? []), ...zienswijze.alineas],
    grondslag: [...b.grondslag.filter((a) => a.wet !== 'Awb'), ...WIJZIGING_GRONDSLAG, ...gr.artikelen],
    ontbrekend: [...b.ontbrekend, ...gr.ontbrekend, ...zienswijze.ontbrekend],
  }
}
