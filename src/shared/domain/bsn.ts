/**
 * BSN checks. Wlz-reference §12 (RvIG Logisch Ontwerp BSN): 9 digits; weights 9..2 and −1 on the
 * last digit; the weighted sum is a multiple of 11 and not 0.
 */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const

/** Strips spaces and dots that people type ("1234.56.782"); pads old 8-digit numbers with a 0. */
export function normaliseBsn(raw: string): string {
  const digits = raw.replace(/[\s.]/g, '')
  return /^\d{8}$/.test(digits) ? `0${digits}` : digits
}

export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(bsn[i]) * WEIGHTS[i]!
  return sum !== 0 && sum % 11 === 0
}

/** Lists show only the last four digits; the full number needs an explicit (audited) reveal. */
export function maskBsn(bsn: string): string {
  return `*****${bsn.slice(-4)}`
}

/**
 * Test BSNs: `prefix` followed by a counter, completed with the check digit that makes the
 * elfproef hold (weights 9..2, −1). Counters whose check digit would be 10 are skipped.
 */
export function* testBsns(prefix = '9999'): Generator<string> {
  const width = 8 - prefix.length
  for (let n = 0; n < 10 ** width; n++) {
    const first8 = prefix + String(n).padStart(width, '0')
    let sum = 0
    for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (9 - i)
    const check = sum % 11
    if (check <= 9) yield first8 + String(check)
  }
}
