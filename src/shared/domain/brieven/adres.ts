/** Addressing a letter for a window envelope, as PostNL wants it. */

export interface Adres {
  straat: string
  huisnummer: string
  huisnummerToevoeging: string
  postcode: string
  woonplaats: string
}

export interface BriefClient {
  /** Display name, e.g. "J.M. van den Berg" (naamgebruik applied). */
  naam: string
  /** Surname as used in a salutation, e.g. "Van den Berg". */
  aanhefNaam: string
  geslacht: 'onbekend' | 'man' | 'vrouw'
  geboortedatum: string
  adres: Adres
}

export interface BriefVertegenwoordiger {
  naam: string
  organisatie: string
  /** Dutch label of the relation, e.g. "Curator". */
  relatie: string
  adres: Adres
}

export const adresCompleet = (a: Adres) =>
  a.straat.trim() !== '' && a.huisnummer.trim() !== '' && a.postcode.trim() !== '' && a.woonplaats.trim() !== ''

/** "Dorpsstraat 12 A" */
export function straatRegel(a: Adres): string {
  return [a.straat, [a.huisnummer, a.huisnummerToevoeging].filter(Boolean).join(' ')].filter(Boolean).join(' ')
}

/** "1234 AB  ROTTERDAM": one space inside the postcode, two before the city, the city in capitals. */
export function plaatsRegel(a: Adres): string {
  return `${a.postcode}  ${a.woonplaats.toLocaleUpperCase('nl-NL')}`
}

const titel = (g: BriefClient['geslacht']) => (g === 'man' ? 'De heer ' : g === 'vrouw' ? 'Mevrouw ' : '')

/** The address block: the representative who receives letters, else the client. */
export function adresregels(client: BriefClient, vertegenwoordiger: BriefVertegenwoordiger | null): string[] {
  if (vertegenwoordiger) {
    const v = vertegenwoordiger
    return [v.organisatie, v.organisatie ? `t.a.v. ${v.naam}` : v.naam, straatRegel(v.adres), plaatsRegel(v.adres)].filter(
      (l) => l.trim() !== '',
    )
  }
  return [`${titel(client.geslacht)}${client.naam}`, straatRegel(client.adres), plaatsRegel(client.adres)].filter((l) => l.trim() !== '')
}

/** What is missing to address the letter, in plain Dutch. */
export function adresOntbreekt(client: BriefClient, vertegenwoordiger: BriefVertegenwoordiger | null): string[] {
  if (vertegenwoordiger) {
    return adresCompleet(vertegenwoordiger.adres)
      ? []
      : [
          `Het adres van de vertegenwoordiger (${vertegenwoordiger.relatie.toLowerCase()}) is niet compleet. Vul straat, huisnummer, postcode en woonplaats in bij Vertegenwoordigers.`,
        ]
  }
  return adresCompleet(client.adres)
    ? []
    : ['Het adres van de cliënt is niet compleet. Vul straat, huisnummer, postcode en woonplaats in bij Persoon.']
}
