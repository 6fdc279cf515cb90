import { z } from 'zod'

/**
 * Global ids of synced rows. A laptop makes them offline, so they cannot come from the server: UUIDv7
 * (RFC 9562: 48-bit millisecond time, then random bits) sorts by creation time, which keeps the
 * server's primary-key index append-mostly. Written here in a few lines instead of a dependency because
 * it must run unchanged in main, renderer and server, and `crypto.getRandomValues` is in all three.
 */
export function uuidv7(now: number = Date.now()): string {
  const b = new Uint8Array(16)
  crypto.getRandomValues(b)
  for (let i = 0; i < 6; i++) b[i] = Math.floor(now / 2 ** (8 * (5 - i))) & 0xff
  b[6] = (b[6]! & 0x0f) | 0x70 // version 7
  b[8] = (b[8]! & 0x3f) | 0x80 // RFC variant
  return format(b)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
export const GidSchema = z.string().max(36).regex(UUID, 'Dit is geen geldige id (UUID).')
export const isGid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v)

/**
 * A name-based id (UUIDv8 over SHA-256 of namespace and name): every workstation derives the same gid
 * for the same generated row, e.g. a generated task from client gid + sleutel, so two workstations
 * that both generate it address one server row instead of making two.
 */
export function derivedGid(namespace: string, name: string): string {
  const b = sha256(new TextEncoder().encode(`${namespace}\n${name}`)).slice(0, 16)
  b[6] = (b[6]! & 0x0f) | 0x80 // version 8 (custom)
  b[8] = (b[8]! & 0x3f) | 0x80
  return format(b)
}

/** The gid of a generated task (taak with regel <> 'handmatig'). */
export const taakGid = (clientGid: string, sleutel: string) => derivedGid(`taak:${clientGid}`, sleutel)

function format(b: Uint8Array): string {
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

// Plain synchronous SHA-256 (FIPS 180-4): WebCrypto's digest is async and node:crypto is not allowed in
// src/shared. Only used for short names, so speed does not matter.
const K = Uint32Array.from(
  '428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3 72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da 983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13 650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070 19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208 90befffa a4506ceb bef9a3f7 c67178f2'
    .split(' ')
    .map((x) => parseInt(x, 16)),
)

export function sha256(data: Uint8Array): Uint8Array {
  const len = data.length
  const padded = new Uint8Array(Math.ceil((len + 9) / 64) * 64)
  padded.set(data)
  padded[len] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 8, Math.floor((len * 8) / 2 ** 32))
  view.setUint32(padded.length - 4, (len * 8) >>> 0)
  const h = Uint32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])
  const w = new Uint32Array(64)
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4)
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!
      const b = w[i - 2]!
      w[i] = (w[i - 16]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[i - 7]! + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10))) >>> 0
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as number[] as [number, number, number, number, number, number, number, number]
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0
      hh = g
      g = f
      f = e
      e = (d + t1) >>> 0
      d = c
      c = b
      b = a
      a = (t1 + t2) >>> 0
    }
    const out = [a, b, c, d, e, f, g, hh]
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + out[i]!) >>> 0
  }
  const res = new Uint8Array(32)
  const rv = new DataView(res.buffer)
  for (let i = 0; i < 8; i++) rv.setUint32(i * 4, h[i]!)
  return res
}
