import { formatDateLong as d } from '../../format/nl'
import { metDag, termijnEinde } from '../termijnen/atw'
import type { GelijkgesteldeDag } from '../termijnen/feestdagen'
import { art, voluit } from './artikelen'
import { blok, nodig, PAKKET } from './blok'
import type { BriefGegevens, VrijeTekst } from './gegevens'
import type { GewoneBrief } from './gewoneBrieven'
import { gekozenGronden } from './motivering'

/**
 * Awb 4:7: before refusing an application on facts that differ from what the client supplied, the
 * zorgkantoor tells the client what it intends and lets him react, in writing or orally (4:9).
 * The zorgkantoor sets the term; it ends on a working day (atw.ts), the same day the task names.
 * Not a besluit yet: no bezwaarclausule. Skipping it is only allowed for the reasons of 4:11.
 */
export function voornemenAfwijzing(
  g: BriefGegevens,
  vrij: VrijeTekst,
  datum: string,
  gelijkgesteld: readonly GelijkgesteldeDag[],
): GewoneBrief {
  const voor = g.voornemenVoor
  const gr = gekozenGronden('voornemen_afwijzing', g, voor)
  const einde = termijnEinde({ vanaf: datum, lengte: { eenheid: 'weken', aantal: g.zienswijzeWeken } }, gelijkgesteld)
  const wat = voor ? PAKKET[voor] : '[aanvraag]'
  const weken = g.zienswijzeWeken === 1 ? 'een week' : `${['twee', 'drie', 'vier', 'vijf', 'zes'][g.zienswijzeWeken - 2]} weken`
  return {
    blokken: [
      blok('voornemen', null, [
        `${g.aanvraagOntvangenOp ? `Op ${d(g.aanvraagOntvangenOp)} hebben wij uw aanvraag voor ${wat} ontvangen.` : `U heeft ${wat} aangevraagd.`} Wij zijn van plan deze aanvraag af te wijzen. Voordat wij beslissen, mag u daarop reageren. In deze brief leest u waarom wij dit van plan zijn en hoe u kunt reageren.`,
      ]),
      blok('feiten', 'Wat wij hebben vastgesteld', vrij.toelichting ? vrij.toelichting.split(/\n{2,}/) : [], { vrij: true }),
      blok('redenen', 'Waarom wij van plan zijn uw aanvraag af te wijzen', gr.redenen.length > 1 ? ['Dit zijn de redenen:'] : gr.redenen, {
        lijst: gr.redenen.length > 1 ? gr.redenen : [],
      }),
      blok('reactie', 'Uw reactie', [
        `U kunt tot en met ${metDag(einde.datum)} reageren. Dat is ${weken} na de datum van deze brief.${einde.uitleg ? ` De laatste dag was geen werkdag, daarom hebben wij de termijn verlengd. ${einde.uitleg}` : ''}`,
        `U mag schriftelijk reageren, of mondeling: bel ons dan voor een afspraak (${voluit(art('Awb', '4:9'))}). Vertel ons vooral als de feiten hierboven niet kloppen.`,
      ]),
      blok('daarna', 'Wat gebeurt er daarna?', [
        `Na uw reactie, of na ${d(einde.datum)} als u niet reageert, nemen wij een besluit. Uw reactie nemen wij daarin mee (${voluit(art('Awb', '4:7'))}).`,
        'Deze brief is nog geen besluit. U kunt er daarom geen bezwaar tegen maken. Tegen het besluit dat volgt, kunt u wel bezwaar maken.',
      ]),
    ],
    ontbrekend: [
      ...nodig(voor, 'Kies waar het voornemen over gaat (pgb, vpt, mpt of meerzorg).'),
      ...nodig(g.aanvraagOntvangenOp, 'Vul de datum in waarop de aanvraag is ontvangen.'),
      ...(voor ? gr.ontbrekend : []),
    ],
  }
}
