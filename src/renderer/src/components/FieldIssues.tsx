import { createContext, useContext, type ReactNode } from 'react'
import type { FieldIssue } from '../../../shared/contracts/envelope'

const Issues = createContext<readonly FieldIssue[]>([])

/**
 * Every validation problem of a form at once, each next to its field: a `Field` with a `name`
 * inside this provider shows the issue with that path. One place for forms that run through
 * useAction instead of react-hook-form.
 */
export function FieldIssues(props: { issues: readonly FieldIssue[]; children: ReactNode }) {
  return <Issues.Provider value={props.issues}>{props.children}</Issues.Provider>
}

export const useFieldIssue = (name: string | undefined): string | undefined => {
  const issues = useContext(Issues)
  return name === undefined ? undefined : issues.find((i) => i.path === name)?.message
}
