import { useState, type FormEvent } from 'react'
import { formatDateTime } from '../../../../shared/format/nl'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

/** Beheer → Back-ups: a second folder (network share, USB) that gets an encrypted copy of every back-up. */
export function TweedeLocatie({ refresh }: { refresh: number }) {
  const status = useRoute('backups.tweedeLocatie', {}, refresh)
  const [map, setMap] = useState<string | null>(null)
  const save = useAction()
  const s = status.data
  const value = map ?? s?.map ?? ''
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void save.run(async () => {
      await call('backups.tweedeLocatieInstellen', { map: value })
      setMap(null)
      status.reload()
    })
  }
  // The system's folder dialog (in the app); the chosen path lands in the field, to be confirmed.
  const kies = () =>
    void save.run(async () => {
      const { map: gekozen } = await call('backups.mapKiezen', {})
      if (gekozen) setMap(gekozen)
    })
  const stop = () =>
    void save.run(async () => {
      await call('backups.tweedeLocatieInstellen', { map: null })
      setMap(null)
      status.reload()
    })
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="tweede-locatie-titel">
      <h3 id="tweede-locatie-titel">Tweede back-uplocatie</h3>
      <p>
        Elke back-up wordt ook naar deze map gekopieerd, nog steeds versleuteld, en na het kopiëren gecontroleerd. Kies een netwerkschijf of
        USB-map buiten deze laptop. Met de herstelcode opent u die back-ups ook op een andere laptop.
      </p>
      {s?.melding && (
        <p className="alert alert-error" role="alert">
          {s.melding}
        </p>
      )}
      {s?.status === 'ok' && s.laatsteKopie && <p className="alert alert-ok">Laatste kopie: {formatDateTime(s.laatsteKopie)}.</p>}
      <div className="field">
        <label htmlFor="tweede-locatie-map">Map (volledig pad)</label>
        <div className="input-met-knop">
          <input
            id="tweede-locatie-map"
            value={value}
            onChange={(e) => setMap(e.target.value)}
            placeholder="bijvoorbeeld E:\Back-ups Wlz"
          />
          <button type="button" onClick={kies} disabled={save.busy}>
            Bladeren…
          </button>
        </div>
      </div>
      <ErrorAlert message={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.busy}>
          Map gebruiken
        </button>
        {s?.map && (
          <button type="button" onClick={stop} disabled={save.busy}>
            Niet meer kopiëren
          </button>
        )}
      </div>
    </form>
  )
}
