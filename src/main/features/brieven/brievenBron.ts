import { AppError } from '../../lib/errors'
import type { ClientsService } from '../clients/clients.service'
import type { DossierRepo } from '../dossier/dossier.repo'
import type { PlannenRepo } from '../plannen/plannen.repo'
import type { Adviseur } from '../../../shared/contracts/profiel.routes'
import type { Briefpapier } from '../../../shared/print/briefpapier'
import type { BriefBron } from '../../../shared/domain/brieven/inhoud'
import type { BriefClient, BriefVertegenwoordiger } from '../../../shared/domain/brieven/adres'
import { aanhefNaam } from '../../../shared/domain/brieven/aanhef'
import type { BriefDossier } from '../../../shared/domain/brieven/dossier'
import type { BriefGegevens } from '../../../shared/domain/brieven/gegevens'
import type { BriefSoort } from '../../../shared/domain/brieven/soorten'
import type { GelijkgesteldeDag } from '../../../shared/domain/termijnen/feestdagen'
import { SOORT_RELATIE_LABEL } from '../../../shared/domain/codes'
import { displayName } from '../../../shared/domain/names'
import type { BriefRow } from './brieven.repo'

/** A pgb letter grants the budget op maat of a vastgesteld budgetplan (from 2025). */
export const MET_BUDGETPLAN: ReadonlySet<BriefSoort> = new Set(['pgb_toekenning', 'pgb_wijziging'])

/** Gathers what a letter is made from: the dossier's person and letter address, the adviser, the letterhead. */
export function bronReader(deps: {
  dossier: DossierRepo
  plannen: PlannenRepo
  clients: ClientsService
  adviseur: () => Adviseur | null
  briefpapier: () => Briefpapier
  /** The Beheer table of gelijkgestelde dagen (Atw art. 3 lid 3), for dates a letter computes. */
  gelijkgesteldeDagen: () => readonly GelijkgesteldeDag[]
}) {
  /**
   * The dossier facts a letter rests on (docs/legal-phase2.md §3): the vastgesteld budgetplan of a
   * pgb letter (its period holds the ingangsdatum, else one of the letter's year), and the CIZ
   * indicatie in force on the first day of the decision, else today. Stored in the snapshot, so an
   * archived letter is laid out again with the facts it was made from.
   */
  function dossierVoor(clientId: number, soort: BriefSoort, g: BriefGegevens, datum: string): BriefDossier {
    const plan = MET_BUDGETPLAN.has(soort) ? deps.plannen.vastgesteldBudgetplan(clientId, g.ingangsdatum ?? datum) : undefined
    const ingang = g.ingangsdatum ?? plan?.periodeVan ?? datum
    const ind = deps.dossier.indicatieOp(clientId, ingang) ?? deps.dossier.indicatieOp(clientId, datum)
    return {
      indicatie: ind ?? null,
      budgetplan: plan ?? null,
      gelijkgesteldeDagen: deps.gelijkgesteldeDagen().map(({ datum: d, besluit, bron }) => ({ datum: d, besluit, bron })),
    }
  }

  function client(clientId: number): BriefClient {
    const p = deps.clients.detail(clientId).persoon
    const naam = displayName(p)
    return {
      naam,
      // "Geachte mevrouw Adriaanse-de Vries": the surname from the BRP naamgebruik, not the display name cut short.
      aanhefNaam: aanhefNaam(p),
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

  function bron(
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
      dossier: dossierVoor(b.clientId, b.soort, b.gegevens, opts.datum),
    }
  }
  return Object.assign(bron, { dossierVoor })
}
export type BronReader = ReturnType<typeof bronReader>
