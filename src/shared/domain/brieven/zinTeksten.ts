import { formatDateLong as d } from '../../format/nl'
import { art, rlz } from './artikelen'
import { aanvraagZin, blok, nodig, PAKKET } from './blok'
import type { BriefGegevens } from './gegevens'
import { gekozenGronden, type Besluit } from './motivering'
import { zienswijzeAlinea } from './zienswijze'

/** Wlz 3.3.2 lid 3 (vpt) and lid 4 (mpt): granted unless not verantwoord or doelmatig; mpt also within the cost limit. */
const ZIN_LID = { vpt: art('Wlz', '3.3.2', 3), mpt: art('Wlz', '3.3.2', 4) }
/** What the law asks of care at home before it is granted: lid 3 for a vpt, lid 4 (with the cost limit against a pgb) for an mpt. */
const VOORWAARDEN = {
  vpt: 'Een volledig pakket thuis is alleen mogelijk als de zorg thuis op een verantwoorde en doelmatige manier kan worden gegeven. Dat is niet zo:',
  mpt: 'Een modulair pakket thuis is alleen mogelijk als de zorg thuis verantwoord en doelmatig is, en niet meer kost dan dezelfde zorg met een pgb. Dat is niet zo:',
}
/** The Rlz meerzorg conditions, 2015 numbering (art. 2.2); the current number is not verified. */
const RLZ_MEERZORG = rlz('2.2')

/** Wlz 3.3.2 lid 3 and 4: vpt or mpt when care at home is verantwoord and doelmatig; an mpt also costs no more than a pgb. */
export function zinToekenning(soort: 'vpt' | 'mpt', g: BriefGegevens): Besluit {
  return {
    inleiding: aanvraagZin(g, PAKKET[soort]),
    besluit: [
      `Wij kennen u ${PAKKET[soort]} toe${g.ingangsdatum ? ` vanaf ${d(g.ingangsdatum)}` : ''}. U krijgt uw zorg dan thuis.`,
      ...(g.aanbieder ? [`De zorg wordt geleverd door ${g.aanbieder}.`] : []),
    ],
    details: [
      blok('gevolgen', 'Hoe gaat het verder?', [
        'De zorgaanbieder neemt contact met u op. Samen maakt u binnen zes weken een zorgplan. Daarin staat welke zorg u krijgt en wanneer.',
      ]),
    ],
    redenen: [
      'De zorg die u nodig heeft, kan thuis op een verantwoorde manier worden gegeven.',
      soort === 'vpt'
        ? 'De zorg thuis is doelmatig.'
        : 'De zorg thuis is doelmatig, en het mpt kost niet meer dan dezelfde zorg met een pgb.',
    ],
    grondslag: [ZIN_LID[soort]],
    ontbrekend: [...nodig(g.ingangsdatum, 'Vul de ingangsdatum in.'), ...nodig(g.aanbieder, 'Vul de zorgaanbieder in.')],
  }
}

export function zinAfwijzing(soort: 'vpt' | 'mpt', g: BriefGegevens): Besluit {
  const gr = gekozenGronden(soort === 'vpt' ? 'vpt_afwijzing' : 'mpt_afwijzing', g)
  const zienswijze = zienswijzeAlinea(g)
  return {
    inleiding: aanvraagZin(g, PAKKET[soort]),
    besluit: [`Wij wijzen uw aanvraag voor ${PAKKET[soort]} af.`],
    details: [
      blok('gevolgen', 'Wat betekent dit voor u?', [
        'U heeft nog steeds recht op zorg uit de Wet langdurige zorg, bijvoorbeeld in een instelling. Wij helpen u graag een passende plek te vinden.',
      ]),
    ],
    redenen: [VOORWAARDEN[soort], ...gr.redenen],
    naRedenen: zienswijze.alineas,
    grondslag: [ZIN_LID[soort], ...gr.artikelen],
    ontbrekend: [
      ...gr.ontbrekend,
      ...nodig(g.aanvraagOntvangenOp, 'Vul de datum in waarop de aanvraag is ontvangen.'),
      ...zienswijze.ontbrekend,
    ],
  }
}

/** Wlz 3.3.6: care at home while no place is free, granted ambtshalve (lid 4), without the usual tests. */
export function overbrugging(g: BriefGegevens): Besluit {
  const lv = g.leveringsvorm ? PAKKET[g.leveringsvorm] : '[leveringsvorm]'
  return {
    inleiding: [
      'U wacht op een plaats in een instelling. Zolang die plaats er niet is, regelen wij zorg voor u thuis. In deze brief leest u hoe.',
    ],
    besluit: [
      `Wij kennen u ${lv} toe als overbruggingszorg${g.ingangsdatum ? `, vanaf ${d(g.ingangsdatum)}` : ''}.`,
      'Dit duurt tot er een plaats voor u is in de instelling van uw voorkeur.',
      ...(g.aanbieder ? [`De zorg wordt geleverd door ${g.aanbieder}.`] : []),
    ],
    details: [
      blok('gevolgen', 'Hoe gaat het verder?', [
        'Zodra er een plaats voor u is, nemen wij of de instelling contact met u op. De overbruggingszorg stopt als u in de instelling gaat wonen.',
      ]),
    ],
    redenen: [
      'U heeft recht op verblijf in een instelling, maar er is nu nog geen plaats voor u.',
      'In die situatie mogen wij zorg thuis toekennen zonder de gewone toets. Wij doen dat uit onszelf (ambtshalve).',
    ],
    grondslag: [art('Wlz', '3.3.6')],
    ontbrekend: [
      ...nodig(g.leveringsvorm, 'Kies de leveringsvorm voor de overbrugging (vpt, mpt of pgb).'),
      ...nodig(g.ingangsdatum, 'Vul de ingangsdatum in.'),
    ],
  }
}

/** Blz 3.1.1 lid 2: more care than the profile holds when that is needed; Rlz 2.2 sets the conditions. */
export function meerzorgToekenning(g: BriefGegevens): Besluit {
  const uren = g.urenPerWeek !== null ? g.urenPerWeek.toLocaleString('nl-NL') : '[uren]'
  return {
    inleiding: aanvraagZin(g, 'meerzorg'),
    besluit: [
      `Wij kennen u meerzorg toe: ${uren} uur zorg per week extra${g.ingangsdatum ? `, vanaf ${d(g.ingangsdatum)}` : ''}${g.einddatum ? ` tot en met ${d(g.einddatum)}` : ''}.`,
    ],
    details: [
      blok('gevolgen', 'Hoe gaat het verder?', [
        'De extra zorg komt in uw zorgplan. Wij kijken op tijd met u en uw zorgaanbieder of de meerzorg nog nodig is.',
      ]),
    ],
    redenen: [
      'U heeft meer zorg nodig dan de zorg die bij uw zorgprofiel hoort: minstens 25% meer.',
      'Bij uw zorgprofiel is meerzorg mogelijk.',
    ],
    grondslag: [art('Blz', '3.1.1', 2), RLZ_MEERZORG],
    ontbrekend: [
      ...nodig(g.ingangsdatum, 'Vul de ingangsdatum in.'),
      ...(g.urenPerWeek === null || g.urenPerWeek === 0 ? ['Vul het aantal uren meerzorg per week in (meer dan 0).'] : []),
      ...(g.einddatum && g.ingangsdatum && g.einddatum < g.ingangsdatum ? ['De einddatum ligt vóór de ingangsdatum.'] : []),
    ],
  }
}

export function meerzorgAfwijzing(g: BriefGegevens): Besluit {
  const gr = gekozenGronden('meerzorg_afwijzing', g)
  const zienswijze = zienswijzeAlinea(g)
  return {
    inleiding: aanvraagZin(g, 'meerzorg'),
    besluit: ['Wij wijzen uw aanvraag voor meerzorg af. U houdt de zorg die bij uw zorgprofiel hoort.'],
    details: [],
    redenen: gr.redenen,
    naRedenen: zienswijze.alineas,
    grondslag: [art('Blz', '3.1.1', 2), ...gr.artikelen],
    ontbrekend: [
      ...gr.ontbrekend,
      ...nodig(g.aanvraagOntvangenOp, 'Vul de datum in waarop de aanvraag is ontvangen.'),
      ...zienswijze.ontbrekend,
    ],
  }
}
