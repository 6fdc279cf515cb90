import { AppError } from '../../lib/errors'
import type { ClientsService } from '../clients/clients.service'
import type { DossierRepo } from '../dossier/dossier.repo'
import type { Adviseur } from '../../../shared/contracts/profiel.routes'
import type { Briefpapier } from '../../../shared/print/briefpapier'
import type { BriefBron } from '../../../shared/domain/brieven/inhoud'
import type { BriefClient, BriefVertegenwoordiger } from '../../../shared/domain/brieven/adres'
import { SOORT_RELATIE_LABEL } from '../../../shared/domain/codes'
import { displayName, initials } from '../../../shared/domain/names'
import type { BriefRow } from './brieven.repo'

const capitalise = (s: string) => (s ? s[0]!.toLocaleUpperCase('nl-NL') + s.slice(1) : s)

/** Gathers what a letter is made from: the dossier's person and letter address, the adviser, the letterhead. */
export function bronReader(deps: {
  dossier: DossierRepo
  clients: ClientsService
  adviseur: () => Adviseur | null
  briefpapier: () => Briefpapier
}) {
  function client(clientId: number): BriefClient {
    const p = deps.clients.detail(clientId).persoon
    const naam = displayName(p)
    return {
      naam,
      aanhefNaam: capitalise(naam.slice(initials(p.voornamen).length).trim()),
      geslacht: p.geslacht,
      geboortedatum: p.geboortedatum,
      adres: {
        straat: p.straat,
        huisnummer: p.huisnummer,
        huisnummerToevoeging: p.huisnummerToevoeging,
        postcode: p.postcode,
        woonplaats: p.woonplaats,
      },
    }
  }

  function brievenNaar(clientId: number): BriefVertegenwoordiger | null {
    const v = deps.dossier.letterAddress(clientId)
    if (!v) return null
    const { naam, organisatie, soortRelatie, ...adres } = v
    return { naam, organisatie, relatie: SOORT_RELATIE_LABEL[soortRelatie], adres }
  }

  return function bron(
    b: BriefRow,
    opts: { datum: string; kenmerk: string | null; corrigeert: { kenmerk: string; datum: string } | null },
  ): BriefBron {
    const a = deps.adviseur()
    if (!a) throw new AppError('NOT_READY', 'Maak eerst uw profiel aan.')
    return {
      soort: b.soort,
      gegevens: b.gegevens,
      vrijeTekst: b.vrijeTekst,
      datum: opts.datum,
      kenmerk: opts.kenmerk,
      client: client(b.clientId),
      vertegenwoordiger: brievenNaar(b.clientId),
      adviseur: { naam: a.naam, functie: a.functie },
      briefpapier: deps.briefpapier(),
      corrigeert: opts.corrigeert,
    }
  }
}
export type BronReader = ReturnType<typeof bronReader>
