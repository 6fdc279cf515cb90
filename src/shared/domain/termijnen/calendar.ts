import { addDays } from '../dates'

/** Calendar arithmetic for legal terms, on ISO dates (UTC days: no DST surprises). */

export function addWeeks(iso: string, weeks: number): string {
  return addDays(iso, weeks * 7)
}

/** Adds calendar months; the 31st of a shorter month becomes its last day (31 jan + 1 maand = 28/29 feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay))).toISOString().slice(0, 10)
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Algemene termijnenwet art. 3 lid 1: algemeen erkende feestdagen are Sunday, Nieuwjaarsdag,
 * tweede Paas- en Pinksterdag, both Christmas days, Hemelvaartsdag, the King's birthday as
 * celebrated, and 5 May. (Goede Vrijdag is not one.)
 */
export function atwHolidays(year: number): ReadonlySet<string> {
  const easter = easterSunday(year)
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`
  return new Set([
    `${year}-01-01`,
    addDays(easter, 1),
    kingsDay,
    `${year}-05-05`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ])
}

export function isAtwRestDay(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6 || atwHolidays(Number(iso.slice(0, 4))).has(iso)
}

/**
 * Algemene termijnenwet art. 1 lid 1: a statutory term that would end on a Saturday, Sunday or
 * algemeen erkende feestdag is extended to the first following day that is none of these.
 */
export function endOfTermAtw(iso: string): string {
  let day = iso
  while (isAtwRestDay(day)) day = addDays(day, 1)
  return day
}

/**
 * Awb 6:7 + 6:8 lid 1: the six-week bezwaartermijn starts the day after bekendmaking, so it ends
 * 42 days after the bekendmaking date (same weekday), extended by the Atw.
 */
export function bezwaartermijnEinde(bekendmaking: string): string {
  return endOfTermAtw(addWeeks(bekendmaking, 6))
}
