import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { ProfielInputSchema, type Adviseur, type ProfielInput } from '../../../../shared/contracts/profiel.routes'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { Field } from '../../components/Field'
import { useSaveForm } from '../../components/useSaveForm'
import { FormActions } from '../../components/formFields'

const FIELDS = ['naam', 'functie', 'afdeling', 'regioCode'] as const

/**
 * The adviser's own profile: who works at this workstation, in which team and region. With
 * `bestaand` it edits the profile (Beheer), else it creates it (first run).
 */
export function ProfielForm({ disabled, onCreated, bestaand }: { disabled: boolean; onCreated: () => void; bestaand?: Adviseur }) {
  const regios = useRoute('referentie.regios', {}, disabled)
  const { register, handleSubmit, setError, formState } = useForm<ProfielInput>({
    resolver: zodResolver(ProfielInputSchema),
    defaultValues: bestaand
      ? { naam: bestaand.naam, functie: bestaand.functie, afdeling: bestaand.afdeling, regioCode: bestaand.regioCode }
      : { naam: '', functie: 'Klantadviseur', afdeling: 'klantadvies', regioCode: '' },
  })
  const { errors, isSubmitting } = formState
  const save = useSaveForm(FIELDS, setError)
  const submit = handleSubmit((values) =>
    save.run(async () => {
      await call(bestaand ? 'profiel.update' : 'profiel.create', values)
      onCreated()
    }),
  )

  // Editing: the region select needs its options before the saved value can show.
  if (bestaand && !regios.data) return <p role="status">Profiel laden…</p>
  return (
    <form onSubmit={submit} noValidate className="form">
      <fieldset disabled={disabled}>
        <Field label="Naam" required error={errors.naam?.message}>
          {(a) => <input {...a} {...register('naam')} autoComplete="name" />}
        </Field>
        <Field label="Functie" required error={errors.functie?.message} hint="Staat onder uw handtekening in brieven">
          {(a) => <input {...a} {...register('functie')} />}
        </Field>
        <fieldset className="radio-group" aria-describedby={errors.afdeling ? 'afdeling-error' : undefined}>
          <legend>Afdeling</legend>
          <label>
            <input type="radio" value="klantadvies" {...register('afdeling')} /> Klantadvies
          </label>
          <label>
            <input type="radio" value="pgb" {...register('afdeling')} /> Pgb-afdeling
          </label>
          {errors.afdeling && (
            <p className="field-error" id="afdeling-error">
              {errors.afdeling.message}
            </p>
          )}
        </fieldset>
        <Field label="Zorgkantoorregio" required error={errors.regioCode?.message}>
          {(a) => (
            <select {...a} {...register('regioCode')}>
              <option value="">Kies een regio…</option>
              {regios.data?.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.naam}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions
          error={save.formError}
          busy={isSubmitting}
          submitLabel={bestaand ? 'Profiel opslaan' : 'Profiel opslaan en beginnen'}
        />
      </fieldset>
    </form>
  )
}
