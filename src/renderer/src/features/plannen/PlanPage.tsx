import { useRoute } from '../../api/useRoute'
import { PageLoad } from '../../components/PageLoad'
import { PlanWorkspace } from './PlanWorkspace'

/** One plan (`#/plan/<id>`). The workspace remounts when the open version or its status changes (after an action). */
export function PlanPage({ id: planId }: { id: number }) {
  const plan = useRoute('plannen.get', { planId })
  if (!plan.data)
    return <PageLoad error={plan.error} loading="Plan wordt geladen…" back={{ href: '#/zorgplannen', label: 'Zorgplannen' }} />
  const p = plan.data
  return <PlanWorkspace key={`${p.huidig.id}:${p.huidig.status}`} plan={p} onReload={plan.reload} />
}
