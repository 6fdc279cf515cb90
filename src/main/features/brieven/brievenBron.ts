import type { Db } from '../../db/types'
import { AppError } from '../../lib/errors'
import type { ClientsService } from '../clients/clients.service'
import type { Adviseur } from '../../../shared/contracts/profiel.routes'
import type { Briefpapier } from '../../../shared/print/briefpapier'
import type { BriefBron } from '../../../shared/domain/brieven/inhoud'
import type { BriefClient, BriefVertegenwoordiger } from '../../../shared/domain/brieven/adres'
import { SOORT_RELATIE_LABEL, type SoortRelatie } from '../../../shared/domain/codes'
import { displayName, initials } from '../../../shared/domain/names'
import type { BriefRow } from './brieven.repo'

const capitalise = (s: string) => (s ? s[0]!.toLocaleUpperCase('nl-NL') + s.slice(1) : s)

/** Gathers what a letter is made from: the dossier's person and letter address, the adviser, the letterhead. */
export function bronReader(deps: { db: Db; clients: ClientsService; adviseur: () => Adviseur | null; briefpapier: () => Briefpapier }) {
  const vertegenwoordiger = deps.db.prepare(
    `SELECT naam, organisatie, soort_relatie AS soortRelatie, straat, huisnummer, huisnummer_toevoeging AS huisnummerToevoeging, postcode, woonplaats
     FROM vertegenwoordiger WHERE client_id = ? AND brieven_naar = 1 AND actief = 1`,
  )

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
    const v = vertegenwoordiger.get(clientId) as (Record<string, string> & { soortRelatie: SoortRelatie }) | undefined
    if (!v) return null
    return {
      naam: v.naam!,
      organisatie: v.organisatie!,
      relatie: SOORT_RELATIE_LABEL[v.soortRelatie],
      adres: {
        straat: v.straat!,
        huisnummer: v.huisnummer!,
        huisnummerToevoeging: v.huisnummerToevoeging!,
        postcode: v.postcode!,
        woonplaats: v.woonplaats!,
      },
    }
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
