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
 * For screen readers: how many fields need a fix and what each message says, read out at once.
 * Sighted users see the same messages under the fields, so the list itself stays hidden.
 */
export function ErrorSummary({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <div className="visually-hidden" role="alert">
      {issues.length > 0 && (
        <>
          <p>{issues.length === 1 ? 'Verbeter 1 veld:' : `Verbeter ${issues.length} velden:`}</p>
          <ul>
            {issues.map((i, n) => (
              <li key={`${n}-${i.path}`}>{i.message}</li>
            ))}
          </ul>
        </>
      )}
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
