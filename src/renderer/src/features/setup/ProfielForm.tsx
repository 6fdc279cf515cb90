import { useForm, type Resolver } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { ProfielInputSchema, type Adviseur } from '../../../../shared/contracts/profiel.routes'
import { PincodeSchema } from '../../../../shared/contracts/werkplek.routes'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { Field } from '../../components/Field'
import { useSaveForm } from '../../components/useSaveForm'
import { FormActions } from '../../components/formFields'
import { ErrorSummary, issuesOf } from '../../components/FieldIssues'

const FIELDS = ['naam', 'functie', 'afdeling', 'regioCode'] as const

/** The profile plus the lock's PIN: a workstation set up here never starts without one. */
const SetupSchema = ProfielInputSchema.extend({ pincode: PincodeSchema, herhaalPincode: z.string() }).refine(
  (v) => v.pincode === v.herhaalPincode,
  { path: ['herhaalPincode'], message: 'De twee pincodes zijn niet gelijk.' },
)
type FormInput = z.input<typeof ProfielInputSchema> & { pincode?: string; herhaalPincode?: string }

/**
 * The adviser's own profile: who works at this workstation, in which team and region. With
 * `bestaand` it edits the profile (Beheer); else it creates it with the lock's PIN (first run).
 */
export function ProfielForm(props: {
  disabled: boolean
  bestaand?: Adviseur
  onStart?: () => void
  /** The PIN chosen at first run; null after an edit. */
  onCreated: (pincode: string | null) => void
}) {
  const { disabled, onCreated, bestaand } = props
  const regios = useRoute('referentie.regios', {}, disabled)
  const { register, handleSubmit, setError, formState } = useForm<FormInput>({
    resolver: zodResolver(bestaand ? ProfielInputSchema : SetupSchema) as Resolver<FormInput>,
    defaultValues: bestaand
      ? { naam: bestaand.naam, functie: bestaand.functie, afdeling: bestaand.afdeling, regioCode: bestaand.regioCode }
      : { naam: '', functie: 'Klantadviseur', afdeling: 'klantadvies', regioCode: '', pincode: '', herhaalPincode: '' },
  })
  const { errors, isSubmitting } = formState
  const save = useSaveForm(FIELDS, setError)
  const submit = handleSubmit(({ pincode, herhaalPincode: _h, ...profiel }) =>
    save.run(async () => {
      if (bestaand) {
        await call('profiel.update', profiel)
        onCreated(null)
        return
      }
      // The first run stays on screen for the recovery code, whatever status update arrives meanwhile.
      props.onStart?.()
      await call('profiel.create', profiel)
      await call('werkplek.slot.instellen', { pincode: pincode! })
      onCreated(pincode!)
    }),
  )

  // Editing: the region select needs its options before the saved value can show.
  if (bestaand && !regios.data) return <p role="status">Profiel laden…</p>
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary issues={issuesOf(errors)} />
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
        {!bestaand && (
          <>
            <Field
              label="Pincode of wachtwoord voor het slot"
              required
              error={errors.pincode?.message}
              hint="Minstens 6 tekens. Het scherm vergrendelt als u even weg bent; hiermee ontgrendelt u het."
            >
              {(a) => <input {...a} type="password" autoComplete="new-password" {...register('pincode')} />}
            </Field>
            <Field label="Herhaal de pincode" required error={errors.herhaalPincode?.message}>
              {(a) => <input {...a} type="password" autoComplete="new-password" {...register('herhaalPincode')} />}
            </Field>
          </>
        )}
        <FormActions
          error={save.formError}
          busy={isSubmitting}
          submitLabel={bestaand ? 'Profiel opslaan' : 'Profiel opslaan en beginnen'}
        />
      </fieldset>
    </form>
  )
}
