import type { Vergelijking } from '../../contracts/aanbieders.routes'
import { formatDate } from '../../format/nl'
import { formatLeveringsvorm } from '../../format/codes'
import { SPECIALISATIE_LABEL, WACHTSTATUS_LABEL, type Wachtstatus } from './codes'

type Locatie = Vergelijking['locaties'][number]

export interface VergelijkRij {
  key: string
  label: string
  waarden: string[]
  /** Indexes of the best value in this row (none when all are equal or unknown). */
  beste: number[]
  verschilt: boolean
}

const janee = (b: boolean) => (b ? 'Ja' : 'Nee')

function best(values: Array<number | null>, higherIsBetter: boolean): number[] {
  const known = values.filter((v): v is number => v !== null)
  if (known.length < 2 || new Set(known).size === 1) return []
  const target = higherIsBetter ? Math.max(...known) : Math.min(...known)
  return values.flatMap((v, i) => (v === target ? [i] : []))
}

/** The comparison as rows of plain-language values, with the best value per row marked. */
export function vergelijkRijen(v: Pick<Vergelijking, 'locaties' | 'client'>): VergelijkRij[] {
  const { locaties } = v
  const rij = (key: string, label: string, waarden: string[], beste: number[]): VergelijkRij => ({
    key,
    label,
    waarden,
    beste,
    verschilt: new Set(waarden).size > 1,
  })
  const bool = (f: (l: Locatie) => boolean) =>
    best(
      locaties.map((l) => (f(l) ? 1 : 0)),
      true,
    )
  return [
    rij(
      'organisatie',
      'Zorgaanbieder',
      locaties.map((l) => l.organisatie),
      [],
    ),
    rij(
      'adres',
      'Adres',
      locaties.map((l) => l.adres),
      [],
    ),
    rij(
      'profiel',
      'Levert zorg bij uw zorgprofiel',
      locaties.map((l) => janee(l.profielPast)),
      bool((l) => l.profielPast),
    ),
    rij(
      'leveringsvorm',
      `Levert de gevraagde vorm van zorg (${formatLeveringsvorm(v.client.gezocht.leveringsvorm).toLowerCase()})`,
      locaties.map((l) => janee(l.leveringsvormPast)),
      bool((l) => l.leveringsvormPast),
    ),
    rij(
      'contract',
      'Afspraken met het zorgkantoor (zorg in natura)',
      locaties.map((l) => (l.gecontracteerd ? `Ja${l.contractTot ? `, tot ${formatDate(l.contractTot)}` : ''}` : 'Nee')),
      bool((l) => l.gecontracteerd),
    ),
    rij(
      'wachttijd',
      'Wachttijd',
      locaties.map((l) =>
        l.wachttijdWeken === null
          ? 'Onbekend'
          : `${l.wachttijdWeken} weken${l.wachttijdBijgewerkt ? ` (stand ${formatDate(l.wachttijdBijgewerkt)})` : ''}`,
      ),
      best(
        locaties.map((l) => l.wachttijdWeken),
        false,
      ),
    ),
    rij(
      'afstand',
      'Afstand vanaf uw postcode',
      locaties.map((l) => (l.afstandKm === null ? 'Onbekend' : `${l.afstandKm.toLocaleString('nl-NL')} km`)),
      best(
        locaties.map((l) => l.afstandKm),
        false,
      ),
    ),
    rij(
      'partner',
      'Plaatsen voor een partner',
      locaties.map((l) => (l.partnerplekken ? String(l.partnerplekken) : 'Geen')),
      best(
        locaties.map((l) => l.partnerplekken),
        true,
      ),
    ),
    rij(
      'specialisatie',
      'Speciale zorg',
      locaties.map((l) => l.specialisaties.map((s) => SPECIALISATIE_LABEL[s as keyof typeof SPECIALISATIE_LABEL] ?? s).join(', ') || '—'),
      [],
    ),
    rij(
      'levensbeschouwing',
      'Levensbeschouwing',
      locaties.map((l) => l.levensbeschouwing || '—'),
      [],
    ),
    rij(
      'wachtlijst',
      'Uw plaats op de wachtlijst',
      locaties.map((l) => (l.wachtstatus ? WACHTSTATUS_LABEL[l.wachtstatus as Wachtstatus] : 'Niet aangemeld')),
      [],
    ),
    rij(
      'score',
      'Score volgens de weging (van 100)',
      locaties.map((l) => l.score.toLocaleString('nl-NL')),
      best(
        locaties.map((l) => l.score),
        true,
      ),
    ),
  ]
}
