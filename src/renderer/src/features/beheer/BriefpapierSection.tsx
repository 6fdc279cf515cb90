import { useState } from 'react'
import { BriefpapierSchema, type Briefpapier } from '../../../../shared/print/briefpapier'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { CheckboxField, FormActions, NumberField, TextAreaField, TextField } from '../../components/formFields'
import { useRecordForm } from '../../components/useRecordForm'
import { FileInput } from '../../components/FileInput'
import { Field } from '../../components/Field'
import { downloadPdf } from '../../print/downloadPdf'
import { printPdf } from '../../print/printPdf'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { ErrorSummary, issuesOf } from '../../components/FieldIssues'

const MAX_LOGO_BYTES = 200_000

function BriefpapierForm({ initial }: { initial: Briefpapier }) {
  const [logoError, setLogoError] = useState<string | null>(null)
  const print = useAction()
  const form = useRecordForm({
    schema: BriefpapierSchema,
    defaults: initial,
    save: (v) => call('briefpapier.save', v),
    message: () => 'Briefpapier opgeslagen.',
    done: () => undefined,
  })
  const { register, errors: e, submit, formError, busy, setValue, watch } = form
  const logo = watch('logo')

  const proefPdf = () => call('briefpapier.proefpagina', { concept: false })
  const proef = () => print.run(async () => downloadPdf(await proefPdf()))
  // The test page is meant for the office printer: the window-envelope offsets are checked on paper.
  const proefAfdrukken = () => print.run(async () => void (await printPdf(await proefPdf())))

  function readLogo(file: File | undefined) {
    setLogoError(null)
    if (!file) return
    if (!/^image\/(png|jpeg)$/.test(file.type)) return setLogoError('Kies een PNG- of JPEG-afbeelding.')
    if (file.size > MAX_LOGO_BYTES) return setLogoError('Het logo is te groot (maximaal 200 kB).')
    const reader = new FileReader()
    reader.onload = () => setValue('logo', String(reader.result), { shouldDirty: true })
    reader.readAsDataURL(file)
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary issues={issuesOf(e)} />
      <div className="field-row">
        <TextField name="organisatie" label="Naam zorgkantoor" required register={register} errors={e} />
        <TextField name="afdeling" label="Afdeling" register={register} errors={e} />
      </div>
      <div className="field-row">
        <TextField
          name="postadres"
          label="Postadres"
          register={register}
          errors={e}
          hint="Bijvoorbeeld: Postbus 1234, 1000 AB  AMSTERDAM"
        />
        <TextField name="bezoekadres" label="Bezoekadres" register={register} errors={e} />
      </div>
      <div className="field-row">
        <TextField name="telefoon" label="Telefoon" register={register} errors={e} />
        <TextField name="website" label="Website" register={register} errors={e} />
        <TextField name="email" label="E-mail" register={register} errors={e} />
      </div>
      <TextAreaField
        name="bezwaarAdres"
        label="Adres voor bezwaarschriften"
        register={register}
        errors={e}
        rows={2}
        hint="Komt in de bezwaarclausule van elke beschikking (Awb 3:45)."
      />
      <Field
        label="Logo"
        hint={`PNG of JPEG, hoogstens 200 kB. ${logo ? 'Er is een logo ingesteld.' : 'Nog geen logo.'}`}
        error={logoError ?? undefined}
      >
        {(a) => <FileInput id={a.id} aria-describedby={a['aria-describedby']} accept="image/png,image/jpeg" onFile={readLogo} />}
      </Field>
      {logo && (
        <button type="button" className="link-button" onClick={() => setValue('logo', '', { shouldDirty: true })}>
          Logo verwijderen
        </button>
      )}
      <fieldset>
        <legend>Vensterenvelop (millimeters vanaf linksboven)</legend>
        <div className="field-row">
          <NumberField name="venster.adresLinks" label="Adres links" register={register} errors={e} min={10} max={120} />
          <NumberField name="venster.adresBoven" label="Venster boven" register={register} errors={e} min={20} max={120} />
          <NumberField name="venster.adresBreedte" label="Adres breedte" register={register} errors={e} min={60} max={110} />
          <NumberField name="venster.kenmerkBoven" label="Kenmerkregel boven" register={register} errors={e} min={60} max={150} />
        </div>
        <CheckboxField name="venster.vouwtekens" label="Vouwtekens afdrukken" register={register} />
      </fieldset>
      <FormActions error={formError} busy={busy} submitLabel="Briefpapier opslaan" />
      <div className="actions">
        <button type="button" onClick={proef}>
          Proefafdruk (PDF)
        </button>
        <button type="button" onClick={proefAfdrukken}>
          Proefafdruk afdrukken
        </button>
        <span className="muted">Sla eerst op; de proefafdruk gebruikt de opgeslagen instellingen.</span>
      </div>
      <ErrorAlert message={print.error} />
    </form>
  )
}

/** Letterhead and window-envelope settings for every printed letter, with a test print. */
export function BriefpapierSection() {
  const current = useRoute('briefpapier.get', {})
  return (
    <section className="card" aria-labelledby="beheer-briefpapier">
      <h2 id="beheer-briefpapier">Briefpapier</h2>
      {current.data ? <BriefpapierForm initial={current.data} /> : <p role="status">Laden…</p>}
    </section>
  )
}
