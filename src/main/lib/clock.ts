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
