/**
 * How the caseload's columns keep their values in memory (caseloadColumns.ts): dates, postcodes and
 * codes as numbers in the same order as their text, a name's three-letter windows as a signature.
 */

/** A date as a number in the same order as its ISO text (2026-12-04 → 20261204); 0 is none. */
export function dateNumber(text: string | null): number {
  if (text === null) return 0
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  // The message names no value: it may be a birth date, and it goes to the log.
  if (!m) throw new Error('een datum staat niet als JJJJ-MM-DD')
  return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3])
}

export function dateText(n: number): string {
  const s = String(n).padStart(8, '0')
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
}

/**
 * Which of 64 buckets each three-letter window of a text falls in, as two 32-bit halves. A term
 * occurs in a name only if every window of the term occurs in it, so a name whose signature lacks
 * one of the term's bits cannot hold the term: most names are passed over without reading them.
 */
export function trigramSignature(text: string): [number, number] {
  let lo = 0
  let hi = 0
  for (let i = 0; i + 3 <= text.length; i++) {
    const h = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 10) | (text.charCodeAt(i + 2) << 20)
    const bucket = Math.imul(h, 0x9e3779b1) >>> 26
    if (bucket < 32) lo |= 1 << bucket
    else hi |= 1 << (bucket - 32)
  }
  return [lo, hi]
}

/**
 * A postcode as a number in the same order as its text: '' (none) is 0, "1234 AB" is 1234 × 1000
 * + its letters (AA = 1 … ZZ = 676). The contract only stores these two forms (PostcodeSchema).
 */
export function postcodeNumber(text: string): number {
  if (text === '') return 0
  const m = /^(\d{4}) ([A-Z])([A-Z])$/.exec(text)
  // The message names no value: it goes to the log.
  if (!m) throw new Error('een postcode staat niet als 1234 AB')
  return Number(m[1]) * 1000 + (m[2]!.charCodeAt(0) - 65) * 26 + (m[3]!.charCodeAt(0) - 65) + 1
}

export function postcodeText(n: number): string {
  if (n === 0) return ''
  const letters = (n % 1000) - 1
  return `${Math.floor(n / 1000)} ${String.fromCharCode(65 + Math.floor(letters / 26), 65 + (letters % 26))}`
}

/** A handful of distinct texts (leveringsvormen, zorgprofielen) kept as small numbers; 0 is none. */
export class Dictionary {
  readonly values: Array<string | null> = [null]
  private readonly index = new Map<string, number>()
  /** The number of a value no client may have yet: -1 then (a query must not add values). */
  find(value: string): number {
    return this.index.get(value) ?? -1
  }

  code(value: string | null): number {
    if (value === null) return 0
    let n = this.index.get(value)
    if (n === undefined) {
      if (this.values.length > 255) throw new Error('Te veel verschillende waarden voor het geheugenoverzicht')
      n = this.values.push(value) - 1
      this.index.set(value, n)
    }
    return n
  }
}
