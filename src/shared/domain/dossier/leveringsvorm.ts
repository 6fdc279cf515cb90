import { zorgprofiel } from '../zorgprofielen'
import { MET_PGB, type Leveringsvorm } from '../codes'
import { formatDate } from '../../format/nl'
import type { Issue } from './indicatie'

export interface LeveringsvormDraft {
  id?: number
  soort: Leveringsvorm
  startdatum: string
  einddatum: string | null
  etmalen: string | null
  overbrugging: boolean
}

const overlaps = (a: LeveringsvormDraft, b: LeveringsvormDraft) =>
  a.startdatum <= (b.einddatum ?? '9999-12-31') && b.startdatum <= (a.einddatum ?? '9999-12-31')

/**
 * Checks a leveringsvorm against the dossier: a valid period, an indicatie in force on the start
 * date, no second verblijf (or the same leveringsvorm twice) at the same time, dtv with etmalen,
 * and no pgb for a zorgprofiel without pgb (Blz 3.6.2 lid 1 sub a) unless it bridges a wait (Wlz 3.3.6 lid 2).
 */
export function leveringsvormIssues(
  lv: LeveringsvormDraft,
  others: readonly LeveringsvormDraft[],
  indicaties: ReadonlyArray<{ ingangsdatum: string; einddatum: string | null; zorgprofiel: string }>,
): Issue[] {
  const issues: Issue[] = []
  if (lv.einddatum !== null && lv.einddatum < lv.startdatum)
    issues.push({ path: 'einddatum', message: 'De einddatum ligt vóór de startdatum.' })
  const indicatie = indicaties.find((i) => i.ingangsdatum <= lv.startdatum && (i.einddatum === null || i.einddatum >= lv.startdatum))
  if (!indicatie) {
    issues.push({ path: 'startdatum', message: 'Op de startdatum is er geen geldige Wlz-indicatie. Leg eerst de indicatie vast.' })
  } else if (MET_PGB.has(lv.soort) && !lv.overbrugging && zorgprofiel(indicatie.zorgprofiel)?.pgb === false) {
    issues.push({
      path: 'soort',
      message: `Bij zorgprofiel ${zorgprofiel(indicatie.zorgprofiel)?.kort} is geen pgb mogelijk (Blz art. 3.6.2 lid 1 sub a).`,
    })
  }
  if (lv.soort === 'dtv' && !lv.etmalen)
    issues.push({ path: 'etmalen', message: 'Kies het aantal etmalen per week voor deeltijdverblijf.' })
  for (const o of others) {
    if (o.id === lv.id || !overlaps(lv, o)) continue
    if (lv.soort === 'verblijf' && o.soort === 'verblijf') {
      issues.push({
        path: 'startdatum',
        message: `Er loopt al een verblijf in deze periode (vanaf ${formatDate(o.startdatum)}). Beëindig dat eerst.`,
      })
      break
    }
    if (o.soort === lv.soort) {
      issues.push({ path: 'startdatum', message: `Deze leveringsvorm loopt al in deze periode (vanaf ${formatDate(o.startdatum)}).` })
      break
    }
  }
  return issues
}
