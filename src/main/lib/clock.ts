import { todayInNl } from '../../shared/domain/dates'

/** Injected time, so rules can be tested on both sides of every date boundary. */
export interface Clock {
  now(): Date
  today(): string
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => todayInNl(),
}

export function fixedClock(iso: string): Clock {
  const at = new Date(`${iso}T10:00:00Z`)
  return { now: () => at, today: () => iso }
}

/**
 * Time that runs on from a chosen moment: the e2e stories are written around one date, so the
 * app under test starts there whatever the calendar says and its clock then moves as usual.
 */
export function storyClock(startIso: string): Clock {
  const offset = new Date(`${startIso}T09:00:00+01:00`).getTime() - Date.now()
  const now = () => new Date(Date.now() + offset)
  return { now, today: () => todayInNl(now()) }
}
