import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { ProfielInputSchema, type ProfielInput } from '../../../../shared/contracts/profiel.routes'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { FormActions, SelectField, TextField } from '../../components/formFields'
import { useSaveForm } from '../../components/useSaveForm'
import { useToast } from '../../components/Toast'
import { DataTable } from '../../components/DataTable'
import { useTeam } from '../../api/team'
import { ErrorSummary, issuesOf } from '../../components/FieldIssues'

/**
 * Colleagues at this zorgkantoor, so dossiers can be handed over to them. In a team they are the
 * teamserver's accounts: read-only here, made by functioneel beheer under Team beheren.
 */
export function ColleaguesSection() {
  const team = useTeam()
  const notify = useToast()
  const adviseurs = useRoute('adviseurs.list', {})
  const regios = useRoute('referentie.regios', {})
  const { register, handleSubmit, setError, reset, formState } = useForm<ProfielInput>({
    resolver: zodResolver(ProfielInputSchema),
    defaultValues: { naam: '', functie: 'Klantadviseur', afdeling: 'klantadvies', regioCode: '' },
  })
  const save = useSaveForm(['naam', 'functie', 'afdeling', 'regioCode'], setError)
  const e = formState.errors
  return (
    <section className="card" aria-labelledby="beheer-collegas">
      <h2 id="beheer-collegas">Adviseurs</h2>
      <DataTable
        label="Adviseurs"
        className="compact"
        rows={adviseurs.data ?? []}
        rowKey={(a) => a.id}
        columns={[
          { header: 'Naam', cell: (a) => a.naam },
          { header: 'Functie', cell: (a) => a.functie },
          { header: 'Afdeling', cell: (a) => (a.afdeling === 'pgb' ? 'Pgb-afdeling' : 'Klantadvies') },
          { header: 'Regio', cell: (a) => a.regioNaam ?? a.regioCode },
        ]}
      />
      {team ? (
        <p className="alert alert-info gedeeld-uitleg">
          Collega’s zijn de accounts op de teamserver; functioneel beheer maakt ze aan. Hier kunt u ze alleen inzien.
        </p>
      ) : (
        <details>
          <summary>Collega toevoegen</summary>
          <form
            className="form compact-form"
            noValidate
            onSubmit={handleSubmit((v) =>
              save.run(async () => {
                const a = await call('adviseurs.create', v)
                notify(`${a.naam} is toegevoegd.`)
                reset()
                adviseurs.reload()
              }),
            )}
          >
            <ErrorSummary issues={issuesOf(e)} />
            <div className="field-row">
              <TextField name="naam" label="Naam" required register={register} errors={e} />
              <TextField name="functie" label="Functie" required register={register} errors={e} />
            </div>
            <div className="field-row">
              <SelectField name="afdeling" label="Afdeling" required register={register} errors={e}>
                <option value="klantadvies">Klantadvies</option>
                <option value="pgb">Pgb-afdeling</option>
              </SelectField>
              <SelectField name="regioCode" label="Zorgkantoorregio" required register={register} errors={e}>
                <option value="">Kies een regio…</option>
                {regios.data?.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.naam}
                  </option>
                ))}
              </SelectField>
            </div>
            <FormActions error={save.formError} busy={formState.isSubmitting} submitLabel="Collega toevoegen" />
          </form>
        </details>
      )}
    </section>
  )
}
