import { useEffect, useRef } from 'react'
import type { AppStatus } from '../../../shared/contracts/app.routes'
import { SECTIONS, useHashRoute, type Route } from './useHashRoute'
import { DossierPage } from '../features/dossier/DossierPage'
import { CaseloadPage } from '../features/caseload/CaseloadPage'
import { BeheerPage } from '../features/beheer/BeheerPage'
import { AanbiedersPage } from '../features/aanbieders/AanbiedersPage'
import { PlanPage } from '../features/plannen/PlanPage'
import { ZorgplannenPage } from '../features/plannen/ZorgplannenPage'
import { BrievenPage } from '../features/brieven/BrievenPage'

const AFDELING_LABEL = { klantadvies: 'Klantadvies', pgb: 'Pgb-afdeling' } as const

function Page({ route, status }: { route: Route; status: AppStatus }) {
  switch (route.section) {
    case 'caseload':
      return route.clientId ? <DossierPage key={route.clientId} clientId={route.clientId} /> : <CaseloadPage />
    case 'beheer':
      return <BeheerPage status={status} />
    case 'zorgplannen':
      return route.planId ? <PlanPage key={route.planId} planId={route.planId} /> : <ZorgplannenPage />
    case 'aanbieders':
      return <AanbiedersPage />
    case 'brieven':
      return <BrievenPage />
  }
}

/** The app frame: skip link, left navigation, header with the adviser, and the current page. */
export function Shell({ status, onLock }: { status: AppStatus; onLock: () => void }) {
  const route = useHashRoute()
  const { section } = route
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
  }, [section, route.clientId, route.planId])
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
      <header className="topbar">
        <span className="brand">Wlz Werkplek</span>
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
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#/${s.id}`} aria-current={section === s.id ? 'page' : undefined}>
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
