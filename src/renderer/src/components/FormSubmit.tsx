import { ErrorAlert } from './ErrorAlert'
import { formAlert } from './FieldIssues'
import type { FieldIssue } from '../../../shared/contracts/envelope'

/**
 * The end of a form that shows its field issues (`FieldIssues`): the alert (how many fields to fix, or
 * the refusal itself) and the submit button, with "Annuleren" when the form can be closed.
 */
export function FormSubmit(props: {
  action: { busy: boolean; error: string | null; issues: readonly FieldIssue[] }
  /** The fields this form shows, so an issue on one of them is not repeated in the alert. */
  fields: readonly string[]
  label: string
  busyLabel?: string
  onCancel?: () => void
}) {
  const { action } = props
  return (
    <>
      <ErrorAlert message={formAlert(action, props.fields)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy && props.busyLabel ? props.busyLabel : props.label}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Annuleren
          </button>
        )}
      </div>
    </>
  )
}
