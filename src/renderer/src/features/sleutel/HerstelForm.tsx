import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { formatDateTime } from '../../../../shared/format/nl'

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
    if (metBackup && !naam) return herstel.setError('Kies de back-up die u wilt terugzetten.')
    void herstel.run(async () => {
      await call('sleutel.herstellen', { herstelcode: code, ...(metBackup ? { naam } : {}) })
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
      {metBackup && (
        <div className="field">
          <label htmlFor="herstel-backup">Back-up</label>
          <select id="herstel-backup" value={naam} onChange={(e) => setNaam(e.target.value)}>
            <option value="">Kies een back-up…</option>
            {backups.data?.map((b) => (
              <option key={b.naam} value={b.naam}>
                {formatDateTime(b.gemaaktOp)}
                {b.clienten === null ? '' : ` · ${b.clienten} cliënten`}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="herstel-code">Herstelcode</label>
        <input
          id="herstel-code"
          className="herstelcode-invoer"
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </div>
      <ErrorAlert message={herstel.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={herstel.busy}>
          {herstel.busy ? 'Bezig met controleren…' : metBackup ? 'Back-up terugzetten' : 'Sleutel herstellen'}
        </button>
      </div>
    </form>
  )
}
