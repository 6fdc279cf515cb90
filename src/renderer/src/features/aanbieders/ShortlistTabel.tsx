import type { ReactNode } from 'react'
import type { Vergelijking } from '../../../../shared/contracts/aanbieders.routes'
import { CRITERIUM_LABEL, type Criterium } from '../../../../shared/domain/aanbieders/weging'
import { SPECIALISATIE_LABEL } from '../../../../shared/domain/aanbieders/codes'
import { DataTable, TableScroll, type Column } from '../../components/DataTable'

type Locatie = Vergelijking['locaties'][number]

/**
 * The shortlist with a column per criterion: the value in words and the points it gave with the
 * adviser's weight, so the order explains itself. A criterion without a wish shows "telt niet".
 */
export function ShortlistTabel(props: { v: Vergelijking; busy: boolean; kies: (l: Locatie) => ReactNode }) {
  const { v } = props
  const punten = (l: Locatie, c: Criterium) => {
    const s = l.deelscores[c]
    if (s === null || v.gewichten[c] === 0) return <span className="muted"> · telt niet</span>
    return <span className="muted"> · {(Math.round(s * v.gewichten[c] * 10) / 10).toLocaleString('nl-NL')} pt</span>
  }
  const kolom = (c: Criterium, waarde: (l: Locatie) => string): Column<Locatie> => ({
    header: `${CRITERIUM_LABEL[c]} (×${v.gewichten[c]})`,
    cell: (l) => (
      <>
        {waarde(l)}
        {punten(l, c)}
      </>
    ),
  })
  const janee = (b: boolean) => (b ? 'Ja' : 'Nee')
  return (
    <TableScroll label="Voorstel" wide>
      <DataTable
        className="shortlist"
        busy={props.busy}
        caption="Voorstel, best passend eerst. Per onderwerp de waarde en de punten met uw weging (×). Kies 2 tot 4 locaties om te vergelijken."
        rows={v.locaties}
        rowKey={(l) => l.id}
        columns={[
          { header: 'Kies', cell: props.kies },
          {
            header: 'Locatie',
            rowHeader: true,
            cell: (l) => (
              <>
                {l.naam} <span className="muted">({l.organisatie})</span>
              </>
            ),
          },
          kolom('fit', (l) => `Profiel ${janee(l.profielPast).toLowerCase()}, vorm ${janee(l.leveringsvormPast).toLowerCase()}`),
          kolom('contract', (l) => janee(l.gecontracteerd)),
          kolom(
            'specialisatie',
            (l) => l.specialisaties.map((s) => SPECIALISATIE_LABEL[s as keyof typeof SPECIALISATIE_LABEL] ?? s).join(', ') || '—',
          ),
          kolom('partner', (l) => (l.partnerplekken ? String(l.partnerplekken) : 'Geen')),
          kolom('afstand', (l) => (l.afstandKm === null ? 'Onbekend' : `${l.afstandKm.toLocaleString('nl-NL')} km`)),
          kolom('wachttijd', (l) => (l.wachttijdWeken === null ? 'Onbekend' : `${l.wachttijdWeken} weken`)),
          { header: 'Score (van 100)', className: 'num', cell: (l) => <strong>{l.score.toLocaleString('nl-NL')}</strong> },
        ]}
      />
    </TableScroll>
  )
}
