import type { PlanRij } from '../../../../shared/contracts/plannen.routes'
import { PLAN_STATUS_LABEL } from '../../../../shared/contracts/plannen.routes'
import { formatDate } from '../../../../shared/format/nl'
import { planHref } from './links'

/** A table of plans; each title opens the plan. */
export function PlannenList({ rows, showClient }: { rows: PlanRij[]; showClient: boolean }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Plannen</caption>
      <thead>
        <tr>
          <th scope="col">Plan</th>
          {showClient && <th scope="col">Cliënt</th>}
          <th scope="col">Soort</th>
          <th scope="col">Versie</th>
          <th scope="col">Status</th>
          <th scope="col">Laatst opgeslagen</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={planHref(r.id)}>{r.titel}</a>
            </td>
            {showClient && <td>{r.clientNaam}</td>}
            <td>{r.soort === 'zorgplan' ? 'Zorgplan' : 'Budgetplan'}</td>
            <td>{r.versie}</td>
            <td>
              <span className={`status-pill pill-status-${r.status}`}>{PLAN_STATUS_LABEL[r.status]}</span>
            </td>
            <td>{formatDate(r.opgeslagenOp.slice(0, 10))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
