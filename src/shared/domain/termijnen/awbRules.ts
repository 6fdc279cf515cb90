import { formatDateLong } from '../../format/nl'
import { addDays } from '../dates'
import { bezwaartermijnEinde, metUitleg, termijnEinde, type Termijneinde } from './atw'
import type { DossierSnapshot, Rule } from './types'

const kalender = (d: DossierSnapshot) => d.gelijkgesteldeDagen ?? []

/**
 * Awb art. 4:13: decide within the statutory term, else a reasonable one, which has passed after
 * eight weeks; suspended while the applicant completes the application (4:15). The Atw applies to
 * those weeks. A notice under 4:14 names its own date: a date the organ chose is not a term
 * "gesteld in een wet", so it stands as named.
 */
export const beslistermijnAanvraag: Rule = (d) =>
  d.aanvragen
    .filter((a) => a.besluitDatum === null)
    .map((a) => {
      const einde = termijnEinde(
        { vanaf: a.ontvangenOp, lengte: { eenheid: 'weken', aantal: a.termijnWeken }, opgeschortDagen: a.opgeschortDagen },
        kalender(d),
      )
      return {
        sleutel: `beslistermijn:aanvraag:${a.id}`,
        regel: 'beslistermijn',
        soort: 'actie' as const,
        titel: 'Beslissen op aanvraag',
        toelichting: a.verdaagdTot
          ? `Beslistermijn verdaagd tot ${formatDateLong(a.verdaagdTot)} (Awb 4:14).`
          : metUitleg(
              `Aanvraag ontvangen op ${formatDateLong(a.ontvangenOp)}; termijn ${a.termijnWeken} weken${a.opgeschortDagen ? `, ${a.opgeschortDagen} dagen opgeschort` : ''}.`,
              einde,
            ),
        artikel: a.verdaagdTot ? 'Awb art. 4:14' : 'Awb art. 4:13 en 4:15',
        deadline: a.verdaagdTot ?? einde.datum,
        vanaf: null,
        bron: `aanvraag:${a.id}`,
      }
    })

function bezwaartermijnTaak(sleutel: string, bron: string, wat: string, einde: Termijneinde) {
  return {
    sleutel,
    regel: 'bezwaartermijn',
    soort: 'termijn' as const,
    titel: 'Bezwaartermijn loopt',
    toelichting: metUitleg(`${wat} Tot en met deze datum kan bezwaar worden gemaakt.`, einde),
    artikel: 'Awb art. 6:7 en 6:8; Atw art. 1',
    deadline: einde.datum,
    vanaf: null,
    bron,
  }
}

/**
 * Awb art. 6:7 and 6:8: bezwaar is possible until six weeks after the day of bekendmaking: of a
 * decided aanvraag, or of a beschikking whose verzenddatum was registered with the letter.
 */
export const bezwaartermijn: Rule = (d) => [
  ...(d.beschikkingen ?? []).flatMap((b) => {
    const einde = bezwaartermijnEinde(b.verzondenOp, kalender(d))
    if (einde.datum < d.today) return []
    const wat = `Beschikking ${b.kenmerk} verstuurd op ${formatDateLong(b.verzondenOp)}.`
    return [bezwaartermijnTaak(`bezwaartermijn:brief:${b.id}`, `brief:${b.id}`, wat, einde)]
  }),
  ...d.aanvragen.flatMap((a) => {
    if (a.bekendgemaaktOp === null) return []
    const einde = bezwaartermijnEinde(a.bekendgemaaktOp, kalender(d))
    if (einde.datum < d.today) return []
    const wat = `Besluit bekendgemaakt op ${formatDateLong(a.bekendgemaaktOp)}.`
    return [bezwaartermijnTaak(`bezwaartermijn:aanvraag:${a.id}`, `aanvraag:${a.id}`, wat, einde)]
  }),
]

/**
 * Awb art. 7:10 lid 1: decide on bezwaar within 6 weeks, or 12 with an adviescommissie (7:13),
 * counted from the day after the bezwaartermijn ended; lid 2: suspended while a defect is
 * repaired; lid 3: verdaging of at most 6 weeks. The verdaagde term counts as one term for Atw
 * art. 4, so 6 + 6 = 12 weeks still rolls and 12 + 1 weeks does not.
 */
export function beslistermijnBezwaar(
  b: { besluitBekendgemaaktOp: string; adviescommissie: boolean; verdagingWeken: number; opgeschortDagen: number },
  gelijkgesteld: DossierSnapshot['gelijkgesteldeDagen'] = [],
): { bezwaartermijn: Termijneinde; beslissing: Termijneinde; weken: number } {
  const termijn = bezwaartermijnEinde(b.besluitBekendgemaaktOp, gelijkgesteld)
  const weken = (b.adviescommissie ? 12 : 6) + Math.min(6, b.verdagingWeken)
  const beslissing = termijnEinde(
    { vanaf: termijn.datum, lengte: { eenheid: 'weken', aantal: weken }, opgeschortDagen: b.opgeschortDagen },
    gelijkgesteld,
  )
  return { bezwaartermijn: termijn, beslissing, weken }
}

/** Decide on time (7:10), confirm receipt (6:14) and check whether it came in on time (6:9). */
export const bezwaarRules: Rule = (d) =>
  d.bezwaren
    .filter((b) => b.beslistOp === null)
    .flatMap((b) => {
      const { bezwaartermijn: termEnd, beslissing } = beslistermijnBezwaar(b, kalender(d))
      const verdaagd = Math.min(6, b.verdagingWeken)
      const tasks = [
        {
          sleutel: `beslistermijn-bezwaar:${b.id}`,
          regel: 'beslistermijn-bezwaar',
          soort: 'actie' as const,
          titel: 'Beslissen op bezwaar',
          toelichting: metUitleg(
            `${b.adviescommissie ? '12 weken (adviescommissie)' : '6 weken'}${verdaagd ? ` + ${verdaagd} weken verdaagd` : ''}, gerekend vanaf het einde van de bezwaartermijn (${formatDateLong(termEnd.datum)}).`,
            beslissing,
          ),
          artikel: 'Awb art. 7:10',
          deadline: beslissing.datum,
          vanaf: null,
          bron: `bezwaar:${b.id}`,
        },
        {
          sleutel: `ontvangstbevestiging-bezwaar:${b.id}`,
          regel: 'ontvangstbevestiging',
          soort: 'actie' as const,
          titel: 'Ontvangst bezwaarschrift schriftelijk bevestigen',
          // A working agreement, not a statutory term: the Atw does not move it.
          toelichting: 'Het bestuursorgaan bevestigt de ontvangst schriftelijk (werkafspraak: binnen een week).',
          artikel: 'Awb art. 6:14',
          deadline: addDays(b.ontvangenOp, 7),
          vanaf: null,
          bron: `bezwaar:${b.id}`,
        },
      ]
      // Awb 6:9: a posted bezwaarschrift is on time if it arrives within a week after the term.
      if (b.ontvangenOp > termEnd.datum) {
        tasks.push({
          sleutel: `bezwaar-te-laat:${b.id}`,
          regel: 'bezwaar-te-laat',
          soort: 'actie',
          titel: 'Bezwaar na de termijn ontvangen: ontvankelijkheid beoordelen',
          toelichting: `De bezwaartermijn eindigde op ${formatDateLong(termEnd.datum)}. Controleer de poststempel (Awb 6:9) en of de indiener iets te verwijten valt (Awb 6:11).`,
          artikel: 'Awb art. 6:9 en 6:11',
          deadline: addDays(b.ontvangenOp, 7),
          vanaf: null,
          bron: `bezwaar:${b.id}`,
        })
      }
      return tasks
    })
