import { formatLeveringsvorm, formatZorgprofiel } from '../../../shared/format/codes'
import type { PlanDocumentSchema } from '../../../shared/print/documents'
import type { Briefpapier } from '../../../shared/print/briefpapier'
import type { z } from 'zod'
import { PLAN_STATUS_LABEL } from '../../../shared/contracts/plannen.routes'
import { planSecties } from '../../../shared/domain/plannen/secties'
import { formatDate, formatMoney } from '../../../shared/format/nl'
import type { PlannenService } from './plannen.service'
import type { PrintService } from '../print/print.service'
import type { ClientsService } from '../clients/clients.service'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import { pdfBestandsnaam } from '../../../shared/format/bestandsnaam'
import { displayName } from '../../../shared/domain/names'

const UITKOMST = {
  voldoet: 'Voldoet',
  voldoet_niet: 'Voldoet niet',
  signaal: 'Let op',
  onbekend: 'Niet te beoordelen',
  nvt: 'Niet van toepassing',
} as const

/** Turns a plan version into the print document. Only a vastgesteld version prints without CONCEPT. */
export function planDocument(
  data: ReturnType<PlannenService['forPrint']>,
  opts: { briefpapier: Briefpapier; adviseur: string | null; geboortedatum: string },
): z.output<typeof PlanDocumentSchema> {
  const { plan, versie, inhoud, context, controles } = data
  const kosten = controles.kosten
  const naamPer = new Map(
    inhoud.soort === 'budgetplan' ? inhoud.inhoud.zorgverleners.map((z) => [z.id, z.naam || 'Zorgverlener zonder naam']) : [],
  )
  return {
    kind: 'plan',
    concept: versie.status !== 'vastgesteld',
    briefpapier: opts.briefpapier,
    titel: plan.titel,
    soortLabel: plan.soort === 'zorgplan' ? 'Zorgplan' : 'Pgb-budgetplan',
    gegevens: [
      { label: 'Cliënt', waarde: context.clientNaam },
      { label: 'Geboortedatum', waarde: formatDate(opts.geboortedatum) },
      { label: 'Zorgprofiel', waarde: formatZorgprofiel(context.zorgprofiel) },
      { label: 'Leveringsvorm', waarde: formatLeveringsvorm(context.leveringsvorm) },
      { label: 'Versie', waarde: `${versie.nummer} (${PLAN_STATUS_LABEL[versie.status].toLowerCase()})` },
      {
        label: 'Vastgesteld',
        waarde: versie.vastgesteldOp
          ? `${formatDate(versie.vastgesteldOp.slice(0, 10))}${versie.vastgesteldDoor ? ` door ${versie.vastgesteldDoor}` : ''}`
          : 'nog niet',
      },
    ],
    secties: planSecties(inhoud).map((s) => ({ titel: s.titel, tekst: s.tekst })),
    kosten: kosten
      ? {
          periode: `${kosten.dagen} dagen`,
          regels: kosten.perZorgverlener.map((r) => ({ naam: naamPer.get(r.id) ?? r.naam, bedrag: formatMoney(r.cent) })),
          totaal: formatMoney(kosten.totaalCent),
        }
      : null,
    // A check the adviser let pass with a reason says so; the reason itself stays in the dossier.
    controles: controles.controles.map((c) => ({
      titel: c.titel,
      artikel: c.artikel,
      uitkomst: c.overschreven ? 'Beoordeeld door de adviseur' : UITKOMST[c.status],
    })),
    ondertekening: [
      { rol: 'Cliënt of vertegenwoordiger', naam: context.clientNaam },
      { rol: 'Namens het zorgkantoor', naam: opts.adviseur ?? '' },
    ],
  }
}

/** plannen.print: the PDF of one version, for download or the print dialog. */
export function createPlanPrinter(deps: {
  plannen: PlannenService
  print: PrintService
  clients: ClientsService
  adviseurNaam: () => string | null
  uow: UnitOfWork
}) {
  return async (versieId: number): Promise<PdfFile> => {
    const data = deps.plannen.forPrint(versieId)
    const client = deps.clients.mustGet(data.plan.clientId)
    const doc = planDocument(data, {
      briefpapier: deps.print.briefpapier(),
      adviseur: deps.adviseurNaam(),
      geboortedatum: client.geboortedatum,
    })
    const file = await deps.print.toPdf(doc, pdfBestandsnaam(data.plan.soort, `versie-${data.versie.nummer}`, displayName(client)))
    deps.uow.record({ event: 'plan.print', clientId: data.plan.clientId, details: { planId: data.plan.id, versie: data.versie.nummer } })
    return file
  }
}
