import type { ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'
import { ErrorSummary, issuesOf } from './FieldIssues'
import { FormActions } from './formFields'
import type { RecordForm } from './useRecordForm'

/**
 * The frame every useRecordForm form shares: the summary of all field errors at once (read out, focus
 * on the first), the fields, and the save/cancel buttons with the error main gave for the whole form.
 */
export function RecordFormFrame<V extends FieldValues>(props: {
  form: RecordForm<V>
  submitLabel: string
  onCancel?: () => void
  children: ReactNode
}) {
  const { form } = props
  return (
    <form className="form" noValidate onSubmit={form.submit}>
      <ErrorSummary issues={issuesOf(form.errors)} />
      {props.children}
      <FormActions error={form.formError} busy={form.busy} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  )
}
