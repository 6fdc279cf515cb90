import { useState } from 'react'
import { WachtwoordFormSchema, type SyncStatus } from '../../../../../shared/contracts/teamserver.routes'
import { call } from '../../../api/client'
import { checkWith } from '../../../api/checkInput'
import { FieldIssues } from '../../../components/FieldIssues'
import { syncNaAanmelden } from '../../../api/team'
import { Field } from '../../../components/Field'
import { FormSubmit } from '../../../components/FormSubmit'
import { useAction } from '../../../components/useAction'

/**
 * The one-time password from functioneel beheer works only to choose an own one. Right after the
 * sign-in the current password is known already (`huidig`); later it is asked for.
 */
export function WachtwoordForm({ huidig, onDone }: { huidig?: string; onDone: (status: SyncStatus) => void }) {
  const [oud, setOud] = useState(huidig ?? '')
  const [nieuw, setNieuw] = useState('')
  const [herhaal, setHerhaal] = useState('')
  const action = useAction()
  const submit = () =>
    action.run(async () => {
      const v = checkWith(WachtwoordFormSchema, { huidig: oud, nieuw, herhaal })
      const status = await call('teamserver.wachtwoord', { huidig: v.huidig, nieuw: v.nieuw })
      syncNaAanmelden()
      onDone(status)
    })
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <p>U bent aangemeld met een eenmalig wachtwoord. Kies nu uw eigen wachtwoord van minstens 12 tekens.</p>
      <FieldIssues issues={action.issues}>
        {huidig === undefined && (
          <Field label="Huidig wachtwoord" name="huidig" required>
            {(a) => <input {...a} type="password" autoComplete="current-password" value={oud} onChange={(e) => setOud(e.target.value)} />}
          </Field>
        )}
        <Field
          label="Nieuw wachtwoord"
          name="nieuw"
          required
          hint="Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden."
        >
          {(a) => <input {...a} type="password" autoComplete="new-password" value={nieuw} onChange={(e) => setNieuw(e.target.value)} />}
        </Field>
        <Field label="Herhaal het nieuwe wachtwoord" name="herhaal" required>
          {(a) => <input {...a} type="password" autoComplete="new-password" value={herhaal} onChange={(e) => setHerhaal(e.target.value)} />}
        </Field>
      </FieldIssues>
      <FormSubmit action={action} fields={['huidig', 'nieuw', 'herhaal']} label="Wachtwoord opslaan" busyLabel="Bezig…" />
    </form>
  )
}
