import type { PlanRij } from '../../../../shared/contracts/plannen.routes'
import { PLAN_STATUS_LABEL } from '../../../../shared/contracts/plannen.routes'
import { formatDate } from '../../../../shared/format/nl'
import { DataTable } from '../../components/DataTable'
import { planHref } from './links'

/** A table of plans; each title opens the plan. */
export function PlannenList({ rows, showClient }: { rows: PlanRij[]; showClient: boolean }) {
  return (
    <DataTable
      caption="Plannen"
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { header: 'Plan', cell: (r) => <a href={planHref(r.id)}>{r.titel}</a> },
        showClient && { header: 'Cliënt', cell: (r) => r.clientNaam },
        { header: 'Soort', cell: (r) => (r.soort === 'zorgplan' ? 'Zorgplan' : 'Budgetplan') },
        { header: 'Versie', cell: (r) => r.versie },
        { header: 'Status', cell: (r) => <span className={`status-pill pill-status-${r.status}`}>{PLAN_STATUS_LABEL[r.status]}</span> },
        { header: 'Laatst opgeslagen', cell: (r) => formatDate(r.opgeslagenOp.slice(0, 10)) },
      ]}
    />
  )
}
