/**
 * An order-preserving number for a client's sort name (`client.sort_naam`), so that a trigram index
 * whose rowids follow it (migration 13, `client_naam_rang_fts`) hands out its hits in name order: a
 * name search sorted on name then reads one page of hits instead of all of them (issue 15).
 *
 * The name's UTF-8 bytes are written with an alphabetic prefix code (frequent letters get short
 * codes, and a code never sorts against the order of its symbols) and cut at CODE_BITS bits. For any
 * two names a ≤ b in SQLite's BINARY order, naamCode(a) ≤ naamCode(b). Names that differ only after
 * the cut share a code, a "bucket", which a reader sorts itself. A row's rang is its code followed by
 * SLOT_BITS bits of slot within the bucket (see the triggers of migration 13).
 */

/** Bits of the name code: with the slot it fills 63 bits, the largest positive SQLite integer. */
export const CODE_BITS = 49
/** Bits of the slot within a bucket: up to 16,384 clients whose names share a code. */
export const SLOT_BITS = 14

/** How often each letter occurs in Dutch names, per mille (roughly: only the code lengths depend on it). */
const LETTER_WEIGHTS = 'e150 n80 a75 r65 i55 t50 o50 s50 l40 d40 k35 h30 g30 v25 m25 b25 u20 j20 y15 p15 w15 c15 f8 z8 x1 q1'

interface Symbol {
  /** The bytes this symbol stands for (-1: the end of the name). */
  from: number
  to: number
  weight: number
}

/**
 * The symbols in byte order. A symbol for several bytes is lossy: the code stops after it, because
 * what follows could not be kept in order. searchKey writes only a–z, digits, spaces and letters
 * outside ASCII (≥ 0x80), so the lossy ones are rare.
 */
function symbols(): Symbol[] {
  const weights = new Map(LETTER_WEIGHTS.split(' ').map((w) => [w.charCodeAt(0), Number(w.slice(1))]))
  const letters = [...weights.keys()].sort((a, b) => a - b).map((b) => ({ from: b, to: b, weight: weights.get(b)! }))
  return [
    { from: -1, to: -1, weight: 60 },
    { from: 0x00, to: 0x1f, weight: 0.1 },
    { from: 0x20, to: 0x20, weight: 120 },
    { from: 0x21, to: 0x60, weight: 1 },
    ...letters,
    { from: 0x7b, to: 0xff, weight: 3 },
  ]
}

/**
 * An alphabetic code (Shannon–Fano with splits in symbol order): the left half of each split gets
 * 0, so codes compare as their symbols do and the first symbol (the end) is all zeros.
 */
function alphabeticCode(syms: Symbol[], prefix = '', out: string[] = []): string[] {
  if (syms.length === 1) {
    out.push(prefix)
    return out
  }
  const total = syms.reduce((n, s) => n + s.weight, 0)
  let left = 0
  let split = 1
  let best = Infinity
  for (let i = 1; i < syms.length; i++) {
    left += syms[i - 1]!.weight
    const diff = Math.abs(total - 2 * left)
    if (diff < best) [best, split] = [diff, i]
  }
  alphabeticCode(syms.slice(0, split), `${prefix}0`, out)
  alphabeticCode(syms.slice(split), `${prefix}1`, out)
  return out
}

const SYMS = symbols()
const CODES = alphabeticCode(SYMS)
/** Per byte value: its code and whether the code stops after it. */
const BY_BYTE: Array<{ bits: string; last: boolean }> = Array.from({ length: 256 }, (_, byte) => {
  const i = SYMS.findIndex((s) => s.from <= byte && byte <= s.to)
  return { bits: CODES[i]!, last: SYMS[i]!.from !== SYMS[i]!.to }
})
const encoder = new TextEncoder()

/** The name's bucket: its first CODE_BITS bits of code (a number below 2^49, exact in JS). */
export function naamCode(sortNaam: string): number {
  let bits = ''
  for (const byte of encoder.encode(sortNaam)) {
    const c = BY_BYTE[byte]!
    bits += c.bits
    if (c.last || bits.length >= CODE_BITS) break
  }
  // The end of the name is all zeros, and so is everything after it.
  return parseInt(bits.slice(0, CODE_BITS).padEnd(CODE_BITS, '0'), 2)
}
