import { formatDateLong as d } from '../../format/nl'
import type { Blok } from '../../print/brief'
import type { BriefGegevens } from './gegevens'
import { blok } from './pgbTeksten'

/** Letters that are not a beschikking: no besluit, no bezwaarclausule. */
export interface GewoneBrief {
  blokken: Blok[]
  ontbrekend: string[]
}

const nodig = (waarde: unknown, melding: string) => (waarde === null || waarde === '' ? [melding] : [])

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
        'Bel ons dan zo snel mogelijk om een nieuwe afspraak te maken. Let op: komt u niet naar het gesprek en heeft u niet afgezegd, dan kunnen wij uw aanvraag voor een pgb afwijzen (Blz art. 3.6.2 lid 1 onder b).',
      ]),
    ],
    ontbrekend: [...nodig(g.gesprekDatum, 'Vul de datum van het gesprek in.'), ...nodig(g.gesprekTijd, 'Vul de tijd van het gesprek in.')],
  }
}

export function bevestigingWachtlijst(g: BriefGegevens): GewoneBrief {
  return {
    blokken: [
      blok('bevestiging', null, [
        `U staat${g.ingangsdatum ? ` sinds ${d(g.ingangsdatum)}` : ''} op de wachtlijst voor ${g.aanbieder || '[zorgaanbieder]'}. Met deze brief bevestigen wij dat.`,
        'Zodra er een plaats voor u is, neemt de zorgaanbieder of ons zorgkantoor contact met u op.',
      ]),
      blok('wachten', 'Zorg terwijl u wacht', [
        'Heeft u zorg nodig terwijl u wacht? Dan kunnen wij overbruggingszorg voor u regelen, bijvoorbeeld zorg thuis. Neem daarvoor contact met ons op.',
        'Verandert uw situatie, of wilt u ergens anders wonen? Laat het ons weten. Dan kijken wij samen met u opnieuw naar de wachtlijst.',
      ]),
    ],
    ontbrekend: [
      ...nodig(g.aanbieder, 'Vul de zorgaanbieder van de wachtlijst in.'),
      ...nodig(g.ingangsdatum, 'Vul de datum van plaatsing op de wachtlijst in.'),
    ],
  }
}

/** Awb 6:14: written confirmation of receipt; 7:2 hearing; 7:10 decision term. */
export function ontvangstBezwaar(g: BriefGegevens): GewoneBrief {
  const ontvangen = g.bezwaarOntvangenOp
  return {
    blokken: [
      blok('ontvangst', null, [
        `Op ${ontvangen ? d(ontvangen) : '[datum]'} hebben wij uw bezwaarschrift ontvangen${g.bestredenKenmerk ? `. Het gaat over ons besluit met kenmerk ${g.bestredenKenmerk}` : ''}. Met deze brief bevestigen wij de ontvangst (Awb art. 6:14).`,
      ]),
      blok('verder', 'Hoe gaat het verder?', [
        'Wij bekijken uw bezwaar en het besluit opnieuw. Meestal nodigen wij u uit om uw bezwaar mondeling toe te lichten. Dit heet een hoorzitting (Awb art. 7:2).',
        'Wij beslissen binnen zes weken na het einde van de bezwaartermijn (Awb art. 7:10). Lukt dat niet, dan krijgt u daarover bericht.',
        'Uw bezwaar houdt het besluit niet tegen: het besluit blijft gelden totdat wij op uw bezwaar hebben beslist (Awb art. 6:16).',
      ]),
    ],
    ontbrekend: nodig(ontvangen, 'Vul de datum in waarop het bezwaarschrift is ontvangen.'),
  }
}
