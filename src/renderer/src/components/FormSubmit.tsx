import { formAlert } from './FieldIssues'
import { FormActions } from './formFields'
import type { FieldIssue } from '../../../shared/contracts/envelope'

/**
 * The end of a form that shows its field issues (`FieldIssues`): the alert says how many fields to fix
 * (or the refusal itself), then the submit row, with "Annuleren" when the form can be closed.
 */
export function FormSubmit(props: {
  action: { busy: boolean; error: string | null; issues: readonly FieldIssue[] }
  /** The fields this form shows, so an issue on one of them is not repeated in the alert. */
  fields: readonly string[]
  label: string
  /** The button's text while busy; without it the label stays. */
  busyLabel?: string
  onCancel?: () => void
}) {
  return (
    <FormActions
      error={formAlert(props.action, props.fields)}
      busy={props.action.busy}
      submitLabel={props.label}
      busyLabel={props.busyLabel ?? props.label}
      {...(props.onCancel ? { onCancel: props.onCancel } : {})}
    />
  )
}
