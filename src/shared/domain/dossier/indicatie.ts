import { zorgprofiel } from '../zorgprofielen'
import { addDays } from '../dates'
import { addMonths } from '../termijnen/calendar'
import { formatDate } from '../../format/nl'

export interface IndicatieDraft {
  id?: number
  besluitnummer: string
  afgiftedatum: string
  ingangsdatum: string
  einddatum: string | null
  zorgprofiel: string
  meerzorg: boolean
}
export interface Issue {
  path: string
  message: string
}

/**
 * Hard checks on a CIZ indicatie as recorded by the zorgkantoor. `before` is the stored version
 * when editing (a legacy zorgprofiel may stay on an old record, but is never chosen anew).
 */
export function indicatieIssues(ind: IndicatieDraft, today: string, others: readonly IndicatieDraft[], before?: IndicatieDraft): Issue[] {
  const issues: Issue[] = []
  const profiel = zorgprofiel(ind.zorgprofiel)
  if (!profiel) issues.push({ path: 'zorgprofiel', message: `Zorgprofiel ${ind.zorgprofiel} bestaat niet in de codelijst (iWlz COD163).` })
  else if (!profiel.actueel && before?.zorgprofiel !== ind.zorgprofiel) {
    issues.push({ path: 'zorgprofiel', message: `${profiel.kort} is geen huidig Wlz-zorgprofiel meer; kies een huidig profiel.` })
  }
  if (ind.einddatum !== null && ind.einddatum < ind.ingangsdatum)
    issues.push({ path: 'einddatum', message: 'De einddatum ligt vóór de ingangsdatum.' })
  if (ind.afgiftedatum > today)
    issues.push({ path: 'afgiftedatum', message: 'De afgiftedatum ligt in de toekomst; een indicatiebesluit is al afgegeven.' })
  const clash = others.find(
    (o) => o.id !== ind.id && o.ingangsdatum >= ind.ingangsdatum && (ind.einddatum === null || o.ingangsdatum <= ind.einddatum),
  )
  if (clash) {
    issues.push({
      path: 'ingangsdatum',
      message: `Deze periode overlapt met indicatie ${clash.besluitnummer} (vanaf ${formatDate(clash.ingangsdatum)}).`,
    })
  }
  return issues
}

/**
 * A new indicatie replaces the one in force (herindicatie): earlier open or overlapping indicaties
 * end the day before the new ingangsdatum. Returns the ids and their new einddatum.
 */
export function indicatiesToClose(ind: IndicatieDraft, others: readonly IndicatieDraft[]): Array<{ id: number; einddatum: string }> {
  const dayBefore = addDays(ind.ingangsdatum, -1)
  return others
    .filter(
      (o) =>
        o.id !== undefined && o.id !== ind.id && o.ingangsdatum < ind.ingangsdatum && (o.einddatum === null || o.einddatum > dayBefore),
    )
    .map((o) => ({ id: o.id!, einddatum: dayBefore }))
}

/** Soft checks shown beside the indicatie: the CIZ decides, the zorgkantoor records what it decided. */
export function indicatieWaarschuwingen(ind: IndicatieDraft): string[] {
  const profiel = zorgprofiel(ind.zorgprofiel)
  if (!profiel) return []
  const out: string[] = []
  if (profiel.maxMaanden) {
    const max = addDays(addMonths(ind.ingangsdatum, profiel.maxMaanden), -1)
    if (ind.einddatum === null || ind.einddatum > max) {
      out.push(`Voor ${profiel.kort} geldt een indicatie hoogstens ${profiel.maxMaanden} maanden (Rlz 3.2): uiterlijk ${formatDate(max)}.`)
    }
  }
  if (ind.meerzorg && !profiel.meerzorg)
    out.push(`Bij ${profiel.kort} is meerzorg volgens de codelijst niet mogelijk; controleer het besluit.`)
  return out
}
