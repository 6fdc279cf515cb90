import { formatDateLong } from '../../format/nl'
import { metUitleg, termijnEinde } from './atw'
import type { Rule } from './types'

/**
 * Awb art. 4:7 and 4:8: before refusing on facts the client did not give, the zorgkantoor asks for
 * the client's zienswijze within a term it sets in the voornemen. That term is set by the organ,
 * not by a wet, so the Atw does not bind it; it is still ended on a working day the same way, so the
 * client never loses a day to a weekend or feestdag and the letter and the task name the same date.
 */
export const zienswijzeTermijn: Rule = (d) =>
  (d.voornemens ?? []).map((v) => {
    const einde = termijnEinde({ vanaf: v.datum, lengte: { eenheid: 'weken', aantal: v.zienswijzeWeken } }, d.gelijkgesteldeDagen ?? [])
    return {
      sleutel: `zienswijze:brief:${v.id}`,
      regel: 'zienswijze',
      soort: 'actie' as const,
      titel: 'Zienswijze afwachten, dan beslissen op de aanvraag',
      toelichting: metUitleg(
        `Voornemen ${v.kenmerk} van ${formatDateLong(v.datum)}. De cliënt kan tot en met deze datum schriftelijk of mondeling reageren (Awb 4:9). Betrek de reactie in de motivering van het besluit.`,
        einde,
      ),
      artikel: 'Awb art. 4:7 en 4:8',
      deadline: einde.datum,
      vanaf: null,
      bron: `brief:${v.id}`,
    }
  })
