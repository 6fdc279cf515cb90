import { useState, type FormEvent } from 'react'
import { z } from 'zod'
import { HerstelcodeSchema } from '../../../../shared/contracts/sleutel.routes'
import { call } from '../../api/client'
import { checkWith } from '../../api/checkInput'
import { Field } from '../../components/Field'
import { FieldIssues } from '../../components/FieldIssues'
import { useRoute } from '../../api/useRoute'
import { FormSubmit } from '../../components/FormSubmit'
import { useAction } from '../../components/useAction'
import { formatDateTime } from '../../../../shared/format/nl'

/** The form's two fields at once; the back-up only on the first-run screen of a new laptop. */
const HerstelFormSchema = (metBackup: boolean) =>
  z.object({
    herstelcode: HerstelcodeSchema,
    naam: metBackup ? z.string().min(1, 'Kies de back-up die u wilt terugzetten.') : z.string(),
  })

/**
 * "Sleutel herstellen met herstelcode": on the startup-error screen when the key cannot be unwrapped,
 * and on the first-run screen of a new laptop with the old laptop's back-up folder (then a back-up is chosen).
 */
export function HerstelForm({ metBackup }: { metBackup: boolean }) {
  const backups = useRoute('backups.list', {})
  const [code, setCode] = useState('')
  const [naam, setNaam] = useState('')
  const [klaar, setKlaar] = useState<string | null>(null)
  const herstel = useAction()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void herstel.run(async () => {
      const v = checkWith(HerstelFormSchema(metBackup), { herstelcode: code, naam })
      await call('sleutel.herstellen', { herstelcode: v.herstelcode, ...(metBackup ? { naam: v.naam } : {}) })
      setCode('')
      setKlaar('De sleutel is hersteld. Wlz Werkplek start opnieuw…')
      await call('app.restart', {}).catch(() => setKlaar('De sleutel is hersteld. Sluit Wlz Werkplek en start de app opnieuw.'))
    })
  }
  if (klaar)
    return (
      <p className="alert alert-ok" role="status">
        {klaar}
      </p>
    )
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="herstel-titel">
      <h2 id="herstel-titel">{metBackup ? 'Een back-up terugzetten met de herstelcode' : 'Sleutel herstellen met herstelcode'}</h2>
      <p>
        Typ de herstelcode van het herstelblad (6 groepen van 5 tekens). Hoofdletters, spaties en streepjes maken niet uit. Zonder
        herstelcode zijn de gegevens {metBackup ? 'in deze back-ups' : 'op deze werkplek en in de back-ups'} niet meer te openen.
      </p>
      <FieldIssues issues={herstel.issues}>
        {metBackup && (
          <Field label="Back-up" name="naam" required>
            {(a) => (
              <select {...a} value={naam} onChange={(e) => setNaam(e.target.value)}>
                <option value="">Kies een back-up…</option>
                {backups.data?.map((b) => (
                  <option key={b.naam} value={b.naam}>
                    {formatDateTime(b.gemaaktOp)}
                    {b.clienten === null ? '' : ` · ${b.clienten} cliënten`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Herstelcode" name="herstelcode" required>
          {(a) => (
            <input
              {...a}
              className="herstelcode-invoer"
              autoComplete="off"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </Field>
      </FieldIssues>
      <FormSubmit
        action={herstel}
        fields={['herstelcode', 'naam']}
        label={metBackup ? 'Back-up terugzetten' : 'Sleutel herstellen'}
        busyLabel="Bezig met controleren…"
      />
    </form>
  )
}
