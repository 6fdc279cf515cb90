import { useEffect, useState } from 'react'
import type { Screen } from './screen'

/** Where the adviser is: a screen, or one record page of it (`id`), e.g. a dossier under the caseload. */
export type Route = { screen: string; id?: number }

/** `#/<screen id>` or `#/<detail path>/<id>`; anything else opens the first screen. */
function parseRoute(hash: string, screens: readonly Screen[]): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/')
  const owner = screens.find((s) => s.detail && s.detail.path === first)
  if (owner && second && /^\d+$/.test(second)) return { screen: owner.id, id: Number(second) }
  return { screen: screens.find((s) => s.id === first)?.id ?? screens[0]!.id }
}

/** In-page navigation through the URL hash: back/forward work and nothing leaves the page. */
export function useHashRoute(screens: readonly Screen[]): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash, screens))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash, screens))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [screens])
  return route
}
