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
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => inputRef.current?.focus(), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = PincodeSchema.safeParse(pincode)
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Kies een pincode van minstens 6 tekens.')
    if (pincode !== herhaal) return setError('De twee pincodes zijn niet gelijk.')
    setBusy(true)
    try {
      // On success main sends 'werkplek.slot' and App shows the screens.
      await call('werkplek.slot.instellen', { pincode })
    } catch (err) {
      setError(messageOf(err))
      inputRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  const veld = (id: string, label: string, value: string, set: (v: string) => void, ref?: typeof inputRef) => (
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
        aria-describedby={error ? 'pin-instellen-fout' : 'pin-instellen-uitleg'}
      />
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
        {veld('pin-instellen', 'Pincode of wachtwoord', pincode, setPincode, inputRef)}
        {veld('pin-instellen-herhaal', 'Herhaal de pincode', herhaal, setHerhaal)}
        {error && (
          <p id="pin-instellen-fout" className="lock-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Bezig met opslaan…' : 'Pincode instellen'}
        </button>
      </form>
    </main>
  )
}
