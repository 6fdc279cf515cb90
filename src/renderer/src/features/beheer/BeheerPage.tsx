import { useEffect, useState } from 'react'
import type { ScreenProps } from '../../app/screen'
import { useTeam } from '../../api/team'
import { BEHEER_SECTIONS } from './sections'

/** The section in the address, `#/beheer/<section id>`; the first one when there is none. */
function sectionFromHash(): string | undefined {
  return window.location.hash.replace(/^#\/?/, '').split('/')[1]
}

/**
 * Beheer: a menu of sections on the left and one section at a time, each with its own address so
 * a colleague or a spec can link straight to it (instead of one very long page).
 */
export function BeheerPage({ status }: ScreenProps) {
  const team = useTeam()
  const [wanted, setWanted] = useState(sectionFromHash)
  useEffect(() => {
    const onChange = () => setWanted(sectionFromHash())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const sections = BEHEER_SECTIONS.filter((s) => !s.shown || s.shown(team))
  const current = sections.find((s) => s.id === wanted) ?? sections[0]!
  return (
    <section aria-labelledby="page-title" className="beheer">
      <h1 id="page-title">Beheer</h1>
      <div className="beheer-layout">
        <nav className="beheer-nav" aria-label="Onderdelen van Beheer">
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#/beheer/${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="beheer-section">
          <current.Component key={current.id} status={status} />
        </div>
      </div>
    </section>
  )
}
