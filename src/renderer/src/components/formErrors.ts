import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiError, messageOf } from '../api/client'

/**
 * Puts the server's field issues on the matching form fields and returns the message for the
 * form as a whole (shown above the buttons), or null when every issue found its field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
  stripPrefix = '',
): string | null {
  if (!(error instanceof ApiError)) return messageOf(error)
  const unplaced = error.issues.filter((issue) => {
    const path = stripPrefix && issue.path.startsWith(stripPrefix) ? issue.path.slice(stripPrefix.length) : issue.path
    if (!fields.includes(path)) return true
    setError(path as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: true })
    return false
  })
  return unplaced.length || error.issues.length === 0 ? error.message : null
}
