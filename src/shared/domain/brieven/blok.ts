import { formatDateLong as d } from '../../format/nl'
import type { Blok } from '../../print/brief'
import type { BriefGegevens } from './gegevens'

export const blok = (id: string, titel: string | null, alineas: string[], extra: Partial<Blok> = {}): Blok => ({
  id,
  titel,
  alineas,
  lijst: [],
  tabel: [],
  vrij: false,
  ...extra,
})

export function aanvraagZin(g: BriefGegevens, wat: string): string[] {
  return g.aanvraagOntvangenOp
    ? [`Op ${d(g.aanvraagOntvangenOp)} hebben wij uw aanvraag voor ${wat} ontvangen. In deze brief leest u ons besluit.`]
    : [`U heeft ${wat} aangevraagd. In deze brief leest u ons besluit.`]
}

export const nodig = (waarde: unknown, melding: string): string[] => (waarde === null || waarde === '' ? [melding] : [])

export const PAKKET = {
  vpt: 'een volledig pakket thuis (vpt)',
  mpt: 'een modulair pakket thuis (mpt)',
  pgb: 'een persoonsgebonden budget (pgb)',
  meerzorg: 'meerzorg',
} as const
