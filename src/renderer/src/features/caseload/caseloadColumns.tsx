import { formatZorgprofiel } from '../../../../shared/format/codes'
import { columnVisibilityFeature, createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { CaseloadRow, Kolom } from '../../../../shared/contracts/caseload.routes'
import { aantal, formatDate } from '../../../../shared/format/nl'
import { LEVERINGSVORM_LABEL, type Leveringsvorm } from '../../../../shared/domain/codes'
import { zorgprofiel } from '../../../../shared/domain/zorgprofielen'
import { dossierHref } from './links'
import { SignalBadges } from './signals'

export const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature })
const helper = createColumnHelper<typeof features, CaseloadRow>()

export const KOLOM_LABEL: Record<Kolom, string> = {
  naam: 'Naam',
  geboortedatum: 'Geboortedatum',
  bsn: 'BSN',
  postcode: 'Postcode',
  zorgprofiel: 'Zorgprofiel',
  leveringsvorm: 'Leveringsvorm',
  deadline: 'Volgende termijn',
  signalen: 'Signalen',
  adviseur: 'Adviseur',
}

/**
 * Grid track per column: names get the room, short codes stay narrow. The default columns fit a
 * 1366-pixel laptop screen (e2e/specs/layout.spec.ts checks that nothing is cut off).
 */
export const KOLOM_BREEDTE: Record<Kolom | 'select', string> = {
  select: '2.5rem',
  naam: 'minmax(9.5rem, 2fr)',
  geboortedatum: '8.9rem',
  bsn: '6.35rem',
  postcode: '5.75rem',
  zorgprofiel: '7.25rem',
  leveringsvorm: '8.5rem',
  deadline: '9.25rem',
  signalen: 'minmax(12rem, 1.5fr)',
  adviseur: 'minmax(8rem, 1fr)',
}

export const DEFAULT_KOLOMMEN: Kolom[] = [
  'naam',
  'geboortedatum',
  'bsn',
  'postcode',
  'zorgprofiel',
  'leveringsvorm',
  'deadline',
  'signalen',
]

export const columns = helper.columns([
  helper.display({
    id: 'select',
    header: () => <span className="visually-hidden">Selectie</span>,
    cell: ({ row }) => (
      <input
        type="checkbox"
        tabIndex={-1}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
        onClick={(e) => e.stopPropagation()}
        aria-label={`Selecteer ${row.original.naam}`}
      />
    ),
  }),
  helper.accessor('naam', {
    id: 'naam',
    header: KOLOM_LABEL.naam,
    cell: ({ row }) => (
      <a href={dossierHref(row.original.id)} tabIndex={-1} className="row-link">
        {row.original.naam}
        {row.original.geheim && <span className="badge badge-geheim">Geheim</span>}
      </a>
    ),
  }),
  helper.accessor('geboortedatum', { id: 'geboortedatum', header: KOLOM_LABEL.geboortedatum, cell: (c) => formatDate(c.getValue()) }),
  helper.accessor('bsnMasked', { id: 'bsn', header: KOLOM_LABEL.bsn, cell: (c) => <span className="mono">{c.getValue()}</span> }),
  helper.accessor('postcode', { id: 'postcode', header: KOLOM_LABEL.postcode, cell: (c) => c.getValue() || '—' }),
  helper.accessor('zorgprofiel', {
    id: 'zorgprofiel',
    header: KOLOM_LABEL.zorgprofiel,
    cell: (c) => {
      const code = c.getValue()
      const z = code ? zorgprofiel(code) : undefined
      return z ? <abbr title={formatZorgprofiel(code)}>{z.kort}</abbr> : '—'
    },
  }),
  helper.accessor('leveringsvorm', {
    id: 'leveringsvorm',
    header: KOLOM_LABEL.leveringsvorm,
    cell: (c) => (c.getValue() ? LEVERINGSVORM_LABEL[c.getValue() as Leveringsvorm] : '—'),
  }),
  helper.accessor('eersteDeadline', {
    id: 'deadline',
    header: KOLOM_LABEL.deadline,
    cell: (c) => (c.getValue() ? <Termijn datum={c.getValue()!} openTaken={c.row.original.openTaken} /> : '—'),
  }),
  helper.accessor('signalen', { id: 'signalen', header: KOLOM_LABEL.signalen, cell: (c) => <SignalBadges signalen={c.getValue()} /> }),
  helper.accessor('adviseurNaam', { id: 'adviseur', header: KOLOM_LABEL.adviseur, cell: (c) => c.getValue() ?? '—' }),
])

/** The first deadline; "+2" says in words (tooltip and screen reader) that two more open tasks follow. */
function Termijn({ datum, openTaken }: { datum: string; openTaken: number }) {
  const meer = openTaken - 1
  if (meer < 1) return <>{formatDate(datum)}</>
  const uitleg = `en nog ${aantal(meer, 'open taak', 'open taken')}`
  return (
    <>
      {formatDate(datum)}{' '}
      <span className="meer-taken" title={uitleg}>
        <span aria-hidden="true">+{meer}</span>
        <span className="visually-hidden">{uitleg}</span>
      </span>
    </>
  )
}
