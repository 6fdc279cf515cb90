import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { Field } from '../../components/Field'
import { planHref } from '../plannen/links'
import { PlannenList } from '../plannen/PlannenList'
import type { TabProps } from './tabProps'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

/** The client's zorgplannen and budgetplannen, and a new one from a template. */
export function PlannenTab({ dossier }: TabProps) {
  const clientId = dossier.client.id
  const list = useRoute('plannen.list', { clientId })
  const sjablonen = useRoute('plannen.sjablonen', {})
  const [sjabloon, setSjabloon] = useState('')
  const [titel, setTitel] = useState('')
  const action = useAction()
  const chosen = sjabloon || sjablonen.data?.[0]?.id || ''

  const create = () =>
    action.run(async () => {
      const { planId } = await call('plannen.create', { clientId, sjabloon: chosen, titel })
      window.location.hash = planHref(planId)
    })

  return (
    <>
      <section className="card" aria-labelledby="plannen-title">
        <h2 id="plannen-title">Plannen</h2>
        {list.data && list.data.length === 0 && <p className="muted">Deze cliënt heeft nog geen zorgplan of budgetplan.</p>}
        {list.data && list.data.length > 0 && <PlannenList rows={list.data} showClient={false} />}
      </section>
      <section className="card" aria-labelledby="nieuw-plan-title">
        <h2 id="nieuw-plan-title">Nieuw plan</h2>
        <div className="form-grid">
          <Field label="Sjabloon" required hint={sjablonen.data?.find((s) => s.id === chosen)?.omschrijving ?? ''}>
            {(a) => (
              <select {...a} value={chosen} onChange={(e) => setSjabloon(e.target.value)}>
                {sjablonen.data?.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.soort === 'zorgplan' ? 'Zorgplan' : 'Budgetplan'}: {s.naam}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Titel" hint="Leeg laten voor 'Zorgplan' of 'Budgetplan' met het jaar.">
            {(a) => <input {...a} maxLength={200} value={titel} onChange={(e) => setTitel(e.target.value)} />}
          </Field>
        </div>
        <ErrorAlert message={action.error} />
        <div className="actions">
          <button type="button" className="primary" disabled={!chosen} onClick={() => void create()}>
            Plan maken
          </button>
        </div>
      </section>
    </>
  )
}
