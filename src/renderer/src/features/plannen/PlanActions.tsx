import { call, UserError } from '../../api/client'
import { ConfirmButton } from '../../components/ConfirmButton'
import { downloadPdf } from '../../print/downloadPdf'
import { printPdf } from '../../print/printPdf'
import type { Plan } from '../../../../shared/contracts/plannen.routes'

/** Status steps (concept → besproken → vastgesteld), a new version after vaststellen, and the PDF. */
export function PlanActions(props: {
  plan: Plan
  revisie: number
  saved: boolean
  ontbreekt: string[]
  flush: () => void
  act: (fn: () => Promise<unknown>, done: string) => Promise<void>
}) {
  const { plan, revisie, act } = props
  const v = plan.huidig
  // A status change names the revision it was based on; while a save is pending it would be refused.
  const setStatus = (status: 'concept' | 'besproken' | 'vastgesteld', done: string) =>
    act(async () => {
      if (!props.saved) throw new UserError('Wacht even tot alle wijzigingen zijn opgeslagen en probeer het dan opnieuw.')
      return call('plannen.setStatus', { versieId: v.id, revisie, status })
    }, done)
  return (
    <div className="toolbar plan-actions">
      {v.status === 'concept' && (
        <button type="button" onClick={() => void setStatus('besproken', 'Plan staat op besproken')}>
          Markeer als besproken
        </button>
      )}
      {v.status === 'besproken' && (
        <button type="button" onClick={() => void setStatus('concept', 'Plan staat weer op concept')}>
          Terug naar concept
        </button>
      )}
      {v.status !== 'vastgesteld' && (
        <ConfirmButton
          className="primary"
          label="Vaststellen…"
          title="Plan vaststellen?"
          confirmLabel="Vaststellen"
          onConfirm={() => setStatus('vastgesteld', 'Plan vastgesteld')}
        >
          <p>Een vastgesteld plan verandert niet meer. Een wijziging wordt daarna een nieuwe versie.</p>
          {props.ontbreekt.length > 0 && (
            <>
              <p>Dit ontbreekt nog of klopt niet:</p>
              <ul>
                {props.ontbreekt.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
        </ConfirmButton>
      )}
      {v.status === 'vastgesteld' && (
        <button
          type="button"
          className="primary"
          onClick={() => void act(() => call('plannen.nieuweVersie', { planId: plan.id }), 'Nieuwe versie gemaakt')}
        >
          Nieuwe versie maken
        </button>
      )}
      <button
        type="button"
        onClick={() =>
          void act(
            async () => {
              props.flush()
              await downloadPdf(await call('plannen.print', { versieId: v.id }))
            },
            v.status === 'vastgesteld' ? 'PDF gemaakt' : 'Concept-PDF gemaakt',
          )
        }
      >
        {v.status === 'vastgesteld' ? 'PDF voor ondertekening' : 'Concept-PDF'}
      </button>
      <button
        type="button"
        onClick={() =>
          void act(async () => {
            props.flush()
            await printPdf(await call('plannen.print', { versieId: v.id }))
          }, 'PDF klaar om af te drukken')
        }
      >
        Afdrukken
      </button>
    </div>
  )
}
