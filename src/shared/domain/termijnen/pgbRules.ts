import { MET_PGB } from '../codes'
import { formatDateLong } from '../../format/nl'
import { addDays } from '../dates'
import { addMonths, daysBetween } from './calendar'
import type { DossierSnapshot, Rule } from './types'

/**
 * Blz art. 3.6.1: a pgb is granted per calendar year, so every budget holder needs a new toekenning
 * in December. 31 December is the end of the subsidy period, not the end of a term: no Atw.
 */
export const pgbToekenningPerJaar: Rule = (d) => {
  const year = Number(d.today.slice(0, 4))
  const yearEnd = `${year}-12-31`
  return d.leveringsvormen
    .filter((lv) => MET_PGB.has(lv.soort) && lv.startdatum <= yearEnd && (lv.einddatum === null || lv.einddatum > yearEnd))
    .map((lv) => ({
      sleutel: `pgb-toekenning:leveringsvorm:${lv.id}:${year + 1}`,
      regel: 'pgb-toekenning',
      soort: 'actie',
      titel: `Toekenningsbeschikking pgb ${year + 1} versturen`,
      toelichting: `Een pgb wordt per kalenderjaar verstrekt; de huidige toekenning loopt tot en met 31 december ${year}.`,
      artikel: 'Blz art. 3.6.1',
      deadline: yearEnd,
      vanaf: `${year}-12-01`,
      bron: `leveringsvorm:${lv.id}`,
    }))
}

type Stay = DossierSnapshot['leveringsvormen'][number]

const stayEnd = (s: Stay, fallback: string) => s.einddatum ?? fallback
const stayDays = (s: Stay, fallback: string) => daysBetween(s.startdatum, stayEnd(s, fallback)) + 1
/** Days that lie strictly between the end of one stay and the start of the next. */
const gapDays = (end: string, nextStart: string) => daysBetween(end, nextStart) - 1

/**
 * The last day of the lage eigen bijdrage for a verblijf, or null when the hoge bijdrage applies at
 * once (Blz art. 3.3.2.2). Lid 1 sub a: the first four months of verblijf. Lid 7: stays are added
 * together unless more than 60 days lie between them, and a stay starting within four months
 * after an earlier stay with the hoge bijdrage gets no lage period. Four months is more than
 * three, so the Atw never moves this date (art. 4).
 */
export function lageBijdrageEinde(all: readonly Stay[], stay: Stay): string | null {
  const earlier = all
    .filter((s) => s.soort === 'verblijf' && s.startdatum < stay.startdatum)
    .sort((a, b) => a.startdatum.localeCompare(b.startdatum))
  const beforeStay = addDays(stay.startdatum, -1)

  for (const p of earlier) {
    const pEnd = stayEnd(p, beforeStay)
    const pLage = lageBijdrageEinde(all, p)
    const hogeOwed = pLage === null || pLage < pEnd
    if (hogeOwed && stay.startdatum <= addMonths(pEnd, 4)) return null
  }

  // Walk back over the stays that are close enough to be added together.
  let chainStart = stay.startdatum
  let usedDays = 0
  let next = stay.startdatum
  for (const p of [...earlier].reverse()) {
    if (gapDays(stayEnd(p, beforeStay), next) > 60) break
    usedDays += stayDays(p, beforeStay)
    chainStart = p.startdatum
    next = p.startdatum
  }
  const left = daysBetween(chainStart, addMonths(chainStart, 4)) - usedDays
  return left > 0 ? addDays(stay.startdatum, left - 1) : null
}

export const lageEigenBijdrage: Rule = (d) =>
  d.leveringsvormen
    .filter((lv) => lv.soort === 'verblijf')
    .flatMap((lv) => {
      const end = lageBijdrageEinde(d.leveringsvormen, lv)
      if (end === null || end < d.today || (lv.einddatum !== null && lv.einddatum <= end)) return []
      return [
        {
          sleutel: `lage-eigen-bijdrage:leveringsvorm:${lv.id}`,
          regel: 'lage-eigen-bijdrage',
          soort: 'termijn' as const,
          titel: 'Lage eigen bijdrage eindigt',
          toelichting: `Na ${formatDateLong(end)} geldt de hoge eigen bijdrage (CAK), tenzij een uitzondering van Blz 3.3.2.2 geldt. Bespreek dit met de cliënt.`,
          artikel: 'Blz art. 3.3.2.2 lid 1 sub a en lid 7',
          deadline: end,
          vanaf: addMonths(end, -1),
          bron: `leveringsvorm:${lv.id}`,
        },
      ]
    })
