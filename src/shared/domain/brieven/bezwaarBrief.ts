import { formatDateLong as d } from '../../format/nl'
import { metDag } from '../termijnen/atw'
import { beslistermijnBezwaar } from '../termijnen/awbRules'
import type { GelijkgesteldeDag } from '../termijnen/feestdagen'
import { art, voluit } from './artikelen'
import { blok, nodig } from './blok'
import type { BriefGegevens } from './gegevens'
import type { GewoneBrief } from './gewoneBrieven'

const awb = (nummer: string, lid?: number) => voluit(art('Awb', nummer, lid))

/**
 * Awb 6:14: the written ontvangstbevestiging. It names the concrete date by which the decision will
 * follow (7:10: six weeks after the bezwaartermijn, twelve with an adviescommissie), with the Atw
 * roll in words when that date moved. A bezwaar that came in after the term gets no date: whether it
 * can be handled comes first (6:9, 6:11).
 */
export function ontvangstBezwaar(g: BriefGegevens, gelijkgesteld: readonly GelijkgesteldeDag[]): GewoneBrief {
  const ontvangen = g.bezwaarOntvangenOp
  const bekend = g.bestredenBekendgemaaktOp
  const termijn = bekend
    ? beslistermijnBezwaar(
        { besluitBekendgemaaktOp: bekend, adviescommissie: g.adviescommissie, verdagingWeken: 0, opgeschortDagen: 0 },
        gelijkgesteld,
      )
    : null
  const teLaat = termijn !== null && ontvangen !== null && ontvangen > termijn.bezwaartermijn.datum
  const wanneer = (): string[] => {
    if (!termijn) return ['Wij beslissen uiterlijk op [datum].']
    if (teLaat)
      return [
        `Uw bezwaarschrift kwam binnen na het einde van de bezwaartermijn op ${d(termijn.bezwaartermijn.datum)}. Wij bekijken eerst of wij uw bezwaar toch kunnen behandelen (${awb('6:11')}). Daarover krijgt u bericht.`,
      ]
    const b = termijn.beslissing
    return [
      `Wij beslissen uiterlijk op ${metDag(b.datum)} op uw bezwaar.`,
      g.adviescommissie
        ? `Een onafhankelijke adviescommissie geeft ons eerst advies over uw bezwaar. Daarom hebben wij twaalf weken na het einde van de bezwaartermijn (${d(termijn.bezwaartermijn.datum)}) om te beslissen (${awb('7:10', 1)}).`
        : `Dat is zes weken na het einde van de bezwaartermijn op ${d(termijn.bezwaartermijn.datum)} (${awb('7:10', 1)}).`,
      ...(b.uitleg ? [`De termijn eindigt eigenlijk op ${metDag(b.berekend)}. Dat is geen werkdag. ${b.uitleg}`] : []),
      ...(termijn.bezwaartermijn.uitleg
        ? [`Ook de bezwaartermijn liep langer door dagen die geen werkdag zijn. ${termijn.bezwaartermijn.uitleg}`]
        : []),
      `Lukt het niet om op tijd te beslissen? Dan krijgt u vóór die datum bericht. Wij mogen de beslissing één keer met hoogstens zes weken uitstellen (${awb('7:10', 3)}).`,
    ]
  }
  return {
    blokken: [
      blok('ontvangst', null, [
        `Op ${ontvangen ? d(ontvangen) : '[datum]'} hebben wij uw bezwaarschrift ontvangen${g.bestredenKenmerk ? `. Het gaat over ons besluit met kenmerk ${g.bestredenKenmerk}` : ''}${bekend ? `, verstuurd op ${d(bekend)}` : ''}. Met deze brief bevestigen wij de ontvangst (${awb('6:14')}).`,
      ]),
      blok('verder', 'Hoe gaat het verder?', [
        `Wij bekijken uw bezwaar en het besluit opnieuw. Meestal nodigen wij u uit om uw bezwaar mondeling toe te lichten. Dit heet een hoorzitting (${awb('7:2')}).`,
        ...wanneer(),
        `Uw bezwaar houdt het besluit niet tegen: het besluit blijft gelden totdat wij op uw bezwaar hebben beslist (${awb('6:16')}).`,
      ]),
    ],
    ontbrekend: [
      ...nodig(ontvangen, 'Vul de datum in waarop het bezwaarschrift is ontvangen.'),
      ...nodig(bekend, 'Vul de datum in waarop het besluit is verstuurd waartegen het bezwaar is gericht: daaruit volgt de beslisdatum.'),
    ],
  }
}
