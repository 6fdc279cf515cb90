import { z } from 'zod'

/**
 * How a shortlist is ordered: six criteria, each scored 0–1 per location, weighed by the adviser.
 * The weights are the adviser's (saved per adviser) because the story decides what matters: for a
 * client whose husband must visit daily, distance outweighs wachttijd.
 */
export const CRITERIA = ['fit', 'contract', 'specialisatie', 'partner', 'afstand', 'wachttijd'] as const
export type Criterium = (typeof CRITERIA)[number]

export const CRITERIUM_LABEL: Record<Criterium, string> = {
  fit: 'Past bij zorgprofiel en vorm van zorg',
  contract: 'Contract met het zorgkantoor',
  specialisatie: 'Speciale zorg en levensbeschouwing',
  partner: 'Plaatsen voor een partner',
  afstand: 'Afstand',
  wachttijd: 'Wachttijd',
}

export const MAX_GEWICHT = 5
const Gewicht = z
  .number({ error: `Kies een gewicht van 0 tot en met ${MAX_GEWICHT}.` })
  .int(`Kies een gewicht van 0 tot en met ${MAX_GEWICHT}.`)
  .min(0, `Kies een gewicht van 0 tot en met ${MAX_GEWICHT}.`)
  .max(MAX_GEWICHT, `Kies een gewicht van 0 tot en met ${MAX_GEWICHT}.`)
export const GewichtenSchema = z.strictObject(Object.fromEntries(CRITERIA.map((c) => [c, Gewicht])) as Record<Criterium, typeof Gewicht>)
export type Gewichten = z.output<typeof GewichtenSchema>

/** Fit first, then contract and distance; the rest counts, but less. */
export const STANDAARD_GEWICHTEN: Gewichten = { fit: 5, contract: 3, specialisatie: 2, partner: 2, afstand: 3, wachttijd: 2 }

/** Beyond these, distance and wachttijd score nothing; in between the score falls in a straight line. */
export const AFSTAND_NUL_KM = 50
export const WACHTTIJD_NUL_WEKEN = 26

/** Per criterion 0–1, or null when it does not apply (no wish for it): then it does not count. */
export type Deelscores = Record<Criterium, number | null>

export function deelscores(l: {
  profielPast: boolean
  leveringsvormPast: boolean
  gecontracteerd: boolean
  wensGevraagd: number
  wensGehaald: number
  partnerGevraagd: boolean
  partnerplekken: number
  afstandKm: number | null
  wachttijdWeken: number | null
}): Deelscores {
  const lineair = (v: number | null, nul: number) => (v === null ? 0 : Math.max(0, 1 - v / nul))
  return {
    fit: (l.profielPast ? 0.5 : 0) + (l.leveringsvormPast ? 0.5 : 0),
    contract: l.gecontracteerd ? 1 : 0,
    specialisatie: l.wensGevraagd ? l.wensGehaald / l.wensGevraagd : null,
    partner: l.partnerGevraagd ? (l.partnerplekken > 0 ? 1 : 0) : null,
    afstand: lineair(l.afstandKm, AFSTAND_NUL_KM),
    wachttijd: lineair(l.wachttijdWeken, WACHTTIJD_NUL_WEKEN),
  }
}

/** 0–100: the weighed share of the points the criteria that apply could give. */
export function totaalScore(d: Deelscores, g: Gewichten): number {
  let punten = 0
  let max = 0
  for (const c of CRITERIA) {
    const s = d[c]
    if (s === null) continue
    punten += s * g[c]
    max += g[c]
  }
  return max === 0 ? 0 : Math.round((punten / max) * 1000) / 10
}

/** "Past bij zorgprofiel en vorm van zorg 5, Contract … 3, …": the weights in words, for the keuzehulp. */
export const gewichtenInWoorden = (g: Gewichten): string => CRITERIA.map((c) => `${CRITERIUM_LABEL[c]} ${g[c]}`).join(', ')
