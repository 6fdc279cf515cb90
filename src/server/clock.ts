/** The server's notion of now; tests inject a fixed or stepping clock instead of sleeping. */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

/** A clock for tests: starts at `start` and moves only when told. */
export function manualClock(start: string | Date) {
  let now = new Date(start).getTime()
  const clock: Clock & { advance(ms: number): void; set(iso: string): void } = Object.assign(() => new Date(now), {
    advance: (ms: number) => void (now += ms),
    set: (iso: string) => void (now = new Date(iso).getTime()),
  })
  return clock
}
