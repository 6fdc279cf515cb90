import { addDays } from '../dates'

/**
 * Dated reference amounts (Beheer → Bedragen en tarieven). Amounts change every year and sometimes
 * mid-year (1 July 2020), so every lookup names a date and uses the row in force on that date.
 */
export const BEDRAG_SOORTEN = [
  'max_tarief_formeel_uur',
  'max_tarief_informeel_uur',
  'max_tarief_dagdeel',
  'pgb_budget_jaar',
  'verblijf_kosten_jaar',
  'toeslag_wooninitiatief_jaar',
] as const
export type BedragSoort = (typeof BEDRAG_SOORTEN)[number]

export const BEDRAG_SOORT_LABEL: Record<BedragSoort, string> = {
  max_tarief_formeel_uur: 'Maximumtarief formele zorg (per uur)',
  max_tarief_informeel_uur: 'Maximumtarief informele zorg (per uur)',
  max_tarief_dagdeel: 'Maximumtarief dagbesteding / begeleiding groep (per dagdeel)',
  pgb_budget_jaar: 'Pgb-budget per zorgprofiel (per jaar)',
  verblijf_kosten_jaar: 'Kosten verblijf per zorgprofiel (per jaar)',
  toeslag_wooninitiatief_jaar: 'Toeslag wooninitiatief (per jaar)',
}
/** Kinds whose amount differs per zorgprofiel (the `sleutel` is the profile code). */
export const PER_ZORGPROFIEL: ReadonlySet<BedragSoort> = new Set(['pgb_budget_jaar', 'verblijf_kosten_jaar'])

export interface Referentiebedrag {
  soort: BedragSoort
  /** Zorgprofiel code for per-profile kinds, '' otherwise. */
  sleutel: string
  geldigVanaf: string
  bedragCent: number
  geverifieerd: boolean
  bron: string
}

/** The row in force on a date: the latest `geldigVanaf` on or before it. */
export function bedragOp(rows: readonly Referentiebedrag[], soort: BedragSoort, sleutel: string, datum: string): Referentiebedrag | null {
  let best: Referentiebedrag | null = null
  for (const r of rows) {
    if (r.soort !== soort || r.sleutel !== sleutel || r.geldigVanaf > datum) continue
    if (!best || r.geldigVanaf > best.geldigVanaf) best = r
  }
  return best
}

/**
 * A verified amount belongs to the year it is used for. A 2024 tariff used for 2026 is the best
 * the table has, but the UI must say that 2026 has no verified amount.
 */
export function isVerifiedFor(row: Referentiebedrag, datum: string): boolean {
  return row.geverifieerd && row.geldigVanaf.slice(0, 4) === datum.slice(0, 4)
}

export const daysInYear = (year: number): number => (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365)

export function daysBetweenInclusive(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000) + 1
}

export interface ProRata {
  /** The amount for the period in cents, or null when some day has no row in force. */
  cent: number | null
  /** Years in the period for which the table has no verified amount of their own. */
  ongeverifieerdeJaren: number[]
  /** The rows that were used, for showing the figures. */
  gebruikt: Referentiebedrag[]
}

/**
 * A yearly amount for a part year, pro rata by days (Rlz 2015 art. 5.14 lid 3), day by day so a
 * mid-period change of amount is honoured exactly.
 */
export function proRata(rows: readonly Referentiebedrag[], soort: BedragSoort, sleutel: string, van: string, tot: string): ProRata {
  let total = 0
  let missing = false
  const unverified = new Set<number>()
  const used = new Map<string, Referentiebedrag>()
  for (let day = van; day <= tot; day = addDays(day, 1)) {
    const row = bedragOp(rows, soort, sleutel, day)
    if (!row) {
      missing = true
      continue
    }
    used.set(row.geldigVanaf, row)
    if (!isVerifiedFor(row, day)) unverified.add(Number(day.slice(0, 4)))
    total += row.bedragCent / daysInYear(Number(day.slice(0, 4)))
  }
  return { cent: missing ? null : Math.round(total), ongeverifieerdeJaren: [...unverified], gebruikt: [...used.values()] }
}
