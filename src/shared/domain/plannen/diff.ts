import { diffWordsWithSpace } from 'diff'
import type { PlanInhoud } from '../../contracts/plannen.inhoud'
import { planSecties } from './secties'

export interface DiffDeel {
  tekst: string
  soort: 'gelijk' | 'weg' | 'erbij'
}
export interface SectieDiff {
  key: string
  titel: string
  gewijzigd: boolean
  links: DiffDeel[]
  rechts: DiffDeel[]
}

/**
 * Side-by-side comparison of two plan versions, section by section (word level). Sections that
 * exist in only one version (a zorgverlener added or removed) show as all removed or all added.
 */
export function diffPlannen(links: PlanInhoud, rechts: PlanInhoud): SectieDiff[] {
  const a = planSecties(links)
  const b = planSecties(rechts)
  const keys = [...new Set([...a.map((s) => s.key), ...b.map((s) => s.key)])]
  return keys.map((key) => {
    const l = a.find((s) => s.key === key)
    const r = b.find((s) => s.key === key)
    const titel = (r ?? l)!.titel
    const lt = l?.tekst ?? ''
    const rt = r?.tekst ?? ''
    if (lt === rt)
      return { key, titel, gewijzigd: false, links: [{ tekst: lt, soort: 'gelijk' }], rechts: [{ tekst: rt, soort: 'gelijk' }] }
    const parts = diffWordsWithSpace(lt, rt)
    return {
      key,
      titel,
      gewijzigd: true,
      links: parts.filter((p) => !p.added).map((p) => ({ tekst: p.value, soort: p.removed ? 'weg' : 'gelijk' })),
      rechts: parts.filter((p) => !p.removed).map((p) => ({ tekst: p.value, soort: p.added ? 'erbij' : 'gelijk' })),
    }
  })
}
