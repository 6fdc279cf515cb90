import type { BudgetplanInhoud, PlanInhoud, ZorgplanInhoud } from '../../contracts/plannen.inhoud'
import type { Controle } from './controles'

/**
 * What must be filled in before a plan can be set vastgesteld. A draft may be saved with anything
 * missing; only the final version must be complete. Each item is a Dutch sentence for the adviser.
 */
export function ontbrekendVoorVaststellen(plan: PlanInhoud, controles: readonly Controle[]): string[] {
  const missing = plan.soort === 'zorgplan' ? zorgplanOntbreekt(plan.inhoud) : budgetplanOntbreekt(plan.inhoud)
  for (const c of controles)
    if (c.blokkeert && c.status === 'voldoet_niet') missing.push(`Controle "${c.titel}" voldoet niet (${c.artikel}).`)
  return missing
}

// Wlz art. 8.1.1 lid 1 sub a–d: the four agreements every zorgplan records.
function zorgplanOntbreekt(z: ZorgplanInhoud): string[] {
  const out: string[] = []
  if (!z.doelen.trim()) out.push('De doelen (Wlz art. 8.1.1 lid 1 sub a).')
  if (!z.zorgverleners.trim()) out.push('De verantwoordelijke zorgverleners en de coördinatie (sub b).')
  if (!z.leven.trim()) out.push('Hoe de cliënt zijn leven wil inrichten en de ondersteuning daarbij (sub c).')
  if (!z.evaluatieAfspraken.trim()) out.push('Hoe vaak en wanneer het plan wordt geëvalueerd (sub d).')
  if (!z.volgendeEvaluatie) out.push('De datum van de volgende evaluatie.')
  return out
}

function budgetplanOntbreekt(b: BudgetplanInhoud): string[] {
  const out: string[] = []
  if (!b.periodeVan || !b.periodeTot) out.push('De periode van het budgetplan.')
  if (!b.zorgverleners.length) out.push('Minstens één zorgverlener met een zorgbeschrijving.')
  b.zorgverleners.forEach((z, i) => {
    const wie = z.naam.trim() || `zorgverlener ${i + 1}`
    if (!z.naam.trim()) out.push(`De naam van zorgverlener ${i + 1}.`)
    if (!z.regels.length) out.push(`Minstens één zorgregel voor ${wie}.`)
    if (z.regels.some((r) => r.perWeek <= 0 || r.tariefCent <= 0)) out.push(`Aantal per week en tarief bij elke zorgregel van ${wie}.`)
    if (z.soort === 'formeel' && !z.kvkNummer && !z.bigNummer)
      out.push(`Een KvK- of BIG-nummer voor formele zorgverlener ${wie} (Blz art. 3.6.5 lid 3).`)
  })
  // Wlz art. 3.3.3 lid 4 sub b–d: the adviser's judgement of pgb-vaardigheid and the bewuste keuze.
  const open = b.pgbVaardigheid.filter((p) => p.oordeel === null).length
  if (open) out.push(`Uw oordeel over ${open} van de 10 punten pgb-vaardigheid.`)
  if (b.pgbVaardigheid.some((p) => p.oordeel === 'onvoldoende'))
    out.push('Een of meer punten pgb-vaardigheid zijn onvoldoende (Wlz art. 3.3.3 lid 4 sub b en c).')
  if (!b.keuzegesprek.datum) out.push('De datum van het bewust keuzegesprek.')
  if (b.keuzegesprek.uitkomst !== 'positief') out.push('Een positieve uitkomst van het bewust keuzegesprek (Wlz art. 3.3.3 lid 4 sub d).')
  return out
}
