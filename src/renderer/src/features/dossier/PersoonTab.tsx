import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { PersoonSchema, type PersoonInput } from '../../../../shared/contracts/clients.routes'
import { GESLACHT, LEEFEENHEID, NAAMGEBRUIK, NAAMGEBRUIK_LABEL } from '../../../../shared/domain/codes'
import { call } from '../../api/client'
import { CheckboxField, DateField, FormActions, SelectField, TextField } from '../../components/formFields'
import { useSaveForm } from '../../components/useSaveForm'
import { useToast } from '../../components/Toast'
import type { TabProps } from './tabProps'
import { ErrorSummary, issuesOf } from '../../components/FieldIssues'

const FIELDS = Object.keys(PersoonSchema.shape)
const GESLACHT_LABEL = { onbekend: 'Onbekend', man: 'Man', vrouw: 'Vrouw' } as const

/** Person, address and contact details. The BSN identifies the client and cannot be edited here. */
export function PersoonTab({ dossier, onSaved }: TabProps) {
  const notify = useToast()
  const c = dossier.client
  const { register, control, handleSubmit, setError, formState } = useForm<PersoonInput>({
    resolver: zodResolver(PersoonSchema),
    defaultValues: c.persoon,
  })
  const save = useSaveForm(FIELDS, setError, 'persoon.')
  const e = formState.errors

  return (
    <form
      className="form card"
      noValidate
      onSubmit={handleSubmit((persoon) =>
        save.run(async () => {
          await call('clients.update', { id: c.id, version: c.version, persoon })
          notify('Persoonsgegevens opgeslagen.')
          onSaved()
        }),
      )}
    >
      <ErrorSummary issues={issuesOf(e)} />
      <fieldset>
        <legend>Naam</legend>
        <div className="field-row">
          <TextField name="voornamen" label="Voornamen" required register={register} errors={e} />
          <TextField name="voorvoegsel" label="Voorvoegsel" register={register} errors={e} className="short" />
          <TextField name="achternaam" label="Achternaam" required register={register} errors={e} />
        </div>
        <div className="field-row">
          <SelectField name="naamgebruik" label="Naamgebruik" register={register} errors={e}>
            {NAAMGEBRUIK.map((n) => (
              <option key={n} value={n}>
                {NAAMGEBRUIK_LABEL[n]}
              </option>
            ))}
          </SelectField>
          <TextField name="partnerVoorvoegsel" label="Voorvoegsel partner" register={register} errors={e} className="short" />
          <TextField name="partnerAchternaam" label="Achternaam partner" register={register} errors={e} />
        </div>
        <div className="field-row">
          <DateField name="geboortedatum" label="Geboortedatum" required control={control} errors={e} />
          <SelectField name="geslacht" label="Geslacht" register={register} errors={e}>
            {GESLACHT.map((g) => (
              <option key={g} value={g}>
                {GESLACHT_LABEL[g]}
              </option>
            ))}
          </SelectField>
          <SelectField name="leefeenheid" label="Leefeenheid" register={register} errors={e}>
            {Object.entries(LEEFEENHEID).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <fieldset>
        <legend>Adres</legend>
        <div className="field-row">
          <TextField name="straat" label="Straat" register={register} errors={e} />
          <TextField name="huisnummer" label="Huisnummer" register={register} errors={e} className="short" />
          <TextField name="huisnummerToevoeging" label="Toevoeging" register={register} errors={e} className="short" />
        </div>
        <div className="field-row">
          <TextField name="postcode" label="Postcode" register={register} errors={e} className="short" hint="1234 AB" />
          <TextField name="woonplaats" label="Woonplaats" register={register} errors={e} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Contact</legend>
        <div className="field-row">
          <TextField name="telefoon" label="Telefoon" register={register} errors={e} type="tel" />
          <TextField name="email" label="E-mail" register={register} errors={e} type="email" />
          <SelectField name="communicatievoorkeur" label="Communicatievoorkeur" register={register} errors={e}>
            <option value="post">Post</option>
            <option value="email">E-mail</option>
            <option value="telefoon">Telefoon</option>
          </SelectField>
        </div>
        <CheckboxField
          name="geheim"
          label="Geheime cliënt"
          register={register}
          hint="Extra zorgvuldigheid om veiligheidsredenen (iWlz GeheimeClient)."
        />
      </fieldset>
      <FormActions error={save.formError} busy={formState.isSubmitting} submitLabel="Persoonsgegevens opslaan" />
    </form>
  )
}
