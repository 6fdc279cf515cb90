/**
 * Reads an amount as advisers type it and returns integer cents, or null when it is not an amount.
 * The one money parser of the app: every amount field uses it. Dutch input is "1.234,56"; people
 * also type "1234.56", "12,5" or "€ 12,50". Rules:
 * - with both separators the last one is the decimal mark ("1.234,56", "1,234.56");
 * - a lone comma is the decimal mark ("12,5"); a comma before three digits is refused ("12,345");
 * - a lone dot before exactly three digits groups thousands, as a Dutch adviser writes them
 *   ("1.250" is € 1.250,00, "12.345.678" too); any other lone dot is the decimal mark ("12.50"
 *   is € 12,50). A group never starts with 0, so "0.500" is refused rather than guessed.
 */
export function parseDutchMoney(text: string): number | null {
  const t = text.replace(/\s/g, '').replace(/^€|€$/g, '')
  if (!/^\d[\d.,]*$/.test(t)) return null
  const lastComma = t.lastIndexOf(',')
  const lastDot = t.lastIndexOf('.')
  let whole: string
  let fraction = ''
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.'
    const group = decimal === ',' ? '.' : ','
    const [w, f, ...rest] = t.split(decimal)
    if (rest.length || !w || !validGroups(w, group)) return null
    whole = w.split(group).join('')
    fraction = f ?? ''
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.'
    const parts = t.split(sep)
    if (sep === '.' && parts.length >= 2 && validGroups(t, '.') && parts.at(-1)!.length === 3) {
      whole = parts.join('')
    } else if (parts.length === 2) {
      whole = parts[0]!
      fraction = parts[1]!
    } else return null
  } else whole = t
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0')
  return Number.isSafeInteger(cents) ? cents : null
}

/** "1.234.567": first group 1–3 digits without a leading 0, the rest exactly 3. */
function validGroups(text: string, group: string): boolean {
  const parts = text.split(group)
  if (parts.length === 1) return /^\d+$/.test(text)
  return /^[1-9]\d{0,2}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p))
}

/** Cents → "1.234,56" for an input field (no euro sign). */
export function formatMoneyInput(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100)
}
