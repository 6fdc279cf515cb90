import type { Clock } from '../../lib/clock'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { PrintService } from '../print/print.service'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import { vergelijkRijen } from '../../../shared/domain/aanbieders/vergelijkRijen'
import { formatDateLong } from '../../../shared/format/nl'
import type { VergelijkService, Wensen } from './vergelijk.service'
import { pdfBestandsnaam } from '../../../shared/format/bestandsnaam'
import { formatLeveringsvorm } from '../../../shared/format/codes'
import { gewichtenInWoorden, MAX_GEWICHT, type Gewichten } from '../../../shared/domain/aanbieders/weging'

const BRON: Record<'wens' | 'dossier' | 'indicatie', string> = {
  wens: 'uw wens',
  dossier: 'de zorg die u nu krijgt',
  indicatie: 'uw Wlz-indicatie',
}

/** aanbieders.keuzehulp: the comparison as an A4 PDF for the client. */
export function createKeuzehulp(deps: {
  clock: Clock
  uow: UnitOfWork
  print: PrintService
  vergelijk: VergelijkService
  adviseurNaam: () => string | null
}) {
  return async (clientId: number, ids: number[], wensen: Wensen, gewichten?: Gewichten): Promise<PdfFile> => {
    const v = deps.vergelijk.vergelijk(clientId, ids, wensen, gewichten)
    const g = v.client.gezocht
    const file = await deps.print.toPdf(
      {
        kind: 'keuzehulp',
        concept: false,
        briefpapier: deps.print.briefpapier(),
        clientNaam: v.client.naam,
        datum: formatDateLong(deps.clock.today()),
        locaties: v.locaties.map((l) => l.naam),
        rijen: vergelijkRijen(v).map(({ label, waarden, beste }) => ({ label, waarden, beste })),
        gezocht: `Gevraagde vorm van zorg: ${formatLeveringsvorm(g.leveringsvorm).toLowerCase()} (volgens ${BRON[g.bron]}).`,
        weging: `Zo zwaar telde elk onderwerp in de score (0 = telt niet, ${MAX_GEWICHT} = telt het zwaarst): ${gewichtenInWoorden(v.gewichten)}.`,
        adviseur: deps.adviseurNaam() ?? '',
      },
      pdfBestandsnaam('keuzehulp', v.client.naam, deps.clock.today()),
    )
    deps.uow.record({ event: 'aanbieders.keuzehulp', clientId, details: { locaties: ids.length } })
    return file
  }
}
