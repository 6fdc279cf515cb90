import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form'
import type { BaseSyntheticEvent } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { useSaveForm } from './useSaveForm'
import { useToast } from './Toast'

/**
 * The create-or-edit dialog shared by the dossier's records: the zod schema from src/shared checks
 * the form, `save` calls the create or update route, then a confirmation, close and reload.
 */
export function useRecordForm<S extends z.ZodObject, V extends FieldValues = z.input<S>>(opts: {
  schema: S
  defaults: V
  save: (values: z.output<S>) => Promise<unknown>
  message: (values: z.output<S>) => string
  done: () => void
}): RecordForm<V> {
  const notify = useToast()
  const form = useForm<V>({
    resolver: zodResolver(opts.schema) as unknown as Resolver<V>,
    defaultValues: opts.defaults as DefaultValues<V>,
  })
  const save = useSaveForm(Object.keys(opts.schema.shape), form.setError)
  const submit = form.handleSubmit((values) =>
    save.run(async () => {
      const parsed = values as unknown as z.output<S>
      await opts.save(parsed)
      notify(opts.message(parsed))
      opts.done()
    }),
  )
  return { ...form, errors: form.formState.errors, busy: form.formState.isSubmitting, formError: save.formError, submit }
}

export type RecordForm<V extends FieldValues> = UseFormReturn<V> & {
  errors: FieldErrors<V>
  busy: boolean
  formError: string | null
  submit: (event?: BaseSyntheticEvent) => Promise<void>
}
