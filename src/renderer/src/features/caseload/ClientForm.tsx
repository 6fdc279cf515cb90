import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { ClientCreateSchema, type ClientCreateInput, type ClientSummary } from '../../../../shared/contracts/clients.routes'
import { call } from '../../api/client'
import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'
import { applyServerErrors } from '../../components/formErrors'

const FIELDS = ['voornamen', 'voorvoegsel', 'achternaam', 'geboortedatum', 'bsn'] as const

/** New client: the same zod schema checks the form here and the route in main. */
export function ClientForm({ onCreated, onCancel }: { onCreated: (c: ClientSummary) => void; onCancel: () => void }) {
  const [formError, setFormError] = useState<string | null>(null)
  const { register, control, handleSubmit, setError, formState } = useForm<ClientCreateInput>({
    resolver: zodResolver(ClientCreateSchema),
    defaultValues: { voornamen: '', voorvoegsel: '', achternaam: '', geboortedatum: '', bsn: '' },
  })
  const { errors, isSubmitting } = formState

  const submit = handleSubmit(async (values) => {
    setFormError(null)
    try {
      onCreated(await call('clients.create', values))
    } catch (error) {
      setFormError(applyServerErrors(error, FIELDS, setError))
    }
  })

  return (
    <form onSubmit={submit} noValidate className="form">
      <Field label="Voornamen" required error={errors.voornamen?.message} hint="Zoals in het BRP, bijvoorbeeld Johanna Maria">
        {(a) => <input {...a} {...register('voornamen')} autoComplete="off" autoFocus />}
      </Field>
      <div className="field-row">
        <Field label="Voorvoegsel" error={errors.voorvoegsel?.message}>
          {(a) => <input {...a} {...register('voorvoegsel')} autoComplete="off" className="short" />}
        </Field>
        <Field label="Achternaam" required error={errors.achternaam?.message}>
          {(a) => <input {...a} {...register('achternaam')} autoComplete="off" />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Geboortedatum" required error={errors.geboortedatum?.message}>
          {(a) => (
            <Controller
              control={control}
              name="geboortedatum"
              render={({ field }) => <DateInput {...a} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
            />
          )}
        </Field>
        <Field label="BSN" required error={errors.bsn?.message} hint="Negen cijfers; wordt gecontroleerd met de elfproef">
          {(a) => <input {...a} {...register('bsn')} inputMode="numeric" autoComplete="off" className="medium" />}
        </Field>
      </div>
      {formError && (
        <p className="alert alert-error" role="alert">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Bezig met opslaan…' : 'Cliënt opslaan'}
        </button>
        <button type="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  )
}
