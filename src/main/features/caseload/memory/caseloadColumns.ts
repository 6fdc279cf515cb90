import type { SortKolom } from '../caseloadPlan'
import { SORT_KOLOMMEN } from '../../../../shared/contracts/caseload.routes'
import { PackedText } from './packedText'
import { dateNumber, dateText, Dictionary, postcodeNumber, postcodeText, trigramSignature } from './columnValues'

/** The caseload columns of one client as SQLite holds them (caseloadColumns.repo.ts reads them). */
export interface ColumnRow {
  id: number
  sort_naam: string
  zoeknaam: string
  adviseur_id: number | null
  leveringsvorm: string | null
  zorgprofiel: string | null
  postcode: string
  geboortedatum: string
  eerste_deadline: string | null
  indicatie_einde: string | null
  buiten_regio: number
  urgent_wachtend: number
}

/**
 * The orders kept: every sort column of the screen, and three that only filters use (the
 * adviser's clients, an indicatie's end, the region and urgency flags), so each condition is one
 * or a few ranges of an order.
 */
export const ORDERS = [...SORT_KOLOMMEN, 'adviseur', 'einde', 'flags'] as const
export type OrderName = (typeof ORDERS)[number]
export type Value = number | string | null

export const FLAG_BUITEN_REGIO = 1
export const FLAG_URGENT = 2

/**
 * The caseload's filter and sort columns of every client in typed arrays indexed by client id,
 * with every order of ORDERS as an array of ids. Each order runs as the SQL pages do: by value
 * (clients without one last), then sort_naam, then id. Texts compare as SQLite's BINARY collation
 * does for them: code unit by code unit, the same order for text without surrogate pairs (names
 * are folded to letters and digits by searchKey, codes are ASCII); dates and postcodes are numbers
 * in their text's order (columnValues.ts).
 */
export class CaseloadColumns {
  capacity = 0
  present = new Uint8Array(0)
  adviseur = new Int32Array(0)
  lv = new Uint8Array(0)
  zp = new Uint8Array(0)
  geboren = new Int32Array(0)
  deadline = new Int32Array(0)
  einde = new Int32Array(0)
  flags = new Uint8Array(0)
  /** The name's trigramSignature. */
  sigLo = new Int32Array(0)
  sigHi = new Int32Array(0)
  postcode = new Int32Array(0)
  sortNaam: string[] = []
  readonly zoeknaam = new PackedText()
  readonly lvDict = new Dictionary()
  readonly zpDict = new Dictionary()
  readonly orders = Object.fromEntries(ORDERS.map((o) => [o, new Int32Array(0)])) as Record<OrderName, Int32Array>
  /**
   * Each client's position in the name and postcode orders: a surname's start or a postcode
   * prefix is a range of positions, tested with two number comparisons instead of two on texts
   * (~140 against ~10 ns a client).
   */
  readonly position: Record<'naam' | 'postcode', Int32Array> = { naam: new Int32Array(0), postcode: new Int32Array(0) }

  /** How many clients there are (every order holds each once). */
  get size(): number {
    return this.orders.naam.length
  }

  /** Room for ids below `n` (a build knows the largest id: no slack from doubling). */
  reserve(n: number): void {
    if (n > this.capacity) this.grow(n - 1, n)
  }

  /** After a build: its texts packed close. */
  trim(): void {
    this.zoeknaam.trim()
  }

  private grow(id: number, exact?: number): void {
    if (id < this.capacity) return
    // A quarter more at a time: each id costs ~40 bytes over a dozen arrays.
    const capacity = exact ?? Math.max(1024, id + 1, Math.ceil(this.capacity * 1.25))
    const widen = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity)
      b.set(a)
      return b
    }
    this.present = widen(this.present, (n) => new Uint8Array(n))
    this.adviseur = widen(this.adviseur, (n) => new Int32Array(n))
    this.lv = widen(this.lv, (n) => new Uint8Array(n))
    this.zp = widen(this.zp, (n) => new Uint8Array(n))
    this.geboren = widen(this.geboren, (n) => new Int32Array(n))
    this.deadline = widen(this.deadline, (n) => new Int32Array(n))
    this.einde = widen(this.einde, (n) => new Int32Array(n))
    this.flags = widen(this.flags, (n) => new Uint8Array(n))
    this.postcode = widen(this.postcode, (n) => new Int32Array(n))
    this.sigLo = widen(this.sigLo, (n) => new Int32Array(n))
    this.sigHi = widen(this.sigHi, (n) => new Int32Array(n))
    this.capacity = capacity
  }

  /** Stores a client's columns (not yet in the orders: mergeFew, mergeMany). Throws on a value it cannot order. */
  set(r: ColumnRow): void {
    const geboren = dateNumber(r.geboortedatum)
    const deadline = dateNumber(r.eerste_deadline)
    const einde = dateNumber(r.indicatie_einde)
    const postcode = postcodeNumber(r.postcode)
    this.grow(r.id)
    this.present[r.id] = 1
    this.adviseur[r.id] = r.adviseur_id ?? 0
    this.lv[r.id] = this.lvDict.code(r.leveringsvorm)
    this.zp[r.id] = this.zpDict.code(r.zorgprofiel)
    this.geboren[r.id] = geboren
    this.deadline[r.id] = deadline
    this.einde[r.id] = einde
    this.flags[r.id] = (r.buiten_regio ? FLAG_BUITEN_REGIO : 0) | (r.urgent_wachtend ? FLAG_URGENT : 0)
    this.sortNaam[r.id] = r.sort_naam
    this.zoeknaam.set(r.id, r.zoeknaam)
    ;[this.sigLo[r.id], this.sigHi[r.id]] = trigramSignature(r.zoeknaam)
    this.postcode[r.id] = postcode
  }

  /** Forgets a deleted client (it must be out of the orders already). */
  delete(id: number): void {
    if (id >= this.capacity || !this.present[id]) return
    this.present[id] = 0
    delete this.sortNaam[id]
    this.zoeknaam.delete(id)
  }

  /** The value an order sorts on (null: none, those come last). */
  value(order: OrderName, id: number): Value {
    switch (order) {
      case 'naam':
        return this.sortNaam[id]!
      case 'geboortedatum':
        return this.geboren[id]!
      case 'postcode':
        return this.postcode[id]!
      case 'deadline':
        return this.deadline[id] || null
      case 'zorgprofiel':
        return this.zpDict.values[this.zp[id]!]!
      case 'leveringsvorm':
        return this.lvDict.values[this.lv[id]!]!
      case 'adviseur':
        return this.adviseur[id] || null
      case 'einde':
        return this.einde[id] || null
      case 'flags':
        return this.flags[id]!
    }
  }

  /** A sort value as the cursor and the SQL pages carry it (dates as ISO text). */
  text(order: SortKolom, id: number): string | null {
    const v = this.value(order, id)
    if (order === 'postcode') return postcodeText(v as number)
    return typeof v === 'number' ? dateText(v) : v
  }

  /** Orders a client against a key (value, sort_naam, id) in `order`; the key may be one no client has. */
  compareKey(order: OrderName, v: Value, naam: string, id: number, b: number): number {
    const w = this.value(order, b)
    if (v !== w) {
      if (v === null) return 1
      if (w === null) return -1
      return v < w ? -1 : 1
    }
    const m = this.sortNaam[b]!
    if (naam !== m) return naam < m ? -1 : 1
    return id - b
  }

  compare(order: OrderName, a: number, b: number): number {
    return this.compareKey(order, this.value(order, a), this.sortNaam[a]!, a, b)
  }

  /** The first position in `order` whose value is not below `v` (null: the first client without a value). */
  lowerBound(order: OrderName, v: Value): number {
    return this.search(order, (id) => {
      const w = this.value(order, id)
      return w === null || (v !== null && w >= v)
    })
  }

  /** The first position in `order` whose value is above `v`. */
  upperBound(order: OrderName, v: Exclude<Value, null>): number {
    return this.search(order, (id) => {
      const w = this.value(order, id)
      return w === null || w > v
    })
  }

  /** The first position from which `atOrAfter` holds (it holds from some position to the end). */
  search(order: OrderName, atOrAfter: (id: number) => boolean): number {
    const ids = this.orders[order]
    let lo = 0
    let hi = ids.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (atOrAfter(ids[mid]!)) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  /** Each order's array with room to grow: `orders` holds a view of its first entries. */
  private readonly room = {} as Record<OrderName, Int32Array>

  /**
   * A few changed clients (a query taking in an edit): the marked ones taken out of the order and
   * `sorted` (those still present, in this order) put back in place by binary search, without a
   * new array (~0.5 ms an order at 100k).
   */
  mergeFew(order: OrderName, marked: Uint8Array, sorted: Int32Array): void {
    let buf = this.room[order] ?? new Int32Array(0)
    const n = this.orders[order].length
    let w = 0
    for (let i = 0; i < n; i++) if (!(buf[i]! < marked.length && marked[buf[i]!])) buf[w++] = buf[i]!
    if (w + sorted.length > buf.length) {
      const wider = new Int32Array(Math.ceil((w + sorted.length) * 1.25) + 64)
      wider.set(buf.subarray(0, w))
      buf = wider
    }
    for (const id of sorted) {
      let lo = 0
      let hi = w
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (this.compare(order, buf[mid]!, id) > 0) hi = mid
        else lo = mid + 1
      }
      buf.copyWithin(lo + 1, lo, w++)
      buf[lo] = id
    }
    this.placed(order, buf, w)
  }

  /**
   * Many changed clients, or all of them (a build): one pass over the order into a new array,
   * comparing each entry, and handing the event loop back every `budget` entries (~1 ms).
   */
  async mergeMany(order: OrderName, marked: Uint8Array, sorted: Int32Array, pause: () => Promise<void>, budget = 10_000): Promise<void> {
    const old = this.orders[order]
    const out = new Int32Array(old.length + sorted.length + 64)
    let k = 0
    let j = 0
    for (let i = 0; i < old.length; i++) {
      const id = old[i]!
      if (i % budget === budget - 1) await pause()
      if (id < marked.length && marked[id]) continue
      while (j < sorted.length && this.compare(order, sorted[j]!, id) < 0) out[k++] = sorted[j++]!
      out[k++] = id
    }
    while (j < sorted.length) out[k++] = sorted[j++]!
    this.placed(order, out, k)
  }

  private placed(order: OrderName, buf: Int32Array, n: number): void {
    this.room[order] = buf
    this.orders[order] = buf.subarray(0, n)
    if (order !== 'naam' && order !== 'postcode') return
    const position = this.position[order].length >= this.capacity ? this.position[order] : new Int32Array(this.capacity)
    for (let i = 0; i < n; i++) position[buf[i]!] = i
    this.position[order] = position
  }
}
