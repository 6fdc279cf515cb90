import { useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { PLAN_STATUSSEN, PLAN_STATUS_LABEL } from '../../../../shared/contracts/plannen.routes'
import { PlannenList } from './PlannenList'

type Status = (typeof PLAN_STATUSSEN)[number]

/** All plans, most recently saved first, with filters on kind and status. */
export function ZorgplannenPage() {
  const [soort, setSoort] = useState<'' | 'zorgplan' | 'budgetplan'>('')
  const [status, setStatus] = useState<'' | Status>('')
  const list = useRoute('plannen.list', { ...(soort ? { soort } : {}), ...(status ? { status } : {}) })
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Zorgplannen en budgetplannen</h1>
      </div>
      <div className="toolbar">
        <label>
          Soort{' '}
          <select value={soort} onChange={(e) => setSoort(e.target.value as typeof soort)}>
            <option value="">Alle</option>
            <option value="zorgplan">Zorgplannen</option>
            <option value="budgetplan">Budgetplannen</option>
          </select>
        </label>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            <option value="">Alle</option>
            {PLAN_STATUSSEN.map((s) => (
              <option key={s} value={s}>
                {PLAN_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.error && <p className="alert alert-error">{list.error}</p>}
      {list.data && list.data.length === 0 && (
        <div className="card empty">
          <p>Er zijn nog geen plannen{soort || status ? ' met deze keuze' : ''}.</p>
          <p className="muted">Een nieuw zorgplan of budgetplan maakt u in het dossier van de cliënt, onder Plannen.</p>
        </div>
      )}
      {list.data && list.data.length > 0 && <PlannenList rows={list.data} showClient />}
    </section>
  )
}
