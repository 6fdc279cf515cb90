/** Name parts as the BRP keeps them; display and sorting follow Dutch convention. */
export interface NameParts {
  voornamen: string
  voorvoegsel: string
  achternaam: string
  /** BRP aanduiding naamgebruik: which surname(s) the person uses (default: own). */
  naamgebruik?: 'eigen' | 'partner' | 'partner_eigen' | 'eigen_partner'
  partnerVoorvoegsel?: string
  partnerAchternaam?: string
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ')

export function initials(voornamen: string): string {
  return voornamen
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join('')
}

/**
 * "J.M. van den Berg" — how a name appears in a letter or a heading, honouring naamgebruik:
 * partner → "J.M. de Vries", partner_eigen → "J.M. de Vries-van den Berg", eigen_partner → "J.M. van den Berg-de Vries".
 */
export function displayName(n: NameParts): string {
  const own = join(n.voorvoegsel, n.achternaam)
  const partner = n.partnerAchternaam ? join(n.partnerVoorvoegsel ?? '', n.partnerAchternaam) : ''
  const surname = !partner
    ? own
    : n.naamgebruik === 'partner'
      ? partner
      : n.naamgebruik === 'partner_eigen'
        ? `${partner}-${own}`
        : n.naamgebruik === 'eigen_partner'
          ? `${own}-${partner}`
          : own
  return join(initials(n.voornamen), surname)
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

/** Sort key: achternaam without its voorvoegsel, then first names, so "Berg, J. van den" sorts under B. */
export function sortKey(n: { achternaam: string; voornamen: string }): string {
  return searchKey(`${n.achternaam} ${n.voornamen}`)
}
