import { useRoute } from '../../api/useRoute'
import { PlanWorkspace } from './PlanWorkspace'

/** One plan. The workspace remounts when the open version or its status changes (after an action). */
export function PlanPage({ planId }: { planId: number }) {
  const plan = useRoute('plannen.get', { planId })
  if (!plan.data) {
    return plan.error ? (
      <section>
        <p className="breadcrumb">
          <a href="#/zorgplannen">Zorgplannen</a>
        </p>
        <p className="alert alert-error" role="alert">
          {plan.error}
        </p>
      </section>
    ) : (
      <p role="status">Plan wordt geladen…</p>
    )
  }
  const p = plan.data
  return <PlanWorkspace key={`${p.huidig.id}:${p.huidig.status}`} plan={p} onReload={plan.reload} />
}
