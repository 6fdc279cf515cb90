import { formatDateLong } from '../../format/nl'
import { isIsoDate } from '../dates'
import { metDag } from './atw'
import { erkendeFeestdagen, isWeekend, type GelijkgesteldeDag } from './feestdagen'

export interface Melding {
  /** Position in the list (0-based) the message is about. */
  rij: number
  veld: 'datum' | 'besluit' | 'bron'
  melding: string
}

/**
 * Checks a list of gelijkgestelde dagen (Atw art. 3 lid 3) before it is stored, as a whole: a
 * decree equates working days, so a weekend date is a typing error, and one date twice means two
 * rows for one day. Every message is Dutch and says which row; an empty list means "store it".
 * `bestaand`: the days already in the table; a new row on one of those dates is refused too.
 */
export function controleerGelijkstelling(rijen: readonly GelijkgesteldeDag[], bestaand: readonly GelijkgesteldeDag[] = []): Melding[] {
  const meldingen: Melding[] = []
  const gezien = new Map<string, number>()
  const opgeslagen = new Map(bestaand.map((b) => [b.datum, b]))
  rijen.forEach((r, i) => {
    const wie = `Regel ${i + 1}`
    if (!isIsoDate(r.datum)) {
      meldingen.push({ rij: i, veld: 'datum', melding: `${wie}: "${r.datum}" is geen bestaande datum. Schrijf dd-mm-jjjj.` })
      return
    }
    const eerder = gezien.get(r.datum)
    const al = opgeslagen.get(r.datum)
    if (al)
      meldingen.push({
        rij: i,
        veld: 'datum',
        melding: `${wie}: ${formatDateLong(r.datum)} staat al in de tabel (${al.besluit}). Elke dag staat maar één keer in de lijst.`,
      })
    else if (eerder !== undefined)
      meldingen.push({
        rij: i,
        veld: 'datum',
        melding: `${wie}: ${formatDateLong(r.datum)} staat al op regel ${eerder + 1}. Elke dag staat maar één keer in de lijst.`,
      })
    else gezien.set(r.datum, i)
    if (isWeekend(r.datum))
      meldingen.push({
        rij: i,
        veld: 'datum',
        melding: `${wie}: ${metDag(r.datum)} valt in het weekend. Een Koninklijk Besluit stelt alleen werkdagen gelijk met een feestdag; controleer de datum.`,
      })
    const feestdag = erkendeFeestdagen(Number(r.datum.slice(0, 4))).get(r.datum)
    if (feestdag)
      meldingen.push({
        rij: i,
        veld: 'datum',
        melding: `${wie}: ${formatDateLong(r.datum)} is al een erkende feestdag (${feestdag}, Algemene termijnenwet art. 3). Laat deze regel weg.`,
      })
    if (!r.besluit.trim()) meldingen.push({ rij: i, veld: 'besluit', melding: `${wie}: vul de titel van het Koninklijk Besluit in.` })
    if (!r.bron.trim())
      meldingen.push({ rij: i, veld: 'bron', melding: `${wie}: vul de bron in (Staatsblad-nummer of waar het besluit is gelezen).` })
  })
  return meldingen
}

/**
 * The years in use for which the table holds no gelijkgestelde dag at all. Every decree so far
 * equates at least one day in each year it covers (wlz-reference §14.1), so a year without any row
 * most likely lacks its decree: Beheer signals it, and terms in that year may end a day too early.
 */
export function jarenZonderBesluit(rijen: readonly GelijkgesteldeDag[], jaren: readonly number[]): number[] {
  const gedekt = new Set(rijen.map((r) => Number(r.datum.slice(0, 4))))
  return [...new Set(jaren)].filter((j) => !gedekt.has(j)).sort((a, b) => a - b)
}

/** The Beheer message for the years without a decree, or null when every year is covered. */
export function besluitOntbreektMelding(jaren: readonly number[]): string | null {
  if (!jaren.length) return null
  const lijst = jaren.length === 1 ? String(jaren[0]) : `${jaren.slice(0, -1).join(', ')} en ${jaren.at(-1)}`
  return `Voor ${lijst} staat nog geen besluit gelijkstelling (Koninklijk Besluit, Algemene termijnenwet art. 3 lid 3) in de tabel. Termijnen in ${jaren.length === 1 ? 'dat jaar' : 'die jaren'} kunnen een dag te vroeg eindigen. Voeg de gelijkgestelde dagen toe zodra het besluit er is.`
}
