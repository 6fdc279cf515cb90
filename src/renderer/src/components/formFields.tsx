import { Controller, type Control, type FieldValues, type Path, type UseFormRegister, type FieldErrors } from 'react-hook-form'
import type { ReactNode } from 'react'
import { Field } from './Field'
import { DateInput } from './DateInput'
import { ErrorAlert } from './ErrorAlert'

/**
 * Form fields bound to react-hook-form, each a labelled Field with its error. Kept small on
 * purpose: the schemas in src/shared do the checking, these only wire inputs to them.
 */
interface Common<T extends FieldValues> {
  name: Path<T>
  label: string
  errors: FieldErrors<T>
  required?: boolean
  hint?: string
}

const errorOf = <T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined => {
  const e = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], errors) as
    { message?: string } | undefined
  return e?.message
}

export function TextField<T extends FieldValues>(
  p: Common<T> & { register: UseFormRegister<T>; className?: string; autoFocus?: boolean; type?: string; maxLength?: number },
) {
  return (
    <Field label={p.label} required={p.required ?? false} error={errorOf(p.errors, p.name)} {...(p.hint ? { hint: p.hint } : {})}>
      {(a) => (
        <input
          {...a}
          {...p.register(p.name)}
          type={p.type ?? 'text'}
          className={p.className}
          autoFocus={p.autoFocus}
          maxLength={p.maxLength}
          autoComplete="off"
        />
      )}
    </Field>
  )
}

export function TextAreaField<T extends FieldValues>(
  p: Common<T> & { register: UseFormRegister<T>; rows?: number; maxLength?: number; autoFocus?: boolean },
) {
  return (
    <Field label={p.label} required={p.required ?? false} error={errorOf(p.errors, p.name)} {...(p.hint ? { hint: p.hint } : {})}>
      {(a) => <textarea {...a} {...p.register(p.name)} rows={p.rows ?? 4} maxLength={p.maxLength} autoFocus={p.autoFocus} />}
    </Field>
  )
}

export function DateField<T extends FieldValues>(p: Common<T> & { control: Control<T>; nullable?: boolean }) {
  return (
    <Field label={p.label} required={p.required ?? false} error={errorOf(p.errors, p.name)} {...(p.hint ? { hint: p.hint } : {})}>
      {(a) => (
        <Controller
          control={p.control}
          name={p.name}
          render={({ field }) => (
            <DateInput
              {...a}
              ref={field.ref}
              name={field.name}
              value={(field.value as string | null) ?? ''}
              onChange={(v) => field.onChange(p.nullable && v === '' ? null : v)}
              onBlur={field.onBlur}
            />
          )}
        />
      )}
    </Field>
  )
}

export function SelectField<T extends FieldValues>(
  p: Common<T> & { register: UseFormRegister<T>; children: ReactNode; asNumber?: boolean },
) {
  return (
    <Field label={p.label} required={p.required ?? false} error={errorOf(p.errors, p.name)} {...(p.hint ? { hint: p.hint } : {})}>
      {(a) => (
        <select {...a} {...p.register(p.name, p.asNumber ? { setValueAs: (v: string) => (v === '' ? null : Number(v)) } : {})}>
          {p.children}
        </select>
      )}
    </Field>
  )
}

export function CheckboxField<T extends FieldValues>(p: { name: Path<T>; label: string; register: UseFormRegister<T>; hint?: string }) {
  return (
    <div className="field checkbox-field">
      <label>
        <input type="checkbox" {...p.register(p.name)} /> {p.label}
      </label>
      {p.hint && <p className="hint">{p.hint}</p>}
    </div>
  )
}

export function NumberField<T extends FieldValues>(p: Common<T> & { register: UseFormRegister<T>; min: number; max: number }) {
  return (
    <Field label={p.label} required={p.required ?? false} error={errorOf(p.errors, p.name)} {...(p.hint ? { hint: p.hint } : {})}>
      {(a) => <input {...a} type="number" min={p.min} max={p.max} className="short" {...p.register(p.name, { valueAsNumber: true })} />}
    </Field>
  )
}

/** The submit row with a form-level error (a conflict, a refused save) above it. */
export function FormActions(props: {
  error: string | null
  busy: boolean
  submitLabel: string
  busyLabel?: string
  onCancel?: () => void
}) {
  return (
    <>
      <ErrorAlert message={props.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? (props.busyLabel ?? 'Bezig met opslaan…') : props.submitLabel}
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
