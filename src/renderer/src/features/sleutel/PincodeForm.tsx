import { useState, type FormEvent } from 'react'
import { PincodeSchema } from '../../../../shared/contracts/werkplek.routes'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { useToast } from '../../components/Toast'

/** Beheer → Vergrendelen: set or change the lock's PIN; changing needs the current one. */
export function PincodeForm({ pincodeIngesteld, onSaved }: { pincodeIngesteld: boolean; onSaved: () => void }) {
  const [huidig, setHuidig] = useState('')
  const [nieuw, setNieuw] = useState('')
  const [herhaal, setHerhaal] = useState('')
  const save = useAction()
  const notify = useToast()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = PincodeSchema.safeParse(nieuw)
    if (!parsed.success) return save.setError(parsed.error.issues[0]?.message ?? 'Ongeldige pincode.')
    if (nieuw !== herhaal) return save.setError('De twee pincodes zijn niet gelijk.')
    void save.run(async () => {
      await call('werkplek.slot.instellen', { pincode: nieuw, ...(pincodeIngesteld ? { huidigePincode: huidig } : {}) })
      setHuidig('')
      setNieuw('')
      setHerhaal('')
      notify(pincodeIngesteld ? 'De pincode is gewijzigd.' : 'De pincode is ingesteld. Het slot vraagt er voortaan om.')
      onSaved()
    })
  }
  const field = (id: string, label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="password" autoComplete={autoComplete} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  )
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Pincode">
      <h3>Pincode van het slot</h3>
      {pincodeIngesteld && field('pin-huidig', 'Huidige pincode', huidig, setHuidig, 'current-password')}
      {field('pin-nieuw', 'Nieuwe pincode of wachtwoord', nieuw, setNieuw, 'new-password')}
      {field('pin-herhaal', 'Herhaal de nieuwe pincode', herhaal, setHerhaal, 'new-password')}
      <ErrorAlert message={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.busy}>
          {save.busy ? 'Bezig met opslaan…' : pincodeIngesteld ? 'Pincode wijzigen' : 'Pincode instellen'}
        </button>
      </div>
    </form>
  )
}
