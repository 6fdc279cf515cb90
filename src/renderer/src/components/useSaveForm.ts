import { useState } from 'react'
import type { FieldValues, UseFormSetError } from 'react-hook-form'
import { applyServerErrors } from './formErrors'

/**
 * Runs a save for a form: clears the form error, calls `save`, and on refusal puts the server's
 * field issues on the fields and the rest (e.g. a version conflict) above the buttons.
 */
export function useSaveForm<T extends FieldValues>(fields: readonly string[], setError: UseFormSetError<T>, stripPrefix = '') {
  const [formError, setFormError] = useState<string | null>(null)
  return {
    formError,
    async run(save: () => Promise<void>): Promise<void> {
      setFormError(null)
      try {
        await save()
      } catch (error) {
        setFormError(applyServerErrors(error, fields, setError, stripPrefix))
      }
    },
  }
}
