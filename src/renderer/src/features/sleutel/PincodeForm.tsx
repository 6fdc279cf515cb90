import { useState, type FormEvent } from 'react'
import { pincodeFormSchema } from '../../../../shared/contracts/werkplek.routes'
import { call } from '../../api/client'
import { checkWith } from '../../api/checkInput'
import { FormSubmit } from '../../components/FormSubmit'
import { Field } from '../../components/Field'
import { FieldIssues } from '../../components/FieldIssues'
import { useAction } from '../../components/useAction'
import { useToast } from '../../components/Toast'

const LEEG = { huidigePincode: '', pincode: '', herhaal: '' }

/** Beheer → Vergrendelen: set or change the lock's PIN; changing needs the current one. */
export function PincodeForm({ pincodeIngesteld, onSaved }: { pincodeIngesteld: boolean; onSaved: () => void }) {
  const [v, setV] = useState(LEEG)
  const save = useAction()
  const notify = useToast()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void save.run(async () => {
      const { pincode, huidigePincode } = checkWith(pincodeFormSchema(pincodeIngesteld), v)
      await call('werkplek.slot.instellen', { pincode, ...(pincodeIngesteld ? { huidigePincode } : {}) })
      setV(LEEG)
      notify(pincodeIngesteld ? 'De pincode is gewijzigd.' : 'De pincode is ingesteld. Het slot vraagt er voortaan om.')
      onSaved()
    })
  }
  const field = (name: keyof typeof LEEG, label: string, autoComplete: string) => (
    <Field label={label} name={name} required>
      {(a) => (
        <input
          {...a}
          type="password"
          autoComplete={autoComplete}
          value={v[name]}
          onChange={(e) => setV({ ...v, [name]: e.target.value })}
        />
      )}
    </Field>
  )
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Pincode">
      <h3>Pincode van het slot</h3>
      <FieldIssues issues={save.issues}>
        {pincodeIngesteld && field('huidigePincode', 'Huidige pincode', 'current-password')}
        {field('pincode', 'Nieuwe pincode of wachtwoord', 'new-password')}
        {field('herhaal', 'Herhaal de nieuwe pincode', 'new-password')}
      </FieldIssues>
      <FormSubmit
        action={save}
        fields={['huidigePincode', 'pincode', 'herhaal']}
        label={pincodeIngesteld ? 'Pincode wijzigen' : 'Pincode instellen'}
        busyLabel="Bezig met opslaan…"
      />
    </form>
  )
}
