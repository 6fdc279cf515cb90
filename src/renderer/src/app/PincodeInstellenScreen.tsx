import { useEffect, useRef, useState, type FormEvent } from 'react'
import { PincodeSchema } from '../../../shared/contracts/werkplek.routes'
import { call, messageOf } from '../api/client'

/**
 * Shown at start on a workstation that is set up but has no PIN yet (a demo, a teamserver sign-in, an
 * upgrade from before the lock): the main process answers nothing else until a PIN is set, so no
 * screen with client data is mounted. The same rules and argon2id hash as the first run's PIN.
 */
export function PincodeInstellenScreen({ naam, demo }: { naam: string | null; demo: boolean }) {
  const [pincode, setPincode] = useState('')
  const [herhaal, setHerhaal] = useState('')
  // Both fields are checked at once, each message under its own field (issue 16: all errors at once).
  const [errors, setErrors] = useState<{ pincode?: string; herhaal?: string }>({})
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const herhaalRef = useRef<HTMLInputElement>(null)
  useEffect(() => inputRef.current?.focus(), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = PincodeSchema.safeParse(pincode)
    const found = {
      pincode: parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'Kies een pincode van minstens 6 tekens.'),
      herhaal: pincode === herhaal ? undefined : 'De twee pincodes zijn niet gelijk.',
    }
    setErrors(found)
    if (found.pincode) return inputRef.current?.focus()
    if (found.herhaal) return herhaalRef.current?.focus()
    setBusy(true)
    try {
      // On success main sends 'werkplek.slot' and App shows the screens.
      await call('werkplek.slot.instellen', { pincode })
    } catch (err) {
      setErrors({ pincode: messageOf(err) })
      inputRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  const veld = (id: string, label: string, value: string, set: (v: string) => void, error: string | undefined, ref: typeof inputRef) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={ref}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : 'pin-instellen-uitleg'}
      />
      {error && (
        <p id={`${id}-fout`} className="lock-error" role="alert">
          {error}
        </p>
      )}
    </>
  )

  return (
    <main className="lock-screen" aria-labelledby="pin-instellen-titel">
      <h1 id="pin-instellen-titel">Stel een pincode in</h1>
      <p id="pin-instellen-uitleg" className="lock-uitleg">
        {naam ? `Werkplek van ${naam}${demo ? ' (demo)' : ''}. ` : ''}
        Op deze werkplek is nog geen pincode ingesteld. Kies een pincode of wachtwoord van minstens 6 tekens. Het scherm vergrendelt als u
        even weg bent; hiermee ontgrendelt u het.
      </p>
      <form className="lock-form" onSubmit={(e) => void submit(e)} noValidate>
        {veld('pin-instellen', 'Pincode of wachtwoord', pincode, setPincode, errors.pincode, inputRef)}
        {veld('pin-instellen-herhaal', 'Herhaal de pincode', herhaal, setHerhaal, errors.herhaal, herhaalRef)}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Bezig met opslaan…' : 'Pincode instellen'}
        </button>
      </form>
    </main>
  )
}
