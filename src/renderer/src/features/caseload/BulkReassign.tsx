import { useState } from 'react'
import type { Adviseur } from '../../../../shared/contracts/profiel.routes'
import { call } from '../../api/client'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toast'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

/** Hands the selected dossiers to a colleague (staff leaving, holidays), after a confirmation. */
export function BulkReassign(props: { selected: number[]; adviseurs: readonly Adviseur[]; onDone: () => void; onClear: () => void }) {
  const notify = useToast()
  const [naar, setNaar] = useState('')
  const [reden, setReden] = useState('')
  const [confirming, setConfirming] = useState(false)
  const action = useAction()
  const target = props.adviseurs.find((a) => String(a.id) === naar)
  const n = props.selected.length

  const reassign = () =>
    action.run(async () => {
      const r = await call('caseload.reassign', { clientIds: props.selected, naarAdviseurId: Number(naar), reden })
      notify(`${r.aantal} ${r.aantal === 1 ? 'dossier is' : 'dossiers zijn'} overgedragen aan ${target?.naam}.`)
      setConfirming(false)
      setReden('')
      props.onDone()
    })

  return (
    <div className="bulk-bar" role="region" aria-label="Selectie">
      <strong>{n} geselecteerd</strong>
      <label>
        Overdragen aan
        <select value={naar} onChange={(e) => setNaar(e.target.value)}>
          <option value="">Kies een adviseur…</option>
          {props.adviseurs.map((a) => (
            <option key={a.id} value={a.id}>
              {a.naam}
            </option>
          ))}
        </select>
      </label>
      <label>
        Reden
        <input value={reden} onChange={(e) => setReden(e.target.value)} maxLength={300} placeholder="Bijvoorbeeld: uit dienst" />
      </label>
      <button type="button" className="primary" disabled={!target || !reden.trim()} onClick={() => setConfirming(true)}>
        Overdragen…
      </button>
      <button type="button" onClick={props.onClear}>
        Selectie wissen
      </button>
      <Modal open={confirming} title="Dossiers overdragen" onClose={() => setConfirming(false)}>
        <div className="form">
          <p>
            U draagt <strong>{n}</strong> {n === 1 ? 'dossier' : 'dossiers'} over aan <strong>{target?.naam}</strong>. De reden “{reden}”
            wordt bij elk dossier bewaard.
          </p>
          <ErrorAlert message={action.error} />
          <div className="actions">
            <button type="button" className="primary" onClick={reassign} disabled={action.busy}>
              {action.busy ? 'Bezig…' : `${n} ${n === 1 ? 'dossier' : 'dossiers'} overdragen`}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Annuleren
            </button>
          </div>
        </div>
      </Modal>
    </div>
  )
}
