import { formatDateLong } from '../../format/nl'
import { addDays } from '../dates'
import { addWeeks, bezwaartermijnEinde, endOfTermAtw } from './calendar'
import type { Rule } from './types'

/**
 * Awb art. 4:13: decide within the statutory term, else a reasonable one, which has passed after
 * eight weeks; suspended while the applicant completes the application (4:15); a notice under
 * 4:14 sets a new date. Atw art. 1 moves an end on a rest day.
 */
export const beslistermijnAanvraag: Rule = (d) =>
  d.aanvragen
    .filter((a) => a.besluitDatum === null)
    .map((a) => ({
      sleutel: `beslistermijn:aanvraag:${a.id}`,
      regel: 'beslistermijn',
      soort: 'actie',
      titel: 'Beslissen op aanvraag',
      toelichting: a.verdaagdTot
        ? `Beslistermijn verdaagd tot ${formatDateLong(a.verdaagdTot)} (Awb 4:14).`
        : `Aanvraag ontvangen op ${formatDateLong(a.ontvangenOp)}; termijn ${a.termijnWeken} weken${a.opgeschortDagen ? `, ${a.opgeschortDagen} dagen opgeschort` : ''}.`,
      artikel: a.verdaagdTot ? 'Awb art. 4:14' : 'Awb art. 4:13 en 4:15',
      deadline: endOfTermAtw(a.verdaagdTot ?? addDays(addWeeks(a.ontvangenOp, a.termijnWeken), a.opgeschortDagen)),
      vanaf: null,
      bron: `aanvraag:${a.id}`,
    }))

/**
 * Awb art. 6:7 and 6:8: bezwaar is possible until six weeks after the day of bekendmaking: of a
 * decided aanvraag, or of a beschikking whose verzenddatum was registered with the letter.
 */
export const bezwaartermijn: Rule = (d) => [
  ...(d.beschikkingen ?? [])
    .filter((b) => bezwaartermijnEinde(b.verzondenOp) >= d.today)
    .map((b) => ({
      sleutel: `bezwaartermijn:brief:${b.id}`,
      regel: 'bezwaartermijn',
      soort: 'termijn' as const,
      titel: 'Bezwaartermijn loopt',
      toelichting: `Beschikking ${b.kenmerk} verstuurd op ${formatDateLong(b.verzondenOp)}. Tot en met deze datum kan bezwaar worden gemaakt.`,
      artikel: 'Awb art. 6:7 en 6:8; Atw art. 1',
      deadline: bezwaartermijnEinde(b.verzondenOp),
      vanaf: null,
      bron: `brief:${b.id}`,
    })),
  ...d.aanvragen
    .filter((a) => a.bekendgemaaktOp !== null && bezwaartermijnEinde(a.bekendgemaaktOp) >= d.today)
    .map((a) => ({
      sleutel: `bezwaartermijn:aanvraag:${a.id}`,
      regel: 'bezwaartermijn',
      soort: 'termijn' as const,
      titel: 'Bezwaartermijn loopt',
      toelichting: `Besluit bekendgemaakt op ${formatDateLong(a.bekendgemaaktOp!)}. Tot en met deze datum kan bezwaar worden gemaakt.`,
      artikel: 'Awb art. 6:7 en 6:8; Atw art. 1',
      deadline: bezwaartermijnEinde(a.bekendgemaaktOp!),
      vanaf: null,
      bron: `aanvraag:${a.id}`,
    })),
]

/**
 * Awb art. 7:10: decide on bezwaar within 6 weeks (12 with an adviescommissie, 7:13), counted from
 * the day after the bezwaartermijn ended; suspended while a defect is repaired (lid 2); verdaging
 * of at most 6 weeks (lid 3). Also: confirm receipt (6:14) and check whether it was on time (6:9).
 */
export const bezwaarRules: Rule = (d) =>
  d.bezwaren
    .filter((b) => b.beslistOp === null)
    .flatMap((b) => {
      const termEnd = bezwaartermijnEinde(b.besluitBekendgemaaktOp)
      const weeks = (b.adviescommissie ? 12 : 6) + Math.min(6, b.verdagingWeken)
      const tasks = [
        {
          sleutel: `beslistermijn-bezwaar:${b.id}`,
          regel: 'beslistermijn-bezwaar',
          soort: 'actie' as const,
          titel: 'Beslissen op bezwaar',
          toelichting: `${b.adviescommissie ? '12 weken (adviescommissie)' : '6 weken'}${b.verdagingWeken ? ` + ${Math.min(6, b.verdagingWeken)} weken verdaagd` : ''}, gerekend vanaf het einde van de bezwaartermijn (${formatDateLong(termEnd)}).`,
          artikel: 'Awb art. 7:10',
          deadline: endOfTermAtw(addDays(addWeeks(termEnd, weeks), b.opgeschortDagen)),
          vanaf: null,
          bron: `bezwaar:${b.id}`,
        },
        {
          sleutel: `ontvangstbevestiging-bezwaar:${b.id}`,
          regel: 'ontvangstbevestiging',
          soort: 'actie' as const,
          titel: 'Ontvangst bezwaarschrift schriftelijk bevestigen',
          toelichting: 'Het bestuursorgaan bevestigt de ontvangst schriftelijk (werkafspraak: binnen een week).',
          artikel: 'Awb art. 6:14',
          deadline: addDays(b.ontvangenOp, 7),
          vanaf: null,
          bron: `bezwaar:${b.id}`,
        },
      ]
      // Awb 6:9: a posted bezwaarschrift is on time if it arrives within a week after the term.
      if (b.ontvangenOp > termEnd) {
        tasks.push({
          sleutel: `bezwaar-te-laat:${b.id}`,
          regel: 'bezwaar-te-laat',
          soort: 'actie',
          titel: 'Bezwaar na de termijn ontvangen: ontvankelijkheid beoordelen',
          toelichting: `De bezwaartermijn eindigde op ${formatDateLong(termEnd)}. Controleer de poststempel (Awb 6:9) en of de indiener iets te verwijten valt (Awb 6:11).`,
          artikel: 'Awb art. 6:9 en 6:11',
          deadline: addDays(b.ontvangenOp, 7),
          vanaf: null,
          bron: `bezwaar:${b.id}`,
        })
      }
      return tasks
    })
