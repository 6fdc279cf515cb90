import { useId, type ReactNode } from 'react'
import { useFieldIssue } from './FieldIssues'

/**
 * A labelled form field with hint and error wired up for screen readers
 * (aria-describedby, aria-invalid). The control is passed as a render function.
 */
export function Field(props: {
  label: string
  error?: string | undefined
  /** The input's path: inside FieldIssues the issue with this path shows here (when `error` is not given). */
  name?: string
  hint?: string
  required?: boolean
  children: (a11y: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; 'aria-required'?: boolean }) => ReactNode
}) {
  const id = useId()
  const issue = useFieldIssue(props.name)
  const error = props.error ?? issue
  const hintId = props.hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : <span className="optional"> (niet verplicht)</span>}
      </label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
        ...(props.required ? { 'aria-required': true } : {}),
      })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}
