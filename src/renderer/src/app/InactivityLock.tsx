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
  const lock = useCallback(() => {
    rememberFields(document.body)
    void call('werkplek.slot.vergrendelen', {})
  }, [])

  // Mounted again after unlocking: put back what was typed.
  useEffect(() => restoreFields(document.body), [])

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

  return <>{children(lock)}</>
}
