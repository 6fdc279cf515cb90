import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiError, messageOf } from '../api/client'

/**
 * Puts the server's field issues on the matching form fields and returns the message for the
 * form as a whole (shown above the buttons), or null when every issue found its field.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, fields: readonly string[], setError: UseFormSetError<T>): string | null {
  if (!(error instanceof ApiError)) return messageOf(error)
  const unplaced = error.issues.filter((issue) => {
    if (!fields.includes(issue.path)) return true
    setError(issue.path as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: true })
    return false
  })
  return unplaced.length || error.issues.length === 0 ? error.message : null
}
