/** Timing helpers for the benchmark: median and p95 over repeated runs, in one process. */
export interface Figure {
  name: string
  size: string
  unit: 'ms' | 'MB' | 's' | '×'
  median: number
  p95: number
  runs: number
  target?: string
  /** What else the table should say (the worst member of a family, what was left out). */
  note?: string
  /** A family's members with their own figures (results.json only). */
  members?: Array<{ name: string; median: number; p95: number }>
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]!
}

export function summarise(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b)
  return { median: percentile(s, 50), p95: percentile(s, 95) }
}

export async function time(
  runs: number,
  fn: (i: number) => unknown | Promise<unknown>,
  warmup = Math.min(5, runs),
): Promise<{ median: number; p95: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn(i)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn(i)
    samples.push(performance.now() - t)
  }
  return { ...summarise(samples), runs }
}

export const round = (n: number) => (n >= 100 ? Math.round(n) : Math.round(n * 100) / 100)

/** A timed figure in milliseconds, rounded for the table. */
export const msFigure = (name: string, size: string, r: { median: number; p95: number; runs: number }, target: string): Figure => ({
  name,
  size,
  unit: 'ms',
  median: round(r.median),
  p95: round(r.p95),
  runs: r.runs,
  target,
})
