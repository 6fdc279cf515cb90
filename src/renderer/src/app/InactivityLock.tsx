import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const

/**
 * Hides the data view after `minutes` without keyboard or mouse (trust.md: privacy on laptops at
 * home visits), or at once with Ctrl+Shift+L. The app stays mounted underneath — hidden and inert —
 * so a half-typed note is still there after unlocking.
 */
export function InactivityLock({ minutes, children }: { minutes: number; children: (lock: () => void) => ReactNode }) {
  const [locked, setLocked] = useState(false)
  const timer = useRef<number | undefined>(undefined)
  const unlockRef = useRef<HTMLButtonElement>(null)
  const lock = useCallback(() => setLocked(true), [])

  useEffect(() => {
    if (locked) return
    const arm = () => {
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(lock, minutes * 60_000)
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault()
        lock()
      }
    }
    arm()
    ACTIVITY.forEach((t) => window.addEventListener(t, arm, { passive: true }))
    window.addEventListener('keydown', onKey)
    return () => {
      window.clearTimeout(timer.current)
      ACTIVITY.forEach((t) => window.removeEventListener(t, arm))
      window.removeEventListener('keydown', onKey)
    }
  }, [locked, minutes, lock])

  useEffect(() => {
    if (locked) unlockRef.current?.focus()
  }, [locked])

  return (
    <>
      <div hidden={locked} inert={locked}>
        {children(lock)}
      </div>
      {locked && (
        <main className="lock-screen" aria-labelledby="lock-title">
          <h1 id="lock-title">Wlz Werkplek is vergrendeld</h1>
          <p>De gegevens zijn verborgen omdat de werkplek even niet is gebruikt.</p>
          <button ref={unlockRef} type="button" className="primary" onClick={() => setLocked(false)}>
            Ontgrendelen
          </button>
        </main>
      )}
    </>
  )
}
