import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { writeFileAtomic } from '../../lib/atomicFile'

export const ANCHOR_FILE = 'logboek.anker'

/** The last record the log is known to have held: its id and hash, MACed with the audit key. */
export interface Anchor {
  lastId: number
  head: string
}

const mac = (key: Buffer, a: Anchor) => createHmac('sha256', key).update(`wlz-anker:v1\n${a.lastId}\n${a.head}`).digest('hex')

/**
 * The head of the audit chain kept outside the database, so cutting records off the end (or rebuilding
 * the chain) is noticed: the record the anchor names must still be there with the same hash. Written
 * after commits, at most every few seconds and at close; a crash can leave it behind the database,
 * never ahead of it.
 */
export function anchorStore(dataDir: string, key: Buffer) {
  const path = join(dataDir, ANCHOR_FILE)
  return {
    read(): { anchor: Anchor | null; valid: boolean } {
      if (!existsSync(path)) return { anchor: null, valid: true }
      try {
        const stored = JSON.parse(readFileSync(path, 'utf8')) as Anchor & { mac: string }
        const expected = Buffer.from(mac(key, stored), 'hex')
        const got = Buffer.from(String(stored.mac), 'hex')
        const valid = got.length === expected.length && timingSafeEqual(got, expected)
        return { anchor: { lastId: stored.lastId, head: stored.head }, valid }
      } catch {
        return { anchor: null, valid: false }
      }
    },
    write(a: Anchor): void {
      writeFileAtomic(path, JSON.stringify({ ...a, mac: mac(key, a) }))
    },
    exists: () => existsSync(path),
  }
}
export type AnchorStore = ReturnType<typeof anchorStore>
