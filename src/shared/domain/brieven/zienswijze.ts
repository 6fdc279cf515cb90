import { formatDateLong as d } from '../../format/nl'
import { art, voluit, type Artikel } from './artikelen'
import type { BriefGegevens, OverslaanReden } from './gegevens'

/**
 * Awb art. 4:11: the reasons the law allows to skip the zienswijze of 4:7 and 4:8 (text read in
 * MinBZK/regelrecht-corpus, Awb; wlz-reference §7.1 covers 4:7 and 4:12 only). Recorded with the
 * decision when the adviser skips it. Awb 4:12 (financial decisions open to bezwaar) is not among
 * them: it does not apply to refusing, lowering or withdrawing a subsidy, and a pgb is a subsidy.
 */
export const ZIENSWIJZE_OVERSLAAN = [
  {
    code: 'spoed',
    ref: art('Awb', '4:11', undefined, 'a'),
    adviseur: 'De vereiste spoed verzet zich ertegen.',
    brief: 'er snel beslist moest worden',
  },
  {
    code: 'eerder',
    ref: art('Awb', '4:11', undefined, 'b'),
    adviseur: 'De cliënt kon eerder zijn zienswijze geven en sindsdien zijn er geen nieuwe feiten of omstandigheden.',
    brief: 'u eerder al uw mening heeft kunnen geven en er sindsdien niets nieuws is gebeurd',
  },
  {
    code: 'doel',
    ref: art('Awb', '4:11', undefined, 'c'),
    adviseur: 'Het doel van de beschikking kan alleen worden bereikt als de cliënt er niet vooraf van weet.',
    brief: 'het doel van dit besluit anders niet bereikt kon worden',
  },
] as const satisfies ReadonlyArray<{ code: OverslaanReden; ref: Artikel; adviseur: string; brief: string }>

/**
 * The paragraph a refusal or withdrawal gives about the zienswijze, and what is missing for it:
 * asked (name the voornemen), skipped (name the 4:11 reason), or not needed (nothing to say).
 */
export function zienswijzeAlinea(g: BriefGegevens): { alineas: string[]; ontbrekend: string[] } {
  if (g.zienswijze === 'gevraagd') {
    if (!g.voornemenDatum)
      return { alineas: [], ontbrekend: ['Vul de datum van het voornemen in (de brief waarin u om een zienswijze vroeg).'] }
    const kenmerk = g.voornemenKenmerk ? ` (kenmerk ${g.voornemenKenmerk})` : ''
    return {
      alineas: [
        `Op ${d(g.voornemenDatum)} hebben wij u laten weten dat wij van plan waren dit besluit te nemen${kenmerk}. U kon daarop reageren (${voluit(art('Awb', '4:7'))}). Heeft u gereageerd? Dan leest u hierboven, bij wat wij hebben vastgesteld, wat wij met uw reactie hebben gedaan.`,
      ],
      ontbrekend: [],
    }
  }
  if (g.zienswijze === 'overgeslagen') {
    const reden = ZIENSWIJZE_OVERSLAAN.find((r) => r.code === g.zienswijzeOverslaan)
    if (!reden)
      return {
        alineas: [],
        ontbrekend: ['Kies waarom de cliënt niet eerst om een zienswijze is gevraagd: alleen de redenen van Awb art. 4:11 mogen.'],
      }
    return {
      alineas: [`Wij hebben u niet eerst om uw reactie gevraagd, omdat ${reden.brief} (${voluit(reden.ref)}).`],
      ontbrekend: [],
    }
  }
  return { alineas: [], ontbrekend: [] }
}
