import { useState } from 'react'
import { call } from '../../api/client'
import { DateInput } from '../../components/DateInput'
import { useToast } from '../../components/Toast'
import type { Vergelijking } from '../../../../shared/contracts/aanbieders.routes'
import { CLASSIFICATIES, WACHTSTATUSSEN, WACHTSTATUS_LABEL, type Wachtstatus } from '../../../../shared/domain/aanbieders/codes'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

/** Register the client on the wachtlijst of one of the compared locations. */
export function AanmeldForm({ clientId, locaties, onDone }: { clientId: number; locaties: Vergelijking['locaties']; onDone: () => void }) {
  const vrij = locaties.filter((l) => !l.wachtstatus)
  const [locatieId, setLocatieId] = useState<number | ''>(vrij[0]?.id ?? '')
  const [wachtstatus, setWachtstatus] = useState<Wachtstatus>('actief_plaatsen')
  const [classificatie, setClassificatie] = useState('')
  const [sinds, setSinds] = useState(() => new Date().toISOString().slice(0, 10))
  const [voorkeur, setVoorkeur] = useState(false)
  const [overbrugging, setOverbrugging] = useState('')
  const action = useAction()
  const notify = useToast()
  if (!vrij.length) return <p className="muted">De cliënt staat al op de wachtlijst van alle vergeleken locaties.</p>

  const aanmelden = () =>
    action.run(async () => {
      await call('wachtlijst.aanmelden', {
        clientId,
        locatieId: Number(locatieId),
        wachtstatus,
        classificaties: classificatie ? [classificatie] : [],
        voorkeur,
        sinds,
        overbrugging: overbrugging.trim() !== '',
        overbruggingAanbieder: overbrugging,
      })
      notify('Aangemeld op de wachtlijst')
      onDone()
    })

  return (
    <fieldset className="card aanmelden">
      <legend>Aanmelden op de wachtlijst</legend>
      <div className="form-grid">
        <label className="field">
          <span>Locatie</span>
          <select value={locatieId} onChange={(e) => setLocatieId(Number(e.target.value))}>
            {vrij.map((l) => (
              <option key={l.id} value={l.id}>
                {l.naam}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Wachtstatus</span>
          <select value={wachtstatus} onChange={(e) => setWachtstatus(e.target.value as Wachtstatus)}>
            {WACHTSTATUSSEN.map((s) => (
              <option key={s} value={s}>
                {WACHTSTATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Classificatie</span>
          <select value={classificatie} onChange={(e) => setClassificatie(e.target.value)}>
            <option value="">Geen</option>
            {Object.entries(CLASSIFICATIES).map(([code, label]) => (
              <option key={code} value={code}>
                {code} {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Op de wachtlijst sinds</span>
          <DateInput value={sinds} onChange={setSinds} />
        </label>
        <label className="field">
          <span>Overbruggingszorg door (Wlz art. 3.3.6)</span>
          <input value={overbrugging} maxLength={200} placeholder="leeg = geen" onChange={(e) => setOverbrugging(e.target.value)} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={voorkeur} onChange={(e) => setVoorkeur(e.target.checked)} /> Voorkeursaanbieder
        </label>
      </div>
      <ErrorAlert message={action.error} />
      <div className="actions">
        <button type="button" onClick={() => void aanmelden()}>
          Aanmelden
        </button>
      </div>
    </fieldset>
  )
}
