import { addDays } from '../dates'
import { easterSunday } from './calendar'

/**
 * A day equated with an algemeen erkende feestdag by Koninklijk Besluit (Atw art. 3 lid 3), e.g.
 * the Friday after Hemelvaartsdag. Decrees come every three years, so these days are data the
 * calendar receives (a maintainable table in Beheer), never constants in code.
 */
export interface GelijkgesteldeDag {
  datum: string
  /** The decree's title, e.g. "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, …". */
  besluit: string
  /** Where the decree was read (Staatsblad number, or the secondary source until it is verified). */
  bron: string
}

const cache = new Map<number, ReadonlyMap<string, string>>()

/**
 * Algemene termijnenwet art. 3 lid 1: Nieuwjaarsdag, tweede Paas- en Pinksterdag, both Christmas
 * days, Hemelvaartsdag, the day the King's birthday is celebrated and 5 mei; lid 2: Goede Vrijdag
 * is equated with them. Koningsdag is 27 April, or 26 April when the 27th is a Sunday. Sundays
 * count on their own (art. 1), so eerste Paas- and Pinksterdag need no entry.
 */
export function erkendeFeestdagen(year: number): ReadonlyMap<string, string> {
  const known = cache.get(year)
  if (known) return known
  const easter = easterSunday(year)
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`
  const days = new Map<string, string>([
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [addDays(easter, -2), 'Goede Vrijdag'],
    [addDays(easter, 1), 'tweede Paasdag'],
    [kingsDay, 'Koningsdag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'tweede Pinksterdag'],
    [`${year}-12-25`, 'eerste Kerstdag'],
    [`${year}-12-26`, 'tweede Kerstdag'],
  ])
  cache.set(year, days)
  return days
}

export const DAGNAMEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const

export const weekdag = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay()
export const isWeekend = (iso: string): boolean => weekdag(iso) === 0 || weekdag(iso) === 6

/** Why a day is no working day under the Atw: the feestdag's name, 'gelijkgestelde dag', the weekday; null for a working day. */
export function rustdag(iso: string, gelijkgesteld: readonly GelijkgesteldeDag[]): { naam: string | null } | null {
  const feestdag = erkendeFeestdagen(Number(iso.slice(0, 4))).get(iso)
  if (feestdag) return { naam: feestdag }
  if (gelijkgesteld.some((g) => g.datum === iso)) return { naam: 'gelijkgestelde dag' }
  return isWeekend(iso) ? { naam: null } : null
}

export const isWerkdag = (iso: string, gelijkgesteld: readonly GelijkgesteldeDag[]): boolean => rustdag(iso, gelijkgesteld) === null
