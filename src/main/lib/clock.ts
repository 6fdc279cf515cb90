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

/** 09:00 Dutch winter time on the story date: where a story clock (and the e2e page's clock) starts. */
export const storyStart = (iso: string) => new Date(`${iso}T09:00:00+01:00`)

/**
 * Time that runs on from a chosen moment: the e2e stories are written around one date, so the
 * app under test starts there whatever the calendar says and its clock then moves as usual.
 */
export function storyClock(startIso: string): Clock {
  const offset = storyStart(startIso).getTime() - Date.now()
  const now = () => new Date(Date.now() + offset)
  return { now, today: () => todayInNl(now()) }
}
