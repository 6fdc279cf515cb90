import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react'
import type { FieldValues, FieldErrors } from 'react-hook-form'
import type { FieldIssue } from '../../../shared/contracts/envelope'

const Issues = createContext<readonly FieldIssue[]>([])

/**
 * Every validation problem of a form at once, each next to its field: a `Field` with a `name`
 * inside this provider shows the issue with that path. On a new set of issues a summary is read
 * out and the first invalid field gets the focus. The forms on react-hook-form get the same from
 * its resolver plus `ErrorSummary`.
 */
export function FieldIssues(props: { issues: readonly FieldIssue[]; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (props.issues.length) box.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [props.issues])
  return (
    <Issues.Provider value={props.issues}>
      <div ref={box} className="field-issues">
        <ErrorSummary issues={props.issues} />
        {props.children}
      </div>
    </Issues.Provider>
  )
}

export const useFieldIssue = (name: string | undefined): string | undefined => {
  const issues = useContext(Issues)
  return name === undefined ? undefined : issues.find((i) => i.path === name)?.message
}

/**
 * For screen readers, read out at once: how many fields need a fix. The messages themselves are
 * under their fields (each field's aria-describedby), and the focus goes to the first one, so they
 * are not repeated here. A live region without a role: the form's own alert stays the only alert.
 */
export function ErrorSummary({ issues }: { issues: readonly FieldIssue[] }) {
  const n = new Set(issues.map((i) => i.path)).size
  return (
    <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
      {n === 1 && 'Eén veld is niet goed ingevuld. Bij het veld staat wat u moet verbeteren.'}
      {n > 1 && `${n} velden zijn niet goed ingevuld. Bij elk veld staat wat u moet verbeteren.`}
    </div>
  )
}

/** react-hook-form's nested errors as the flat issue list the summary reads. */
export function issuesOf<T extends FieldValues>(errors: FieldErrors<T>, prefix = ''): FieldIssue[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return []
    const path = prefix ? `${prefix}.${key}` : key
    const message = (value as { message?: unknown }).message
    if (typeof message === 'string' && message) return [{ path, message }]
    return issuesOf(value as FieldErrors<T>, path)
  })
}

/**
 * The alert above a form's buttons beside the field messages: when every issue sits on one of the
 * form's `fields`, only how many to fix (the messages are under the fields already); otherwise
 * (a conflict, an issue without a field here) the refusal itself.
 */
export function formAlert(action: { error: string | null; issues: readonly FieldIssue[] }, fields: readonly string[]): string | null {
  if (!action.error || !action.issues.length || action.issues.some((i) => !fields.includes(i.path))) return action.error
  const n = new Set(action.issues.map((i) => i.path)).size
  return n === 1 ? 'Verbeter het gemarkeerde veld.' : `Verbeter de ${n} gemarkeerde velden.`
}
