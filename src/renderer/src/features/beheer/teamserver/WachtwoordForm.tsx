import { useState } from 'react'
import type { SyncStatus } from '../../../../../shared/contracts/teamserver.routes'
import { call, UserError } from '../../../api/client'
import { syncNaAanmelden } from '../../../api/team'
import { Field } from '../../../components/Field'
import { ErrorAlert } from '../../../components/ErrorAlert'
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
      if (nieuw.length < 12) throw new UserError('Een wachtwoord heeft minstens 12 tekens.')
      if (nieuw !== herhaal) throw new UserError('De twee nieuwe wachtwoorden zijn niet gelijk.')
      const status = await call('teamserver.wachtwoord', { huidig: oud, nieuw })
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
      {huidig === undefined && (
        <Field label="Huidig wachtwoord" required>
          {(a) => <input {...a} type="password" autoComplete="current-password" value={oud} onChange={(e) => setOud(e.target.value)} />}
        </Field>
      )}
      <Field label="Nieuw wachtwoord" required hint="Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.">
        {(a) => <input {...a} type="password" autoComplete="new-password" value={nieuw} onChange={(e) => setNieuw(e.target.value)} />}
      </Field>
      <Field label="Herhaal het nieuwe wachtwoord" required>
        {(a) => <input {...a} type="password" autoComplete="new-password" value={herhaal} onChange={(e) => setHerhaal(e.target.value)} />}
      </Field>
      <ErrorAlert message={action.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? 'Bezig…' : 'Wachtwoord opslaan'}
        </button>
      </div>
    </form>
  )
}
