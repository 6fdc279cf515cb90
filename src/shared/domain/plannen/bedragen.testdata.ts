// Test data only (imported by the plan tests, never by the app): dated amounts in the shape the checks read.
import type { Referentiebedrag } from './bedragen'

/** One dated reference amount as the plan checks read it (fictitious source 'test'). */
export const bedrag = (
  soort: Referentiebedrag['soort'],
  geldigVanaf: string,
  bedragCent: number,
  geverifieerd = true,
  sleutel = '',
): Referentiebedrag => ({ soort, sleutel, geldigVanaf, bedragCent, geverifieerd, bron: 'test' })

/** The verified pgb maximum tariffs for 2024 (wlz-reference §4.6). */
export const MAXIMA_2024: readonly Referentiebedrag[] = [
  bedrag('max_tarief_informeel_uur', '2024-01-01', 2444),
  bedrag('max_tarief_formeel_uur', '2024-01-01', 7700),
  bedrag('max_tarief_dagdeel', '2024-01-01', 7088),
]
