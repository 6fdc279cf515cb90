import type { DossierRepo } from '../dossier/dossier.repo'
import type { PlannenRepo } from '../plannen/plannen.repo'
import type { BriefGegevens } from '../../../shared/domain/brieven/gegevens'
import type { BriefSoort } from '../../../shared/domain/brieven/soorten'
import { OP_MAAT_VANAF } from '../../../shared/domain/plannen/opMaat'
import type { BrievenRepo } from './brieven.repo'
import { MET_BUDGETPLAN } from './brievenBron'

/** A refusal after a voornemen tot afwijzing of the same kind (Awb 4:7/4:8). */
const NA_VOORNEMEN: Partial<Record<BriefSoort, string>> = {
  pgb_afwijzing: 'pgb',
  vpt_afwijzing: 'vpt',
  mpt_afwijzing: 'mpt',
  meerzorg_afwijzing: 'meerzorg',
}

/**
 * What a new letter can take from the dossier so the adviser need not type it again; only fields
 * left open are filled, and the adviser sees and may change every one of them.
 * - pgb toekenning/wijziging: the ingangsdatum of the vastgesteld budgetplan (from 2025 the amount
 *   follows from it); before 2025 the maximum for the zorgprofiel from the dated table.
 * - ontvangstbevestiging bezwaar: the day the contested letter was sent (its bekendmaking), or the
 *   bezwaar as registered in the dossier, with the adviescommissie (Awb 7:10 lid 1: twelve weeks).
 * - wachtlijst confirmation: location, date of plaatsing, wachtstatus and classificatie from the
 *   wachtlijst record, and the overbruggingszorg that runs (the letter then does not offer it).
 * - a refusal after a voornemen: zienswijze asked, with the voornemen's kenmerk and date.
 */
export function createVoorinvuller(deps: {
  repo: BrievenRepo
  dossier: DossierRepo
  plannen: PlannenRepo
  today: () => string
  /** The yearly pgb budget for the client's zorgprofiel on a date (before op maat), from Beheer. */
  budgetVoor?: ((clientId: number, datum: string) => number | null) | undefined
}) {
  return function voorinvullen(clientId: number, soort: BriefSoort, input: BriefGegevens): BriefGegevens {
    const g = { ...input }
    if (MET_BUDGETPLAN.has(soort)) {
      if (g.ingangsdatum === null) {
        // Next year's plan first: in December the yearly toekenning for the coming year is due.
        const jaar = Number(deps.today().slice(0, 4))
        const plan = [jaar + 1, jaar]
          .map((j) => deps.plannen.vastgesteldBudgetplan(clientId, `${j}-01-01`))
          .find((p) => p !== undefined && p.periodeTot >= deps.today())
        if (plan) g.ingangsdatum = plan.periodeVan
      }
      const start = g.ingangsdatum ?? deps.today()
      // From 2025 there is no maximum per zorgprofiel: the budget is op maat.
      if (g.maximumCenten === null && start < OP_MAAT_VANAF) g.maximumCenten = deps.budgetVoor?.(clientId, start) ?? null
    }
    if (soort === 'bevestiging_wachtlijst') {
      const w = deps.dossier.wachtplaats(clientId)
      if (w) {
        g.aanbieder ||= `${w.locatie} (${w.organisatie})`
        g.ingangsdatum ??= w.sinds
        g.wachtstatus ??= w.wachtstatus
        g.classificatie ??= w.classificaties.split(',').find(Boolean) ?? null
        if (w.overbrugging === 1) g.overbruggingDoor ||= w.overbruggingAanbieder
      }
      const lopend = deps.dossier.lopendeOverbrugging(clientId, deps.today())
      if (lopend !== undefined) g.overbruggingDoor ||= lopend || 'een zorgaanbieder'
    }
    if (soort === 'ontvangst_bezwaar') {
      const bezwaar = deps.dossier.openBezwaar(clientId)
      if (g.bestredenBekendgemaaktOp === null && g.bestredenKenmerk)
        g.bestredenBekendgemaaktOp = deps.repo.verzondenOp(clientId, g.bestredenKenmerk)
      if (bezwaar) {
        g.bezwaarOntvangenOp ??= bezwaar.ontvangenOp
        g.bestredenBekendgemaaktOp ??= bezwaar.besluitBekendgemaaktOp
        g.adviescommissie ||= bezwaar.adviescommissie
      }
    }
    const voor = NA_VOORNEMEN[soort]
    const voornemen = voor && g.zienswijze === null ? deps.repo.voornemen(clientId, voor) : undefined
    if (voornemen) {
      g.zienswijze = 'gevraagd'
      g.voornemenKenmerk ||= voornemen.kenmerk
      g.voornemenDatum ??= voornemen.datum
    }
    return g
  }
}
export type Voorinvuller = ReturnType<typeof createVoorinvuller>
