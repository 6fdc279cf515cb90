import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { SlotStatus } from '../../../shared/contracts/werkplek.routes'
import { call, messageOf } from '../api/client'

/**
 * Shown instead of the app while the main process holds the lock: no screen of the app is
 * mounted underneath. Unlocking needs the PIN; the wait after wrong tries comes from main. A
 * workstation without a PIN gets PincodeInstellenScreen instead.
 */
export function LockScreen({ slot, naam }: { slot: SlotStatus; naam: string | null }) {
  const [pincode, setPincode] = useState('')
  const [error, setError] = useState<string | null>(
    slot.wachtSeconden > 0 ? `Te veel onjuiste pogingen. Probeer het over ${slot.wachtSeconden} seconden opnieuw.` : null,
  )
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => inputRef.current?.focus(), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    try {
      // On success main sends 'werkplek.slot' and App brings the screens back.
      await call('werkplek.slot.ontgrendelen', { pincode })
    } catch (err) {
      setError(messageOf(err))
      setPincode('')
      inputRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">Wlz Werkplek is vergrendeld</h1>
      <p>De gegevens zijn verborgen{naam ? `. Werkplek van ${naam}.` : '.'}</p>
      <form className="lock-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="lock-pincode">Pincode of wachtwoord</label>
        <input
          id="lock-pincode"
          ref={inputRef}
          type="password"
          autoComplete="current-password"
          value={pincode}
          onChange={(e) => setPincode(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lock-error' : undefined}
        />
        {error && (
          <p id="lock-error" className="lock-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          Ontgrendelen
        </button>
      </form>
    </main>
  )
}
