import type { Vergelijking } from '../../../../shared/contracts/aanbieders.routes'
import { vergelijkRijen, type VergelijkRij } from '../../../../shared/domain/aanbieders/vergelijkRijen'
import { DataTable, TableScroll, type Column } from '../../components/DataTable'

/** The locations side by side; rows that differ are highlighted, the best value per row is marked in words too. */
export function VergelijkTabel({ vergelijking }: { vergelijking: Vergelijking }) {
  const columns: Column<VergelijkRij>[] = [
    { header: 'Onderwerp', hideHeader: true, rowHeader: true, cell: (r) => r.label },
    ...vergelijking.locaties.map((l, i): Column<VergelijkRij> => ({
      header: l.naam,
      className: (r) => (r.beste.includes(i) ? 'beste' : undefined),
      cell: (r) => (
        <>
          {r.waarden[i]}
          {r.beste.includes(i) && <span className="beste-label"> ★ beste</span>}
        </>
      ),
    })),
  ]
  return (
    <TableScroll label="Vergelijking" wide>
      <DataTable
        className="vergelijk"
        caption="Vergelijking van locaties"
        captionHidden
        rows={vergelijkRijen(vergelijking)}
        rowKey={(r) => r.key}
        rowClassName={(r) => (r.verschilt ? 'verschilt' : undefined)}
        columns={columns}
      />
    </TableScroll>
  )
}
