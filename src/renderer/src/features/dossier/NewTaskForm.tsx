import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { TaakFields } from '../../../../shared/contracts/activiteiten'
import { call } from '../../api/client'
import { DateField, FormActions, TextField } from '../../components/formFields'
import { useSaveForm } from '../../components/useSaveForm'
import { useToast } from '../../components/Toast'
import { ErrorSummary, issuesOf } from '../../components/FieldIssues'

const Schema = z.object(TaakFields)
type Values = z.input<typeof Schema>

/** A manual task: what, and by when. */
export function NewTaskForm({ clientId, onSaved }: { clientId: number; onSaved: () => void }) {
  const notify = useToast()
  const { register, control, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(Schema),
    defaultValues: { titel: '', toelichting: '', deadline: '' },
  })
  const save = useSaveForm(['titel', 'deadline'], setError)
  return (
    <details className="new-task">
      <summary>Nieuwe taak</summary>
      <form
        className="form compact-form"
        noValidate
        onSubmit={handleSubmit((v) =>
          save.run(async () => {
            await call('taken.create', { clientId, ...v })
            notify('Taak toegevoegd.')
            reset()
            onSaved()
          }),
        )}
      >
        <ErrorSummary issues={issuesOf(formState.errors)} />
        <TextField name="titel" label="Wat moet er gebeuren?" required register={register} errors={formState.errors} maxLength={200} />
        <DateField name="deadline" label="Uiterlijk" required control={control} errors={formState.errors} />
        <FormActions error={save.formError} busy={formState.isSubmitting} submitLabel="Taak toevoegen" />
      </form>
    </details>
  )
}
