import { IN_NATURA } from '../codes'
import { formatDateLong } from '../../format/nl'
import { addDays } from '../dates'
import { metUitleg, termijnEinde } from './atw'
import { addMonths, addWeeks } from './calendar'
import { activeOn, type Rule } from './types'

/**
 * Wlz art. 8.1.3 lid 1: the provider records the zorgplan within six weeks after care starts. A
 * term set in a wet, so the Atw moves an end on a rest day like any Awb term.
 */
export const zorgplanBinnenZesWeken: Rule = (d) =>
  d.leveringsvormen
    .filter((lv) => IN_NATURA.has(lv.soort))
    .filter((lv) => lv.einddatum === null || lv.einddatum >= addWeeks(lv.startdatum, 6))
    .map((lv) => {
      const einde = termijnEinde({ vanaf: lv.startdatum, lengte: { eenheid: 'weken', aantal: 6 } }, d.gelijkgesteldeDagen ?? [])
      return {
        sleutel: `zorgplan:leveringsvorm:${lv.id}`,
        regel: 'zorgplan',
        soort: 'actie' as const,
        titel: 'Zorgplan vastgelegd door de zorgaanbieder',
        toelichting: metUitleg(
          `De zorg begon op ${formatDateLong(lv.startdatum)}. Controleer dat de aanbieder het zorgplan binnen zes weken heeft vastgelegd en een afschrift heeft gegeven.`,
          einde,
        ),
        artikel: 'Wlz art. 8.1.3 lid 1',
        deadline: einde.datum,
        vanaf: null,
        bron: `leveringsvorm:${lv.id}`,
      }
    })

/**
 * Wlz art. 8.1.1 lid 6: the client may claim an evaluation twice a year. Planned every six months
 * from the start of care; the overdue one and the next one are kept, older ones lapse. Six months
 * is more than three (Atw art. 4), so these dates never move.
 */
export const evaluatieTweemaalPerJaar: Rule = (d) =>
  d.leveringsvormen
    .filter((lv) => IN_NATURA.has(lv.soort) && (lv.einddatum === null || lv.einddatum >= d.today))
    .flatMap((lv) => {
      const tasks = []
      for (let n = 1; n < 400; n++) {
        const deadline = addMonths(lv.startdatum, 6 * n)
        if (lv.einddatum !== null && deadline > lv.einddatum) break
        if (deadline <= addMonths(d.today, -6)) continue
        tasks.push({
          sleutel: `evaluatie:leveringsvorm:${lv.id}:${n}`,
          regel: 'evaluatie',
          soort: 'actie' as const,
          titel: `Evaluatie zorgplan (${n}e)`,
          toelichting: 'De cliënt heeft recht op een bespreking ter evaluatie en actualisatie van het zorgplan, tweemaal per jaar.',
          artikel: 'Wlz art. 8.1.1 lid 6',
          deadline,
          vanaf: addMonths(deadline, -1),
          bron: `leveringsvorm:${lv.id}`,
        })
        if (deadline >= d.today) break
      }
      return tasks
    })

/**
 * Wlz art. 8.1.1 lid 1 sub d: the zorgplan records how often and when it is evaluated. The date
 * agreed in the latest version of each zorgplan becomes a task; a new date replaces it. An agreed
 * date is no statutory term: it stands as agreed.
 */
export const zorgplanEvaluatieAfgesproken: Rule = (d) =>
  (d.zorgplanEvaluaties ?? []).map((e) => ({
    sleutel: `zorgplan-evaluatie:plan:${e.planId}`,
    regel: 'zorgplan-evaluatie',
    soort: 'actie',
    titel: 'Afgesproken evaluatie van het zorgplan',
    toelichting: `In het zorgplan is afgesproken het plan op ${formatDateLong(e.datum)} te evalueren.`,
    artikel: 'Wlz art. 8.1.1 lid 1 sub d en lid 6',
    deadline: e.datum,
    vanaf: addMonths(e.datum, -1),
    bron: `plan:${e.planId}`,
  }))

/**
 * Blz art. 3.2.4 and 3.2.5: a new indicatiebesluit takes the CIZ up to six weeks; ask in time. Six
 * weeks counted back from the einddatum: Atw art. 1 lid 2 never moves such a date.
 */
export const herindicatieVoorEinddatum: Rule = (d) =>
  d.indicaties
    .filter((i) => i.einddatum !== null && !d.indicaties.some((later) => later.ingangsdatum > i.einddatum!))
    .map((i) => ({
      sleutel: `herindicatie:indicatie:${i.id}`,
      regel: 'herindicatie',
      soort: 'actie',
      titel: 'Herindicatie aanvragen: indicatie loopt af',
      toelichting: `Indicatie ${i.besluitnummer} eindigt op ${formatDateLong(i.einddatum!)}. Het CIZ beslist binnen zes weken na de aanvraag.`,
      artikel: 'Blz art. 3.2.4 en 3.2.5',
      deadline: addWeeks(i.einddatum!, -6),
      vanaf: addWeeks(i.einddatum!, -12),
      bron: `indicatie:${i.id}`,
    }))

/**
 * Wlz art. 3.1.1 lid 1 sub d: with verblijf met behandeling the Wlz pays medical care and therapy,
 * dental care included, so an aanvullende (tand)verzekering may pay for nothing. The client can
 * cancel it before 31 December; it then ends on 1 January (seed: "Opzeggen kan voor 31 december
 * … Je verzekering stopt dan per 1 januari"). A date in the policy, not a statutory term: no Atw.
 */
export const dubbelVerzekerd: Rule = (d) => {
  const year = d.today.slice(0, 4)
  const yearEnd = `${year}-12-31`
  const stay = d.leveringsvormen.find(
    (lv) => lv.soort === 'verblijf' && lv.metBehandeling && activeOn(lv, d.today) && (lv.einddatum ?? yearEnd) >= yearEnd,
  )
  if (!stay) return []
  return [
    {
      sleutel: `dubbel-verzekerd:${year}`,
      regel: 'dubbel-verzekerd',
      soort: 'actie',
      titel: `Dubbel verzekerd? Aanvullende (tand)verzekering opzeggen vóór 31 december ${year}`,
      toelichting: `De cliënt verblijft met behandeling; de Wlz betaalt dan ook tandzorg en andere zorg uit de aanvullende verzekering. Wijs op het opzeggen van de aanvullende (tand)verzekering vóór 31 december ${year}: die stopt dan per 1 januari ${Number(year) + 1}. Stuur zo nodig de brief "Dubbel verzekerd".`,
      artikel: 'Wlz art. 3.1.1 lid 1 sub d',
      deadline: yearEnd,
      vanaf: `${year}-11-01`,
      bron: `leveringsvorm:${stay.id}`,
    },
  ]
}

/**
 * Wlz art. 4.2.4 lid 2: the zorgkantoor of the region where the client lives is responsible.
 * A client living outside the adviser's region needs a dossieroverdracht (iWlz ZK31) after moving.
 * Four weeks after the address change is a working agreement, not a statutory term (no Atw).
 */
export const verhuizingDossieroverdracht: Rule = (d) => {
  const { client, adviseur, adresGewijzigdOp, clientNaam } = d.regio
  if (!client || !adviseur || client === adviseur || !adresGewijzigdOp) return []
  return [
    {
      sleutel: `verhuizing:${client}`,
      regel: 'verhuizing',
      soort: 'actie',
      titel: `Dossieroverdracht naar zorgkantoorregio ${clientNaam ?? client}`,
      toelichting:
        'De cliënt woont volgens het adres buiten uw zorgkantoorregio. Draag het dossier over aan het zorgkantoor van de nieuwe regio (werkafspraak: binnen vier weken).',
      artikel: 'Wlz art. 4.2.4 lid 2; iWlz ZK31',
      deadline: addDays(adresGewijzigdOp, 28),
      vanaf: null,
      bron: 'client',
    },
  ]
}
