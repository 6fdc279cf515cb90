import { useEffect, useState } from 'react'

export const SECTIONS = [
  { id: 'caseload', label: 'Caseload' },
  { id: 'zorgplannen', label: 'Zorgplannen' },
  { id: 'aanbieders', label: 'Aanbieders' },
  { id: 'brieven', label: 'Brieven' },
  { id: 'beheer', label: 'Beheer' },
] as const
export type SectionId = (typeof SECTIONS)[number]['id']

/** Where the adviser is: a section, or one client's dossier (which belongs to the caseload). */
export type Route = { section: SectionId; clientId?: number; planId?: number }

export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/')
  if (first === 'dossier' && second && /^\d+$/.test(second)) return { section: 'caseload', clientId: Number(second) }
  if (first === 'plan' && second && /^\d+$/.test(second)) return { section: 'zorgplannen', planId: Number(second) }
  return { section: SECTIONS.some((s) => s.id === first) ? (first as SectionId) : 'caseload' }
}

export const dossierHref = (clientId: number) => `#/dossier/${clientId}`
export const planHref = (planId: number) => `#/plan/${planId}`

/** In-page navigation through the URL hash: back/forward work and nothing leaves the page. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
