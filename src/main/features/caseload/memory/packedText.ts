const encoder = new TextEncoder()

/**
 * Short texts by id as UTF-8 in one byte array: 100,000 search names take ~2 MB here against ~6 MB
 * as separate strings (each with its header and a pointer to it), and the caseload's columns must
 * leave room in the 200 MB a working morning may use (issue 15). A substring of the UTF-8 is a
 * substring of the text: UTF-8 never starts a character inside another.
 */
export class PackedText {
  private bytes = new Uint8Array(1 << 16)
  private used = 0
  private live = 0
  private start = new Int32Array(0)
  private length = new Uint16Array(0)

  set(id: number, text: string): void {
    if (id >= this.start.length) this.grow(id)
    const need = text.length * 3
    if (this.used + need > this.bytes.length) this.room(need)
    const n = encoder.encodeInto(text, this.bytes.subarray(this.used, this.used + need)).written
    const old = this.length[id]!
    // The same length (a row read again unchanged) is written in place; else appended.
    if (old === n && n > 0) this.bytes.copyWithin(this.start[id]!, this.used, this.used + n)
    else {
      this.start[id] = this.used
      this.length[id] = n
      this.used += n
      this.live += n - old
    }
  }

  delete(id: number): void {
    if (id >= this.length.length) return
    this.live -= this.length[id]!
    this.length[id] = 0
  }

  /** Whether the text of `id` holds `term` (UTF-8). */
  includes(id: number, term: Uint8Array): boolean {
    const b = this.bytes
    const from = this.start[id]!
    const last = from + this.length[id]! - term.length
    const first = term[0]
    next: for (let i = from; i <= last; i++) {
      if (b[i] !== first) continue
      for (let j = 1; j < term.length; j++) if (b[i + j] !== term[j]) continue next
      return true
    }
    return false
  }

  private grow(id: number): void {
    const n = Math.max(1024, id + 1, this.start.length * 2)
    const start = new Int32Array(n)
    const length = new Uint16Array(n)
    start.set(this.start)
    length.set(this.length)
    this.start = start
    this.length = length
  }

  /** Leaves 1/16 room after a build (growing left up to half the array free). */
  trim(): void {
    this.room(this.live >> 4, 1)
  }

  /** Room for `need` more bytes: the live texts copied together into a larger array (gaps of replaced texts dropped). */
  private room(need: number, factor = 1.5): void {
    const bytes = new Uint8Array(Math.max(1 << 16, Math.ceil(factor * (this.live + need))))
    let at = 0
    for (let id = 0; id < this.length.length; id++) {
      const n = this.length[id]!
      if (!n) continue
      bytes.set(this.bytes.subarray(this.start[id]!, this.start[id]! + n), at)
      this.start[id] = at
      at += n
    }
    this.bytes = bytes
    this.used = at
  }
}

export const utf8 = (text: string) => encoder.encode(text)
