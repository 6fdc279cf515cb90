import type { ImportFout } from '../../../shared/contracts/referentie.routes'
import { DataTable, TableScroll } from './DataTable'

/** The row-by-row report of a refused import: row, column, the value found and what to fix. */
export function ImportFoutenTabel({ fouten, label }: { fouten: ImportFout[]; label: string }) {
  return (
    <TableScroll label={label}>
      <DataTable
        caption={label}
        captionHidden
        className="compact"
        rows={fouten}
        rowKey={(_, i) => i}
        columns={[
          { header: 'Rij', cell: (f) => f.rij },
          { header: 'Kolom', cell: (f) => f.kolom },
          { header: 'Waarde', cell: (f) => f.waarde, className: 'mono' },
          { header: 'Melding', cell: (f) => f.melding },
        ]}
      />
    </TableScroll>
  )
}
