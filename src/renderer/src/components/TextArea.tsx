import { Field } from './Field'

/** A labelled free-text block of a plan, with its validation message. */
export function TextArea(props: {
  label: string
  hint?: string
  /** A guiding question: visible while the field is empty, never saved or printed. */
  placeholder?: string
  value: string
  onChange: (v: string) => void
  error?: string | undefined
  rows?: number
  readOnly: boolean
  required?: boolean
}) {
  return (
    <Field label={props.label} error={props.error} required={props.required ?? false} {...(props.hint ? { hint: props.hint } : {})}>
      {(a11y) => (
        <textarea
          {...a11y}
          rows={props.rows ?? 4}
          value={props.value}
          placeholder={props.readOnly ? undefined : props.placeholder}
          readOnly={props.readOnly}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  )
}
