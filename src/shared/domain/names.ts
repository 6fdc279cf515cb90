/** Name parts as the BRP keeps them; display and sorting follow Dutch convention. */
export interface NameParts {
  voornamen: string
  voorvoegsel: string
  achternaam: string
}

export function initials(voornamen: string): string {
  return voornamen
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join('')
}

/** "J.M. van den Berg" — how a name appears in a letter or a heading. */
export function displayName(n: NameParts): string {
  return [initials(n.voornamen), n.voorvoegsel, n.achternaam].filter(Boolean).join(' ')
}

/** "Berg, J.M. van den" — sorted on the achternaam, the voorvoegsel trails (ecosystem.md). */
export function sortName(n: NameParts): string {
  const tail = [initials(n.voornamen), n.voorvoegsel].filter(Boolean).join(' ')
  return tail ? `${n.achternaam}, ${tail}` : n.achternaam
}

/**
 * Search key: lower case without diacritics ("Müller" → "muller"), the ĳ ligature spelled out,
 * and "ij" folded to "y" on both sides so "Dyk" finds "Dijk" and the reverse.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ĳ/g, 'ij')
    .replace(/ij/g, 'y')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
