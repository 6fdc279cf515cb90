import type { GelijkgesteldeDag } from './feestdagen'

/**
 * Test fixture: the two decrees of wlz-reference.md §14.1, as migration 0007 seeds them. Tests
 * pass this list to the calendar exactly as the app passes the Beheer table; no rule reads it.
 */
const BRON = 'sterfgeval.nl, 4-10-2025 (secundair; Staatsblad-nummer niet gevonden)'
const B1 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag'
const B2 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag'

export const BESLUITEN_2023_2028: readonly GelijkgesteldeDag[] = [
  ...['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'].map((datum) => ({ datum, besluit: B1, bron: BRON })),
  ...['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'].map((datum) => ({ datum, besluit: B2, bron: BRON })),
]
