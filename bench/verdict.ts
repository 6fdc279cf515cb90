// PASS/FAIL for a figure from its target text ("≤ 5 ms p95", "p95 ≤ 150 ms", "≤ 3 s", "≤ 200 MB …"):
// the bound, its unit, and which statistic it is about (p95 unless the text says median). Targets
// that state no bound ("stated", a ratio to LibreOffice) get no verdict.
import { loadavg, cpus } from 'node:os'
import type { Figure } from './stats'

const FACTOR: Record<string, number> = { ms: 1, s: 1000, MB: 1, '×': 1 }

/** "5.000" (Dutch thousands), "1,5" (Dutch decimal) and "1.5" all read as meant. */
const number = (text: string) => Number(/^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text.replace(',', '.'))

export function verdict(f: Figure): 'PASS' | 'FAIL' | '' {
  const m = /≤\s*([\d.,]+)\s*(ms|s|MB|×)?/.exec(f.target ?? '')
  if (!m) return ''
  const unit = m[2] ?? f.unit
  if ((unit === 'MB') !== (f.unit === 'MB') || (unit === '×') !== (f.unit === '×')) return ''
  const bound = number(m[1]!) * FACTOR[unit]!
  const value = (/median|mediaan/.test(f.target ?? '') ? f.median : f.p95) * FACTOR[f.unit]!
  return value <= bound ? 'PASS' : 'FAIL'
}

/** The 1-minute load average per core; above 0.5 other work competed with the figures for the CPU. */
export function machineLoad(): { load: number[]; perCore: number; busy: boolean } {
  const load = loadavg().map((l) => Math.round(l * 100) / 100)
  const perCore = load[0]! / Math.max(1, cpus().length)
  return { load, perCore: Math.round(perCore * 100) / 100, busy: perCore > 0.5 }
}
