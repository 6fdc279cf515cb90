import { type NameParts } from '../names'
import type { BriefClient, BriefVertegenwoordiger } from './adres'

const hoofdletter = (s: string) => (s ? s[0]!.toLocaleUpperCase('nl-NL') + s.slice(1) : s)
const samen = (...delen: string[]) => delen.filter(Boolean).join(' ')

/**
 * The surname as a salutation uses it, from the BRP naamgebruik: own name, partner's name, or both
 * joined by a hyphen (partner first for partner_eigen). Without initials, a voorvoegsel starts with
 * a capital: "Geachte mevrouw Van den Berg", "Geachte mevrouw Adriaanse-de Vries".
 */
export function aanhefNaam(n: NameParts): string {
  const eigen = samen(n.voorvoegsel, n.achternaam)
  const partner = n.partnerAchternaam ? samen(n.partnerVoorvoegsel ?? '', n.partnerAchternaam) : ''
  const naam = !partner
    ? eigen
    : n.naamgebruik === 'partner'
      ? partner
      : n.naamgebruik === 'partner_eigen'
        ? `${partner}-${eigen}`
        : n.naamgebruik === 'eigen_partner'
          ? `${eigen}-${partner}`
          : eigen
  return hoofdletter(naam)
}

/**
 * The aanhef from geslacht and naamgebruik: "Geachte mevrouw Adriaanse," / "Geachte heer De Vries,".
 * When the geslacht is unknown, the neutral form with initials and surname ("Geachte A. Adriaanse,"),
 * never "heer/mevrouw". A representative is addressed by the name recorded for them.
 */
export function aanhef(client: BriefClient, vertegenwoordiger: BriefVertegenwoordiger | null): string {
  if (vertegenwoordiger) return `Geachte ${vertegenwoordiger.naam},`
  if (client.geslacht === 'man') return `Geachte heer ${client.aanhefNaam},`
  if (client.geslacht === 'vrouw') return `Geachte mevrouw ${client.aanhefNaam},`
  return `Geachte ${client.naam},`
}
