import { useCallback, useEffect, useRef, type ReactNode } from 'react'
import { call } from '../api/client'
import { rememberFields, restoreFields } from './fieldMemory'

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const

/**
 * Locks after `minutes` without keyboard or mouse (trust.md: privacy on laptops at home visits),
 * or at once with Ctrl+Shift+L. The lock itself is held by the main process: this asks for it,
 * and App then unmounts the screens and shows the lock screen. What was typed is kept in memory
 * and put back after unlocking.
 */
export function InactivityLock({ minutes, children }: { minutes: number; children: (lock: () => void) => ReactNode }) {
  const timer = useRef<number | undefined>(undefined)
  const rootRef = useRef<HTMLDivElement>(null)
  const lock = useCallback(() => {
    if (rootRef.current) rememberFields(rootRef.current)
    void call('werkplek.slot.vergrendelen', {})
  }, [])

  useEffect(() => (rootRef.current ? restoreFields(rootRef.current) : undefined), [])

  useEffect(() => {
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
  }, [minutes, lock])

  return <div ref={rootRef}>{children(lock)}</div>
}
