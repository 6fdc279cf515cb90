import { formatLeveringsvorm, formatZorgprofiel } from '../../../../shared/format/codes'
import { useEffect, useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { Tabs } from '../../components/Tabs'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import { dossierHref } from '../caseload/links'
import { PLAN_STATUS_LABEL, type Plan } from '../../../../shared/contracts/plannen.routes'
import type { PlanInhoud } from '../../../../shared/contracts/plannen.inhoud'
import { BudgetplanEditor } from './BudgetplanEditor'
import { ControlesPanel } from './ControlesPanel'
import { PlanActions } from './PlanActions'
import { SaveStatus } from './SaveStatus'
import { useAutosave } from './useAutosave'
import { VersiesPanel } from './VersiesPanel'
import { ZorgplanEditor } from './ZorgplanEditor'
import { zorgplanVragen } from '../../../../shared/domain/plannen/sjablonen'

type TabId = 'plan' | 'controles' | 'versies'

/** Editing one version: the editor with autosave, the checks, the versions, and the actions. */
export function PlanWorkspace({ plan, onReload }: { plan: Plan; onReload: () => void }) {
  const v = plan.huidig
  const editable = v.status !== 'vastgesteld'
  const [inhoud, setInhoud] = useState<PlanInhoud>(v.plan)
  const [tab, setTab] = useState<TabId>('plan')
  const action = useAction()
  const autosave = useAutosave(v.id, { revisie: v.revisie, savedAt: v.opgeslagenOp }, inhoud, editable)
  const controles = useRoute('plannen.controles', { versieId: v.id }, autosave.savedAt)
  const notify = useToast()

  // Ctrl+S saves at once (advisers press it out of habit; it must not open a browser dialog).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        autosave.saveNow()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [autosave])

  const act = (fn: () => Promise<unknown>, done: string) =>
    action.run(async () => {
      await fn()
      notify(done)
      onReload()
    })

  const c = plan.context
  const tabs = [
    { id: 'plan', label: plan.soort === 'zorgplan' ? 'Zorgplan' : 'Budgetplan' },
    {
      id: 'controles',
      label: 'Controles',
      ...(controles.data?.ontbreekt.length ? { badge: String(controles.data.ontbreekt.length) } : {}),
    },
    { id: 'versies', label: 'Versies', badge: String(plan.versies.length) },
  ] as const
  return (
    <section aria-labelledby="page-title" className="plan-page">
      <p className="breadcrumb">
        <a href="#/zorgplannen">Zorgplannen</a> · <a href={dossierHref(c.clientId)}>Dossier {c.clientNaam}</a>
      </p>
      <div className="page-head">
        <h1 id="page-title">
          {plan.titel} <span className="muted">— {c.clientNaam}</span>
        </h1>
        <SaveStatus autosave={autosave} />
      </div>
      <p className="plan-meta">
        Versie {v.nummer} · <span className={`status-pill pill-status-${v.status}`}>{PLAN_STATUS_LABEL[v.status]}</span>
        {c.zorgprofiel && ` · ${formatZorgprofiel(c.zorgprofiel)}`}
        {c.leveringsvorm && ` · ${formatLeveringsvorm(c.leveringsvorm)}`}
        {!editable && ' · vastgesteld: alleen lezen. Maak een nieuwe versie om iets te veranderen.'}
      </p>
      <PlanActions
        plan={plan}
        revisie={autosave.revisie}
        saved={autosave.state === 'opgeslagen'}
        ontbreekt={controles.data?.ontbreekt ?? []}
        flush={autosave.saveNow}
        act={act}
      />
      {action.error && (
        <div className="alert alert-error" role="alert">
          <p>{action.error}</p>
          {action.issues.length > 0 && (
            <ul>
              {action.issues.map((i) => (
                <li key={i.message}>{i.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <Tabs label="Onderdelen van het plan" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'plan' &&
          (inhoud.soort === 'zorgplan' ? (
            <ZorgplanEditor
              vragen={zorgplanVragen(plan.sjabloon)}
              inhoud={inhoud.inhoud}
              issues={autosave.issues}
              readOnly={!editable}
              onChange={(next) => setInhoud({ soort: 'zorgplan', inhoud: next })}
            />
          ) : (
            <BudgetplanEditor
              inhoud={inhoud.inhoud}
              kosten={controles.data?.kosten ?? null}
              issues={autosave.issues}
              readOnly={!editable}
              onChange={(next) => setInhoud({ soort: 'budgetplan', inhoud: next })}
            />
          ))}
        {tab === 'controles' && (
          <ControlesPanel
            controles={controles.data}
            loading={controles.loading}
            open={editable ? { versieId: v.id, revisie: autosave.revisie } : null}
            onChanged={controles.reload}
          />
        )}
        {tab === 'versies' && <VersiesPanel versies={plan.versies} />}
      </Tabs>
    </section>
  )
}
