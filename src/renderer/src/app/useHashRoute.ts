import { useEffect, useState } from 'react'

export const SECTIONS = [
  { id: 'caseload', label: 'Caseload' },
  { id: 'zorgplannen', label: 'Zorgplannen' },
  { id: 'aanbieders', label: 'Aanbieders' },
  { id: 'brieven', label: 'Brieven' },
  { id: 'beheer', label: 'Beheer' },
] as const
export type SectionId = (typeof SECTIONS)[number]['id']

function parse(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split('/')[0]
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : 'caseload'
}

/** In-page navigation through the URL hash: back/forward work and nothing leaves the page. */
export function useHashRoute(): SectionId {
  const [section, setSection] = useState<SectionId>(() => parse(window.location.hash))
  useEffect(() => {
    const onChange = () => setSection(parse(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return section
}
