import { useState } from 'react'
import { call } from '../../../api/client'
import { checkInput } from '../../../api/checkInput'
import { FieldIssues } from '../../../components/FieldIssues'
import { useRoute } from '../../../api/useRoute'
import { DataTable } from '../../../components/DataTable'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { Field } from '../../../components/Field'
import { useToast } from '../../../components/Toast'
import { useAction } from '../../../components/useAction'

/** Teams (a region, an afdeling): an adviser sees the dossiers of their teams. */
export function TeamsTab() {
  const teams = useRoute('teambeheer.teams', {})
  const [naam, setNaam] = useState('')
  const action = useAction()
  const notify = useToast()
  const maak = () =>
    action.run(async () => {
      const t = await call('teambeheer.teamMaken', checkInput('teambeheer.teamMaken', { naam }))
      notify(`Team ${t.naam} is aangemaakt.`)
      setNaam('')
      teams.reload()
    })
  return (
    <>
      <ErrorAlert message={teams.error} />
      {teams.data && teams.data.length === 0 && <p className="muted">Er zijn nog geen teams.</p>}
      {teams.data && teams.data.length > 0 && (
        <DataTable
          label="Teams"
          className="compact"
          rows={teams.data}
          rowKey={(t) => t.id}
          columns={[{ header: 'Team', cell: (t) => t.naam }]}
        />
      )}
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void maak()
        }}
      >
        <h3>Team toevoegen</h3>
        <FieldIssues issues={action.issues}>
          <Field label="Naam van het team" name="naam" required>
            {(a) => <input {...a} value={naam} onChange={(e) => setNaam(e.target.value)} maxLength={120} />}
          </Field>
        </FieldIssues>
        <ErrorAlert message={action.issues.length ? null : action.error} />
        <div className="actions">
          <button type="submit" disabled={action.busy}>
            Team toevoegen
          </button>
        </div>
      </form>
    </>
  )
}
