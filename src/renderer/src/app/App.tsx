import { useEffect } from 'react'
import { useRoute } from '../api/useRoute'
import { onEvent } from '../api/client'
import { Shell } from './Shell'
import { FirstRunPage } from '../features/setup/FirstRunPage'
import { StartupErrorPage } from './StartupErrorPage'
import { RevokedPage } from './RevokedPage'
import { InactivityLock } from './InactivityLock'
import { STATUS_GEWIJZIGD } from '../features/beheer/ProfielSection'

/** Decides what the adviser sees first: a startup problem, the first-run setup, or the app. */
export function App() {
  const status = useRoute('app.status', {})
  const { reload } = status
  useEffect(() => onEvent('app.integrity', () => reload()), [reload])
  useEffect(() => onEvent('app.logboek', () => reload()), [reload])
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
  if (s.state === 'error') return <StartupErrorPage message={s.error?.message ?? 'De database kon niet worden geopend.'} />
  if (!s.profiel) return <FirstRunPage referentieGeladen={s.referentieGeladen} onDone={reload} />
  return <InactivityLock minutes={s.vergrendelenNaMinuten}>{(lock) => <Shell status={s} onLock={lock} />}</InactivityLock>
}
