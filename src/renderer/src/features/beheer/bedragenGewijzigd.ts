import { useEffect } from 'react'

/**
 * The tables of amounts are shown in several Beheer sections (the table, the signals per year, the
 * CSV import). After a change in one, the others load again: a small in-window notice, no state.
 */
const EVENT = 'wlz:bedragen-gewijzigd'

export const meldBedragenGewijzigd = (): void => void window.dispatchEvent(new Event(EVENT))

export function useBedragenGewijzigd(reload: () => void): void {
  useEffect(() => {
    window.addEventListener(EVENT, reload)
    return () => window.removeEventListener(EVENT, reload)
  }, [reload])
}
