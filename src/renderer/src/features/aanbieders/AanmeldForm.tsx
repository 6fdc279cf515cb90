import { useState } from 'react'
import { call } from '../../api/client'
import { checkInput } from '../../api/checkInput'
import { Field } from '../../components/Field'
import { FieldIssues } from '../../components/FieldIssues'
import { DateInput } from '../../components/DateInput'
import { useToast } from '../../components/Toast'
import type { Vergelijking } from '../../../../shared/contracts/aanbieders.routes'
import { CLASSIFICATIES, WACHTSTATUSSEN, WACHTSTATUS_LABEL, type Wachtstatus } from '../../../../shared/domain/aanbieders/codes'
import { useRoute } from '../../api/useRoute'
import { Modal } from '../../components/Modal'
import { SIGNAAL_UITLEG } from './WachtlijstTab'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

/** Register the client on the wachtlijst of one of the compared locations. */
export function AanmeldForm({ clientId, locaties, onDone }: { clientId: number; locaties: Vergelijking['locaties']; onDone: () => void }) {
  const vrij = locaties.filter((l) => !l.wachtstatus)
  const [keuze, setLocatieId] = useState<number | ''>(vrij[0]?.id ?? '')
  // After registering at the chosen location it is no longer free: fall back to the first that is.
  const locatieId = vrij.some((l) => l.id === keuze) ? keuze : (vrij[0]?.id ?? '')
  const [wachtstatus, setWachtstatus] = useState<Wachtstatus>('actief_plaatsen')
  const [classificatie, setClassificatie] = useState('')
  const [sinds, setSinds] = useState(() => new Date().toISOString().slice(0, 10))
  const [voorkeur, setVoorkeur] = useState(false)
  const [overbrugging, setOverbrugging] = useState('')
  const [bevestigen, setBevestigen] = useState(false)
  const action = useAction()
  const notify = useToast()
  // The client's current voorkeursaanbieder, so a second one is asked for, not slipped in.
  const wachtend = useRoute('wachtlijst.list', { clientId })
  const eerdereVoorkeur = wachtend.data?.find((w) => w.voorkeur)
  if (!vrij.length) return <p className="muted">De cliënt staat al op de wachtlijst van alle vergeleken locaties.</p>

  const aanmelden = (tweedeVoorkeur: boolean) =>
    action.run(async () => {
      setBevestigen(false)
      const input = checkInput('wachtlijst.aanmelden', {
        clientId,
        locatieId: Number(locatieId),
        wachtstatus,
        classificaties: classificatie ? [classificatie] : [],
        voorkeur,
        tweedeVoorkeur,
        sinds,
        overbrugging: overbrugging.trim() !== '',
        overbruggingAanbieder: overbrugging,
      })
      await call('wachtlijst.aanmelden', input)
      notify('Aangemeld op de wachtlijst')
      wachtend.reload()
      onDone()
    })

  return (
    <fieldset className="card aanmelden">
      <legend>Aanmelden op de wachtlijst</legend>
      <FieldIssues issues={action.issues}>
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
            <select value={wachtstatus} aria-describedby="aanmeld-signaal" onChange={(e) => setWachtstatus(e.target.value as Wachtstatus)}>
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
                  {label}
                </option>
              ))}
            </select>
          </label>
          <Field label="Op de wachtlijst sinds" name="sinds" required>
            {(a) => <DateInput {...a} value={sinds} onChange={setSinds} />}
          </Field>
          <label className="field">
            <span>Overbruggingszorg door (Wlz art. 3.3.6)</span>
            <input value={overbrugging} maxLength={200} placeholder="leeg = geen" onChange={(e) => setOverbrugging(e.target.value)} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={voorkeur} onChange={(e) => setVoorkeur(e.target.checked)} /> Voorkeursaanbieder
          </label>
        </div>
      </FieldIssues>
      <p className="hint" id="aanmeld-signaal">
        {SIGNAAL_UITLEG}
      </p>
      <ErrorAlert message={action.error} />
      <div className="actions">
        <button type="button" onClick={() => (voorkeur && eerdereVoorkeur ? setBevestigen(true) : void aanmelden(false))}>
          Aanmelden
        </button>
      </div>
      <Modal open={bevestigen} title="Tweede voorkeursaanbieder?" onClose={() => setBevestigen(false)}>
        <div className="form">
          <p>
            {eerdereVoorkeur?.locatie} is al de voorkeursaanbieder van deze cliënt. Wilt u{' '}
            {vrij.find((l) => l.id === locatieId)?.naam ?? 'deze locatie'} ook als voorkeursaanbieder vastleggen? De eerste blijft dan ook
            voorkeursaanbieder.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void aanmelden(true)}>
              Ja, ook voorkeursaanbieder
            </button>
            <button type="button" onClick={() => setBevestigen(false)}>
              Annuleren
            </button>
          </div>
        </div>
      </Modal>
    </fieldset>
  )
}
