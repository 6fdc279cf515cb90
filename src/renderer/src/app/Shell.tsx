import { useEffect, useRef } from 'react'
import type { AppStatus } from '../../../shared/contracts/app.routes'
import { useHashRoute, type Route } from './useHashRoute'
import { SCREENS } from './screens'
import { TeamProvider, useTeam } from '../api/team'
import { SyncIndicator } from '../features/team/SyncIndicator'

const AFDELING_LABEL = { klantadvies: 'Klantadvies', pgb: 'Pgb-afdeling' } as const

function Page({ route, status }: { route: Route; status: AppStatus }) {
  const screen = SCREENS.find((s) => s.id === route.screen)!
  const Detail = screen.detail?.Page
  if (Detail && route.id !== undefined) return <Detail key={route.id} id={route.id} />
  return <screen.Page status={status} />
}

/** The app frame: skip link, left navigation, header with the adviser and the team state, and the current page. */
export function Shell(props: { status: AppStatus; onLock: () => void }) {
  return (
    <TeamProvider>
      <Frame {...props} />
    </TeamProvider>
  )
}

function Frame({ status, onLock }: { status: AppStatus; onLock: () => void }) {
  const route = useHashRoute(SCREENS)
  const team = useTeam()
  const profiel = status.profiel!
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)
  // After a menu choice, move focus to the new page so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    mainRef.current?.focus()
  }, [route.screen, route.id])
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Naar de inhoud
      </a>
      {status.demo && (
        <div className="demo-banner" role="note">
          DEMO — alle cliënten en gegevens in deze werkplek zijn fictief
        </div>
      )}
      {status.readOnly && (
        <div className="alert alert-error banner" role="alert">
          De controle van de database vond een probleem. Er wordt niets meer opgeslagen. Herstel een back-up via Beheer.
        </div>
      )}
      {status.logboek.status === 'failed' && (
        <div className="alert alert-error banner" role="alert">
          Alarm: het logboek is niet meer zoals het is vastgelegd. {status.logboek.reden} Meld dit direct bij functioneel beheer (Beheer →
          Logboek).
        </div>
      )}
      <header className="topbar">
        <span className="brand">Wlz Werkplek</span>
        <SyncIndicator />
        <span className="who">
          {profiel.naam} · {profiel.functie} · {AFDELING_LABEL[profiel.afdeling]}
          {profiel.regioNaam ? ` · ${profiel.regioNaam}` : ''}
          <button type="button" className="lock-button" onClick={onLock} title="Vergrendelen (Ctrl+Shift+L)">
            Vergrendelen
          </button>
        </span>
      </header>
      <nav className="sidenav" aria-label="Hoofdmenu">
        <ul>
          {SCREENS.filter((s) => !s.team || team).map((s) => (
            <li key={s.id}>
              <a href={`#/${s.id}`} aria-current={route.screen === s.id ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1} ref={mainRef}>
        <Page route={route} status={status} />
      </main>
    </div>
  )
}
