/**
 * Article references, cited two ways: short for the adviser ("Wlz art. 3.3.3 lid 4 onder a") and in
 * words for the client, B1 ("artikel 3.3.3 lid 4 onder a van de Wet langdurige zorg"). Where
 * wlz-reference.md marks an article number unverified (the Rlz was read in its 2015 text only,
 * §13 item 3), a letter names only the regulation and the adviser is told why; never a guess.
 */
export type Wet = 'Wlz' | 'Blz' | 'Rlz' | 'Awb'

export interface Artikel {
  wet: Wet
  /** "3.3.3", "4:7"; empty when only a titel is meant. */
  nummer: string
  lid?: number
  onder?: string
  /** A titel instead of an article, e.g. "titel 4.2" of the Awb (subsidies). */
  titel?: string
  /** False where wlz-reference.md could not confirm the current number. */
  geverifieerd: boolean
  /** The number in the 2015 Rlz text, shown to the adviser only. */
  nummer2015?: string
}

const WETNAAM: Record<Wet, string> = {
  Wlz: 'de Wet langdurige zorg',
  Blz: 'het Besluit langdurige zorg',
  Rlz: 'de Regeling langdurige zorg',
  Awb: 'de Algemene wet bestuursrecht',
}

export const art = (wet: Wet, nummer: string, lid?: number, onder?: string): Artikel => ({
  wet,
  nummer,
  ...(lid !== undefined ? { lid } : {}),
  ...(onder ? { onder } : {}),
  geverifieerd: true,
})
/** An Rlz article whose current number is not verified; `nummer2015` is what the 2015 text had. */
export const rlz = (nummer2015: string): Artikel => ({ wet: 'Rlz', nummer: '', geverifieerd: false, nummer2015 })

const deel = (a: Artikel) => `${a.nummer}${a.lid !== undefined ? ` lid ${a.lid}` : ''}${a.onder ? ` onder ${a.onder}` : ''}`

/** For the adviser and in tasks: "Wlz art. 3.3.3 lid 4 onder a"; an unverified number says so. */
export function kort(a: Artikel): string {
  if (a.titel) return `${a.wet} ${a.titel}`
  if (!a.geverifieerd) return `Rlz (artikelnummer niet geverifieerd; tekst 2015: art. ${a.nummer2015})`
  return `${a.wet} art. ${deel(a)}`
}

/** For the client, in words: "artikel 3.3.3 lid 4 onder a van de Wet langdurige zorg". */
export function voluit(a: Artikel): string {
  if (a.titel) return `${a.titel} van ${WETNAAM[a.wet]}`
  if (!a.geverifieerd) return WETNAAM[a.wet]
  return `artikel ${deel(a)} van ${WETNAAM[a.wet]}`
}

/** What the adviser must know about a reference before signing, or null. Never printed. */
export function notitie(a: Artikel): string | null {
  if (a.geverifieerd) return null
  return `Het huidige artikelnummer in de ${WETNAAM[a.wet].replace(/^de /, '')} is niet geverifieerd (in de tekst van 2015: art. ${a.nummer2015}). De brief noemt daarom alleen de regeling; controleer de actuele tekst op wetten.overheid.nl (BWBR0036014).`
}

export const opsomming = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`

/**
 * The legal basis in one phrase: "artikel 3.3.3 lid 4 onder b van de Wet langdurige zorg en
 * artikel 3.6.1 en 3.6.3 van het Besluit langdurige zorg". Articles of one regulation are grouped;
 * "3.3.3" or "3.3.3 lid 4" is left out when "3.3.3 lid 4 onder b" is named; unverified ones name the regulation.
 */
export function grondslagInWoorden(artikelen: readonly Artikel[]): string {
  // "3.3.2 lid 4" says nothing more when "3.3.2 lid 4 onder a" is named too.
  const algemener = (a: Artikel) => artikelen.some((b) => b.wet === a.wet && deel(b).startsWith(`${deel(a)} `))
  const uniek = artikelen.filter((a, i) => artikelen.findIndex((b) => kort(b) === kort(a)) === i)
  const delen: string[] = []
  for (const wet of ['Wlz', 'Blz', 'Rlz', 'Awb'] as const) {
    const vanWet = uniek.filter((a) => a.wet === wet)
    const nummers = vanWet.filter((a) => a.geverifieerd && !a.titel && !algemener(a)).map(deel)
    if (nummers.length) delen.push(`artikel ${opsomming(nummers)} van ${WETNAAM[wet]}`)
    for (const a of vanWet.filter((x) => x.titel)) delen.push(voluit(a))
    if (!nummers.length && vanWet.some((a) => !a.geverifieerd)) delen.push(WETNAAM[wet])
  }
  return opsomming(delen)
}
