import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

/**
 * ARIA tabs: ←/→ (and Home/End) move between tabs, only the selected tab is in the tab order,
 * and its panel follows.
 */
export function Tabs<T extends string>(props: {
  label: string
  tabs: ReadonlyArray<{ id: T; label: string; badge?: string }>
  selected: T
  onSelect: (id: T) => void
  children: ReactNode
}) {
  const base = useId()
  const refs = useRef<Record<string, HTMLButtonElement | null>>({})
  const index = props.tabs.findIndex((t) => t.id === props.selected)

  function onKeyDown(e: KeyboardEvent) {
    const n = props.tabs.length
    const to = { ArrowRight: (index + 1) % n, ArrowLeft: (index - 1 + n) % n, Home: 0, End: n - 1 }[e.key]
    if (to === undefined) return
    e.preventDefault()
    const tab = props.tabs[to]!
    props.onSelect(tab.id)
    refs.current[tab.id]?.focus()
  }

  return (
    <>
      <div role="tablist" aria-label={props.label} className="tabs" onKeyDown={onKeyDown}>
        {props.tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => void (refs.current[t.id] = el)}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === props.selected}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === props.selected ? 0 : -1}
            onClick={() => props.onSelect(t.id)}
          >
            {t.label}
            {t.badge && <span className="tab-badge">{t.badge}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${props.selected}`} className="tabpanel">
        {props.children}
      </div>
    </>
  )
}
