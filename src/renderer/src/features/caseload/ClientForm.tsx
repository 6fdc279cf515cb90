import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { ClientCreateSchema, type ClientCreateInput, type ClientSummary } from '../../../../shared/contracts/clients.routes'
import { call } from '../../api/client'
import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'
import { useSaveForm } from '../../components/useSaveForm'
import { FormActions } from '../../components/formFields'
import { ErrorSummary, issuesOf } from '../../components/FieldIssues'

const FIELDS = ['voornamen', 'voorvoegsel', 'achternaam', 'geboortedatum', 'bsn', 'bevestigDubbel'] as const

/** New client: the same zod schema checks the form here and the route in main. */
export function ClientForm({ onCreated, onCancel }: { onCreated: (c: ClientSummary) => void; onCancel: () => void }) {
  const { register, control, handleSubmit, setError, formState, watch } = useForm<ClientCreateInput>({
    resolver: zodResolver(ClientCreateSchema),
    defaultValues: { voornamen: '', voorvoegsel: '', achternaam: '', geboortedatum: '', bsn: '', bevestigDubbel: false },
  })
  const { errors, isSubmitting } = formState
  const save = useSaveForm(FIELDS, setError)
  const submit = handleSubmit((values) => save.run(async () => onCreated(await call('clients.create', values))))

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary issues={issuesOf(errors)} />
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
              render={({ field }) => (
                <DateInput {...a} ref={field.ref} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
              )}
            />
          )}
        </Field>
        <Field label="BSN" required error={errors.bsn?.message} hint="Negen cijfers; wordt gecontroleerd met de elfproef">
          {(a) => <input {...a} {...register('bsn')} inputMode="numeric" autoComplete="off" className="medium" />}
        </Field>
      </div>
      {(errors.bevestigDubbel || watch('bevestigDubbel')) && (
        <div className="alert alert-warning" role="alert">
          {errors.bevestigDubbel && <p>{errors.bevestigDubbel.message}</p>}
          <label>
            <input type="checkbox" {...register('bevestigDubbel')} /> Dit is een andere persoon; toch aanmaken
          </label>
        </div>
      )}
      <FormActions error={save.formError} busy={isSubmitting} submitLabel="Cliënt opslaan" onCancel={onCancel} />
    </form>
  )
}
