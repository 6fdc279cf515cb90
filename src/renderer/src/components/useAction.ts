import { useCallback, useState } from 'react'
import type { FieldIssue } from '../../../shared/contracts/envelope'
import { ApiError, messageOf } from '../api/client'

export interface Action {
  /** True while an action runs: disable its button, say "Bezig…". */
  busy: boolean
  /** Why the last action failed, in words for the adviser; null after a new start. */
  error: string | null
  /** The field issues of the last refused call; empty when it was not a refused call. */
  issues: readonly FieldIssue[]
  /** Runs `action` with busy on and the previous error cleared; a failure is kept, never thrown. */
  run: (action: () => Promise<unknown>) => Promise<void>
  /** Shows (or clears) a problem found before anything was called. */
  setError: (message: string | null) => void
}

const NO_ISSUES: readonly FieldIssue[] = []

/** The busy-and-error flow of a button that calls main: one place instead of a try/catch/finally per button. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ message: string; issues: readonly FieldIssue[] } | null>(null)
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true)
    setFailure(null)
    try {
      await action()
    } catch (e) {
      setFailure({ message: messageOf(e), issues: e instanceof ApiError ? e.issues : NO_ISSUES })
    } finally {
      setBusy(false)
    }
  }, [])
  const setError = useCallback((message: string | null) => setFailure(message === null ? null : { message, issues: NO_ISSUES }), [])
  return { busy, error: failure?.message ?? null, issues: failure?.issues ?? NO_ISSUES, run, setError }
}
