import { useEffect, useState } from 'react'
import { useRoute } from '../api/useRoute'
import { onEvent } from '../api/client'
import { Shell } from './Shell'
import { FirstRunPage } from '../features/setup/FirstRunPage'
import { StartupErrorPage } from './StartupErrorPage'
import { RevokedPage } from './RevokedPage'
import { InactivityLock } from './InactivityLock'
import { LockScreen } from './LockScreen'
import { PincodeInstellenScreen } from './PincodeInstellenScreen'
import { STATUS_GEWIJZIGD } from '../features/beheer/ProfielBewerken'

/** Decides what the adviser sees first: a startup problem, the first-run setup, or the app. */
export function App() {
  const status = useRoute('app.status', {})
  const { reload } = status
  // Set while the first run shows the recovery code: the new profile must not switch to the app yet.
  const [codeStep, setCodeStep] = useState(false)
  useEffect(() => onEvent('app.integrity', () => reload()), [reload])
  useEffect(() => onEvent('app.logboek', () => reload()), [reload])
  useEffect(() => onEvent('werkplek.slot', () => reload()), [reload])
  // A change in Beheer that the frame shows (the profile in the banner).
  useEffect(() => {
    const f = () => reload()
    window.addEventListener(STATUS_GEWIJZIGD, f)
    return () => window.removeEventListener(STATUS_GEWIJZIGD, f)
  }, [reload])

  if (!status.data) {
    return (
      <main className="centered" aria-busy="true">
        <p role="status">{status.error ?? 'Wlz Werkplek wordt gestart…'}</p>
      </main>
    )
  }
  const s = status.data
  if (s.state === 'error' && s.error?.code === 'DEVICE_REVOKED') return <RevokedPage message={s.error.message} />
  if (s.state === 'error')
    return <StartupErrorPage message={s.error?.message ?? 'De database kon niet worden geopend.'} code={s.error?.code} />
  // Locked: the screens are unmounted, not covered; only the lock screen is in the page.
  if (s.slot.vergrendeld && s.slot.pincodeIngesteld) return <LockScreen slot={s.slot} naam={s.profiel?.naam ?? null} />
  if (!s.profiel || codeStep)
    return (
      <FirstRunPage
        referentieGeladen={s.referentieGeladen}
        onCodeStep={() => setCodeStep(true)}
        onDone={() => {
          setCodeStep(false)
          reload()
        }}
      />
    )
  // Set up without a PIN (demo, teamserver, upgrade): main answers nothing until one is set.
  if (s.slot.vergrendeld) return <PincodeInstellenScreen naam={s.profiel.naam} demo={s.demo} />
  return <InactivityLock minutes={s.vergrendelenNaMinuten}>{(lock) => <Shell status={s} onLock={lock} />}</InactivityLock>
}
