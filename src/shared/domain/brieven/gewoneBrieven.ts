import { WACHTSTATUS_LABEL, type Wachtstatus } from '../aanbieders/codes'
import { formatClassificatie } from '../../format/codes'
import { formatDateLong as d } from '../../format/nl'
import type { Blok } from '../../print/brief'
import { art, voluit } from './artikelen'
import { blok, nodig } from './blok'
import type { BriefGegevens } from './gegevens'

/** Letters that are not a beschikking: no besluit, no bezwaarclausule. */
export interface GewoneBrief {
  blokken: Blok[]
  ontbrekend: string[]
}

/** Bewust keuzegesprek (zorgkantoor practice; Blz 3.6.2 lid 1 onder b when the client does not come). */
export function uitnodigingKeuzegesprek(g: BriefGegevens): GewoneBrief {
  const wanneer = g.gesprekDatum ? `op ${d(g.gesprekDatum)}${g.gesprekTijd ? ` om ${g.gesprekTijd} uur` : ''}` : '[datum en tijd]'
  return {
    blokken: [
      blok('uitnodiging', null, [
        'U heeft een persoonsgebonden budget (pgb) aangevraagd. Wij willen graag met u praten over uw keuze voor een pgb. Dit heet het bewust keuzegesprek.',
        `Wij nodigen u uit voor dit gesprek ${wanneer}. Het gesprek is ${g.gesprekPlaats || 'bij u thuis'}.`,
      ]),
      blok('onderwerpen', 'Waar praten we over?', ['In het gesprek praten we over:'], {
        lijst: [
          'waarom u uw zorg met een pgb wilt regelen, en waarom zorg in natura niet bij u past;',
          'hoe u de zorg regelt en wie uw zorgverleners zijn;',
          'wie de administratie van het pgb doet;',
          'uw rechten en plichten als budgethouder.',
        ],
      }),
      blok('meenemen', 'Wie is erbij en wat neemt u mee?', [
        'Bij het gesprek zijn u, uw vertegenwoordiger of bewindvoerder als u die heeft, en zo nodig uw gewaarborgde hulp. Een zorgverlener mag niet bij het gesprek zijn.',
        'Iedereen die meedoet, laat een geldig identiteitsbewijs zien (het origineel).',
      ]),
      blok('verhinderd', 'Kunt u niet?', [
        `Bel ons dan zo snel mogelijk om een nieuwe afspraak te maken. Let op: komt u niet naar het gesprek en heeft u niet afgezegd, dan kunnen wij uw aanvraag voor een pgb afwijzen (${voluit(art('Blz', '3.6.2', 1, 'b'))}).`,
      ]),
    ],
    ontbrekend: [...nodig(g.gesprekDatum, 'Vul de datum van het gesprek in.'), ...nodig(g.gesprekTijd, 'Vul de tijd van het gesprek in.')],
  }
}

/** What each wachtstatus means for the client, in plain words (monitorlangdurigezorg.nl definitions). */
const WACHTSTATUS_UITLEG: Record<Wachtstatus, string> = {
  urgent_plaatsen: 'U heeft snel een plaats nodig. Wij zoeken met voorrang een plaats voor u, ook bij een andere zorgaanbieder.',
  actief_plaatsen:
    'U wilt zo snel mogelijk verhuizen. Wij zoeken een plaats bij uw voorkeur of bij een andere zorgaanbieder die bij u past.',
  wacht_op_voorkeur: 'U wacht op een plaats bij de zorgaanbieder van uw voorkeur.',
  wacht_uit_voorzorg: 'U heeft nu nog geen plaats nodig, maar u wilt wel op de wachtlijst staan voor later.',
}

export function bevestigingWachtlijst(g: BriefGegevens): GewoneBrief {
  return {
    blokken: [
      blok('bevestiging', null, [
        `U staat${g.ingangsdatum ? ` sinds ${d(g.ingangsdatum)}` : ''} op de wachtlijst voor ${g.aanbieder || '[zorgaanbieder]'}. Met deze brief bevestigen wij dat.`,
        ...(g.wachtstatus
          ? [`Uw wachtstatus is: ${WACHTSTATUS_LABEL[g.wachtstatus].toLowerCase()}. ${WACHTSTATUS_UITLEG[g.wachtstatus]}`]
          : []),
        ...(g.classificatie ? [`Wat wij over uw wens hebben vastgelegd: ${formatClassificatie(g.classificatie).toLowerCase()}.`] : []),
        'Zodra er een plaats voor u is, neemt de zorgaanbieder of ons zorgkantoor contact met u op.',
      ]),
      // Overbruggingszorg is offered only to a client who does not have it already.
      blok('wachten', 'Zorg terwijl u wacht', [
        g.overbruggingDoor
          ? `Terwijl u wacht, krijgt u overbruggingszorg van ${g.overbruggingDoor}. Die zorg loopt door zolang u wacht.`
          : 'Heeft u zorg nodig terwijl u wacht? Dan kunnen wij overbruggingszorg voor u regelen, bijvoorbeeld zorg thuis. Neem daarvoor contact met ons op.',
        'Verandert uw situatie, of wilt u ergens anders wonen? Laat het ons weten. Dan kijken wij samen met u opnieuw naar de wachtlijst.',
      ]),
    ],
    ontbrekend: [
      ...nodig(g.aanbieder, 'Vul de zorgaanbieder van de wachtlijst in.'),
      ...nodig(g.ingangsdatum, 'Vul de datum van plaatsing op de wachtlijst in.'),
    ],
  }
}

/**
 * Wlz 3.1.1 lid 1 sub d: verblijf met behandeling brings medical and dental care under the Wlz, so
 * an aanvullende (tand)verzekering may pay for nothing. What the seed tells clients: check with the
 * instelling and the vergoedingenoverzicht, cancel before 31 December, the policy ends on 1 January;
 * the basisverzekering stays. A plain letter: it advises, it decides nothing.
 */
export function dubbelVerzekerd(g: BriefGegevens, datum: string): GewoneBrief {
  const jaar = Number(datum.slice(0, 4))
  return {
    blokken: [
      blok('situatie', null, [
        `U woont in ${g.aanbieder || 'een instelling'} en krijgt daar ook behandeling. Die zorg betaalt de Wet langdurige zorg (Wlz). Dat geldt ook voor tandzorg.`,
        'Sommige zorg uit uw aanvullende verzekering krijgt u dus al uit de Wlz. Misschien heeft u uw aanvullende (tand)verzekering daarom niet meer nodig, en betaalt u nu dubbel.',
      ]),
      blok('controleren', 'Zo controleert u dit', [], {
        lijst: [
          'Vraag de instelling welke zorg u krijgt en of die onder de Wlz valt.',
          'Kijk in het vergoedingenoverzicht van uw zorgverzekeraar welke zorg u uit uw aanvullende verzekering krijgt.',
          'Krijgt u dezelfde zorg uit de aanvullende verzekering en uit de Wlz? Dan kunt u uw aanvullende (tand)verzekering opzeggen.',
        ],
      }),
      blok('opzeggen', `Opzeggen vóór 31 december ${jaar}`, [
        `Zeg uw aanvullende (tand)verzekering op vóór 31 december ${jaar}${g.zorgverzekeraar ? `, bij ${g.zorgverzekeraar}` : ''}. De verzekering stopt dan per 1 januari ${jaar + 1}.`,
        'Uw basisverzekering houdt u: die heeft u ook met een Wlz-indicatie nodig.',
      ]),
    ],
    ontbrekend: [],
  }
}
