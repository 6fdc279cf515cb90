import type { CaseloadCursor, CaseloadFilter, Signaal } from '../../../../shared/contracts/caseload.routes'
import { ZORGPROFIELEN } from '../../../../shared/domain/zorgprofielen'
import type { SortKolom } from '../caseloadPlan'
import { parseSearch, signalDates } from '../caseloadQuery'
import { utf8 } from './packedText'
import { FLAG_BUITEN_REGIO, FLAG_URGENT, type CaseloadColumns, type OrderName, type Value } from './caseloadColumns'
import { dateNumber, postcodeNumber, postcodeText, trigramSignature } from './columnValues'

/** Positions [from, to) of one order: the clients with one value or within one range of values. */
type Range = [number, number]

/**
 * One condition: the ranges of an order that hold its clients (when it has them), and a test per
 * client; or a trigram signature the client's name must hold.
 */
interface Test {
  order?: OrderName
  ranges?: Range[]
  test?: (id: number) => boolean
  signature?: [number, number]
}

/**
 * The conditions of a caseload query on the in-memory columns, the same as caseloadQuery.ts
 * writes them in SQL (each signal there is the same comparison here, on dates as numbers). Null
 * for what SQLite's own indexes answer better: a BSN or besluitnummer, and a bare name (nothing
 * else asked), whose trigram hits come in name order from the rang index.
 */
function tests(cols: CaseloadColumns, zoek: string, f: CaseloadFilter, today: string, userId: number | null): Test[] | null {
  const search = parseSearch(zoek)
  if (search?.kind === 'bsn' || search?.kind === 'besluit') return null
  if (
    search?.kind === 'names' &&
    f.adviseur === 'alle' &&
    !f.leveringsvormen.length &&
    !f.sectoren.length &&
    !f.signalen.length &&
    !f.postcode
  )
    return null
  const out: Test[] = []
  const between = (order: OrderName, lo: Value, hi: Exclude<Value, null>): Range => [cols.lowerBound(order, lo), cols.upperBound(order, hi)]
  // A postcode is kept as a number (postcodeNumber): its range of texts is found on the texts themselves.
  const textRange = (order: 'postcode' | 'naam', lo: string, hi: string): Range =>
    order === 'naam'
      ? [cols.lowerBound(order, lo), cols.lowerBound(order, hi)]
      : ([lo, hi].map((t) => cols.search('postcode', (id) => postcodeText(cols.postcode[id]!) >= t)) as Range)
  if (f.adviseur !== 'alle') {
    const a = f.adviseur === 'mij' ? (userId ?? -1) : f.adviseur
    out.push({ order: 'adviseur', ranges: [between('adviseur', a, a)], test: (id) => cols.adviseur[id] === a })
  }
  if (f.leveringsvormen.length) {
    const set = new Uint8Array(256)
    // A value no client has yet (-1) marks nothing.
    for (const n of f.leveringsvormen.map((lv) => cols.lvDict.find(lv))) if (n >= 0) set[n] = 1
    const ranges = f.leveringsvormen.map((lv) => between('leveringsvorm', lv, lv))
    out.push({ order: 'leveringsvorm', ranges, test: (id) => set[cols.lv[id]!] === 1 })
  }
  if (f.sectoren.length) {
    const codes = ZORGPROFIELEN.filter((z) => f.sectoren.includes(z.sector)).map((z) => z.code)
    const set = new Uint8Array(256)
    for (const n of codes.map((c) => cols.zpDict.find(c))) if (n >= 0) set[n] = 1
    out.push({ order: 'zorgprofiel', ranges: codes.map((c) => between('zorgprofiel', c, c)), test: (id) => set[cols.zp[id]!] === 1 })
  }
  if (f.signalen.length) out.push(signals(cols, f.signalen, today))
  // A text range is a range of positions in its order (CaseloadColumns.position).
  const textTest = (order: 'postcode' | 'naam', lo: string, hi: string): Test => {
    const [from, to] = textRange(order, lo, hi)
    const position = cols.position[order]
    return { order, ranges: [[from, to]], test: (id) => position[id]! >= from && position[id]! < to }
  }
  const postcode = (lo: string, hi: string) => out.push(textTest('postcode', lo, hi))
  if (f.postcode) postcode(f.postcode.toUpperCase(), `${f.postcode.toUpperCase()}\uffff`)
  if (search?.kind === 'postcode') postcode(search.lo, search.hi)
  if (search?.kind === 'prefix') out.push(textTest('naam', search.lo, search.hi))
  if (search?.kind === 'names') {
    const terms = search.terms
    // The signature first (trigramSignature, two numbers, tested in the loop itself): few names
    // without the terms are read at all. Each term's windows on their own: a window across two
    // terms ("r b" in "pieter bos") need not occur.
    out.push({ signature: terms.map(trigramSignature).reduce(([a, b], [c, d]) => [a | c, b | d], [0, 0]) })
    // Last, the one slow test (reading the name): only clients that passed every other get it.
    const bytes = terms.map(utf8)
    out.push({ test: (id) => bytes.every((t) => cols.zoeknaam.includes(id, t)) })
  }
  return out
}

/** The signals asked for (any of them): one signal is a range of an order, several only a test. */
function signals(cols: CaseloadColumns, asked: Signaal[], today: string): Test {
  const d = signalDates(today)
  const [now, weekEnd, horizon] = [dateNumber(d.today), dateNumber(d.week_end), dateNumber(d.indicatie_horizon)]
  const one: Record<Signaal, Test> = {
    // Dates as numbers keep the order of their text: `eerste_deadline < @today` is this comparison.
    te_laat: {
      order: 'deadline',
      ranges: [[0, cols.lowerBound('deadline', now)]],
      test: (id) => cols.deadline[id] !== 0 && cols.deadline[id]! < now,
    },
    deze_week: {
      order: 'deadline',
      ranges: [[cols.lowerBound('deadline', now), cols.upperBound('deadline', weekEnd)]],
      test: (id) => cols.deadline[id]! >= now && cols.deadline[id]! <= weekEnd,
    },
    indicatie_eindigt: {
      order: 'einde',
      ranges: [[cols.lowerBound('einde', now), cols.upperBound('einde', horizon)]],
      test: (id) => cols.einde[id]! >= now && cols.einde[id]! <= horizon,
    },
    buiten_regio: flag(cols, FLAG_BUITEN_REGIO),
    urgent: flag(cols, FLAG_URGENT),
  }
  if (asked.length === 1) return one[asked[0]!]
  const all = asked.map((s) => one[s].test!)
  return { test: (id) => all.some((t) => t(id)) }
}

function flag(cols: CaseloadColumns, bit: number): Test {
  // The flags order holds values 0–3: the clients with this bit are two ranges of it.
  const values = [0, 1, 2, 3].filter((v) => v & bit)
  return {
    order: 'flags',
    ranges: values.map((v): Range => [cols.lowerBound('flags', v), cols.upperBound('flags', v)]),
    test: (id) => (cols.flags[id]! & bit) !== 0,
  }
}

const sizeOf = (ranges: Range[]) => ranges.reduce((n, [a, b]) => n + Math.max(0, b - a), 0)

/** Every matching client: the condition with the fewest clients gives the candidates, each tested against the rest. */
export function matches(
  cols: CaseloadColumns,
  input: { zoek: string; filter: CaseloadFilter },
  today: string,
  userId: number | null,
): Int32Array | null {
  const all = tests(cols, input.zoek, input.filter, today, userId)
  if (!all) return null
  let lead: Test | null = null
  for (const t of all) if (t.ranges && (!lead || sizeOf(t.ranges) < sizeOf(lead.ranges!))) lead = t
  const order = cols.orders[lead?.order ?? 'naam']
  const ranges: Range[] = lead ? lead.ranges! : [[0, order.length]]
  const [lo, hi] = all.find((t) => t.signature)?.signature ?? [0, 0]
  const rest = all.flatMap((t) => (t !== lead && t.test ? [t.test] : []))
  // Every client of one range matches: the order itself (read only).
  if (!rest.length && !lo && !hi && ranges.length === 1) return order.subarray(ranges[0]![0], Math.max(...ranges[0]!))
  const { sigLo, sigHi } = cols
  const out = new Int32Array(sizeOf(ranges))
  let n = 0
  for (const [from, to] of ranges)
    for (let p = from; p < to; p++) {
      const id = order[p]!
      if ((sigLo[id]! & lo) !== lo || (sigHi[id]! & hi) !== hi) continue
      let ok = true
      for (let i = 0; ok && i < rest.length; i++) ok = rest[i]!(id)
      if (ok) out[n++] = id
    }
  return out.subarray(0, n)
}

export interface MemoryPage {
  ids: number[]
  total: number
  volgende: CaseloadCursor | null
}

/** A mark per client, cleared again after each walk: one array per set of columns, not one per page. */
const scratch = new WeakMap<CaseloadColumns, Uint8Array>()
function marks(cols: CaseloadColumns, found: Int32Array): Uint8Array {
  let m = scratch.get(cols)
  if (!m || m.length < cols.capacity) scratch.set(cols, (m = new Uint8Array(cols.capacity)))
  for (const id of found) m[id] = 1
  return m
}

/** The cursor as a key of the order (dates back to numbers); undefined when it cannot be one. */
function cursorKey(kolom: SortKolom, c: CaseloadCursor): Value | undefined {
  if (kolom === 'naam') return c.sortNaam
  if (c.waarde === null) return null
  if (kolom === 'zorgprofiel' || kolom === 'leveringsvorm') return c.waarde
  try {
    return kolom === 'postcode' ? postcodeNumber(c.waarde) : dateNumber(c.waarde)
  } catch {
    return undefined
  }
}

/**
 * One page of the matches in the sort order, from after the cursor: few matches are sorted, many
 * are met by walking the order (about size × page / matches entries).
 */
export function memoryPage(
  cols: CaseloadColumns,
  input: {
    zoek: string
    filter: CaseloadFilter
    sort: { kolom: SortKolom; richting: 'asc' | 'desc' }
    na?: CaseloadCursor
    offset: number
    limit: number
  },
  today: string,
  userId: number | null,
): MemoryPage | null {
  const { kolom, richting } = input.sort
  const key = input.na ? cursorKey(kolom, input.na) : undefined
  if (input.na && key === undefined) return null
  const found = matches(cols, input, today, userId)
  if (!found) return null
  const want = input.offset + input.limit
  const desc = richting === 'desc'
  const order = cols.orders[kolom]
  const isNull = (id: number) => cols.value(kolom, id) === null
  // Clients without a value come last in both directions (as the SQL pages read them).
  const cmp = (a: number, b: number) =>
    isNull(a) !== isNull(b) ? (isNull(a) ? 1 : -1) : desc ? -cols.compare(kolom, a, b) : cols.compare(kolom, a, b)
  const after = (id: number): boolean => {
    if (!input.na) return true
    if ((key === null) !== isNull(id)) return key !== null
    const c = cols.compareKey(kolom, key!, input.na.sortNaam, input.na.id, id)
    return desc ? c > 0 : c < 0
  }
  const page: number[] = []
  const walk = (order.length * (want + 1)) / Math.max(1, found.length)
  if (found.length * Math.log2(found.length + 2) * 4 < walk) {
    for (const id of Array.from(found).sort(cmp)) if (after(id) && page.push(id) > want) break
  } else {
    // Everything matches: the walk takes what it meets. Else it takes the marked matches.
    const marked = found.length === order.length ? null : marks(cols, found)
    for (const [from, to, step] of walkRanges(cols, kolom, desc, key, input.na))
      for (let p = from; p !== to && page.length <= want; p += step) if (!marked || marked[order[p]!]) page.push(order[p]!)
    if (marked) for (const id of found) marked[id] = 0
  }
  const last = page.length > want ? page[want - 1] : undefined
  return {
    ids: page.slice(input.offset, want),
    total: found.length,
    volgende:
      last === undefined
        ? null
        : { waarde: kolom === 'naam' ? cols.sortNaam[last]! : cols.text(kolom, last), sortNaam: cols.sortNaam[last]!, id: last },
  }
}

/** The stretches of the order a walk reads, as [from, to, step): descending reads the values back, then those without one back. */
function walkRanges(
  cols: CaseloadColumns,
  kolom: SortKolom,
  desc: boolean,
  key: Value | undefined,
  c?: CaseloadCursor,
): Array<[number, number, number]> {
  const order = cols.orders[kolom]
  const firstNull = cols.lowerBound(kolom, null)
  // Ascending: from the first entry after the cursor's key. Descending: back from the last one before it.
  if (!desc) return [[c ? cols.search(kolom, (id) => cols.compareKey(kolom, key!, c.sortNaam, c.id, id) < 0) : 0, order.length, 1]]
  const at = c ? cols.search(kolom, (id) => cols.compareKey(kolom, key!, c.sortNaam, c.id, id) <= 0) : 0
  if (!c)
    return [
      [firstNull - 1, -1, -1],
      [order.length - 1, firstNull - 1, -1],
    ]
  if (key === null) return [[at - 1, firstNull - 1, -1]]
  return [
    [at - 1, -1, -1],
    [order.length - 1, firstNull - 1, -1],
  ]
}
