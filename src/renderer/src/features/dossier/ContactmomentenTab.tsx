import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { ContactmomentFields, type Contactmoment } from '../../../../shared/contracts/activiteiten'
import { OptionalIsoDate } from '../../../../shared/contracts/common'
import { CONTACT_SOORTEN, CONTACT_SOORT_LABEL } from '../../../../shared/domain/codes'
import { todayInNl } from '../../../../shared/domain/dates'
import { formatDate } from '../../../../shared/format/nl'
import { call } from '../../api/client'
import { DateField, FormActions, SelectField, TextAreaField, TextField } from '../../components/formFields'
import { useSaveForm } from '../../components/useSaveForm'
import { useToast } from '../../components/Toast'
import type { TabProps } from './tabProps'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { ErrorSummary, issuesOf } from '../../components/FieldIssues'

const Schema = z.object({ ...ContactmomentFields, vervolgDeadline: OptionalIsoDate })
type Values = z.input<typeof Schema>
const blank = (): Values => ({
  soort: 'huisbezoek_fysiek',
  datum: todayInNl(),
  deelnemers: '',
  verslag: '',
  vervolgactie: '',
  vervolgDeadline: null,
})

/**
 * Quick entry for notes during a visit: the report field has focus, Ctrl+Enter saves, and the
 * form is empty again at once for the next contact. Earlier contacts are listed below.
 */
export function ContactmomentenTab({ dossier, onSaved }: TabProps) {
  const notify = useToast()
  const [more, setMore] = useState<Contactmoment[]>([])
  const earlier = useAction()
  const {
    register,
    control,
    handleSubmit,
    setError: setFieldError,
    reset,
    formState,
  } = useForm<Values>({ resolver: zodResolver(Schema), defaultValues: blank() })
  const save = useSaveForm(Object.keys(Schema.shape), setFieldError)
  const e = formState.errors
  const rows = [...dossier.contactmomenten.rows, ...more]
  const submit = handleSubmit((v) =>
    save.run(async () => {
      await call('contactmomenten.create', { clientId: dossier.client.id, ...v })
      notify(`${CONTACT_SOORT_LABEL[v.soort]} van ${formatDate(v.datum)} is opgeslagen.`)
      reset(blank())
      setMore([])
      onSaved()
    }),
  )

  const loadMore = () =>
    earlier.run(async () => {
      const r = await call('contactmomenten.list', { clientId: dossier.client.id, offset: rows.length, limit: 50 })
      setMore((m) => [...m, ...r.rows])
    })

  return (
    <div className="contact-tab">
      <form
        className="form card"
        noValidate
        onSubmit={submit}
        onKeyDown={(ev) => {
          if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
            ev.preventDefault()
            void submit()
          }
        }}
        aria-labelledby="new-contact-title"
      >
        <ErrorSummary issues={issuesOf(e)} />
        <h2 id="new-contact-title">Nieuw contactmoment</h2>
        <div className="field-row">
          <SelectField name="soort" label="Soort" required register={register} errors={e}>
            {CONTACT_SOORTEN.map((s) => (
              <option key={s} value={s}>
                {CONTACT_SOORT_LABEL[s]}
              </option>
            ))}
          </SelectField>
          <DateField name="datum" label="Datum" required control={control} errors={e} />
          <TextField name="deelnemers" label="Deelnemers" register={register} errors={e} maxLength={500} />
        </div>
        <TextAreaField name="verslag" label="Verslag" register={register} errors={e} rows={8} maxLength={20000} autoFocus />
        <div className="field-row">
          <TextField name="vervolgactie" label="Vervolgactie" register={register} errors={e} maxLength={1000} />
          <DateField name="vervolgDeadline" label="Vervolg uiterlijk" control={control} errors={e} nullable hint="Maakt er een taak van" />
        </div>
        <FormActions error={save.formError} busy={formState.isSubmitting} submitLabel="Opslaan (Ctrl+Enter)" />
      </form>
      <section className="card" aria-labelledby="contacts-title">
        <h2 id="contacts-title">Eerdere contactmomenten ({dossier.contactmomenten.total})</h2>
        {rows.length === 0 && <p className="muted">Nog geen contactmomenten.</p>}
        <ol className="contact-list">
          {rows.map((c) => (
            <li key={c.id}>
              <p className="contact-head">
                <strong>{CONTACT_SOORT_LABEL[c.soort]}</strong> · {formatDate(c.datum)}
                {c.adviseurNaam && ` · ${c.adviseurNaam}`}
                {c.deelnemers && ` · met ${c.deelnemers}`}
              </p>
              {c.verslag && <p className="contact-text">{c.verslag}</p>}
              {c.vervolgactie && <p className="muted">Vervolg: {c.vervolgactie}</p>}
            </li>
          ))}
        </ol>
        {rows.length < dossier.contactmomenten.total && (
          <button type="button" onClick={loadMore}>
            Meer laden
          </button>
        )}
        <ErrorAlert message={earlier.error} />
      </section>
    </div>
  )
}
