import { hashRaw } from '@node-rs/argon2'
import { createCipheriv, createDecipheriv, randomBytes, randomInt } from 'node:crypto'
import { z } from 'zod'

/** The database and audit keys sealed under the recovery code; beside the key and in the back-up folders. */
export const RECOVERY_FILE = 'herstelsleutel.json'

/** No 0/O, 1/I/L, so a code read off paper is typed back without doubt: 31 symbols. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const GROUPS = 6
const GROUP_LENGTH = 5
/** 30 symbols of 31: log2(31) × 30 ≈ 148.6 bits, above the 128 the brief asks. */
export const CODE_BITS = Math.floor(Math.log2(ALPHABET.length) * GROUPS * GROUP_LENGTH)

/**
 * argon2id (the `@node-rs/argon2` package the app already uses for the PIN) rather than scrypt: it is
 * the current recommendation (RFC 9106), runs off the main thread, and its parameters live in the file
 * so they can grow later. The code already carries ~148 bits, so the KDF guards the file, not a weak
 * secret: 64 MiB and 3 passes is RFC 9106's second recommended setting.
 */
const KDF = { algorithm: 2, memoryCost: 65_536, timeCost: 3, parallelism: 1, outputLen: 32 } as const
const AAD = Buffer.from('wlz-werkplek herstelsleutel v1')

const RecoveryFileSchema = z.object({
  versie: z.literal(1),
  kdf: z.object({ naam: z.literal('argon2id'), memoryCost: z.number().int(), timeCost: z.number().int(), parallelism: z.number().int() }),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  sleutels: z.string(),
  gemaaktOp: z.string(),
})
export type RecoveryFile = z.infer<typeof RecoveryFileSchema>

export interface SealedKeys {
  database: Buffer
  logboek: Buffer
}

export function newRecoveryCode(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  )
  return groups.join('-')
}

/** As typed: any case, spaces or dashes; null when it cannot be a code at all. */
export function normaliseCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '')
  if (plain.length !== GROUPS * GROUP_LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return null
  return plain
}

const derive = (code: string, salt: Buffer, kdf: RecoveryFile['kdf']) =>
  hashRaw(code, { algorithm: 2, memoryCost: kdf.memoryCost, timeCost: kdf.timeCost, parallelism: kdf.parallelism, outputLen: 32, salt })

export async function sealKeys(code: string, keys: SealedKeys, now: Date): Promise<RecoveryFile> {
  const plain = normaliseCode(code)
  if (!plain) throw new Error('not a recovery code')
  const salt = randomBytes(16)
  const kdf = { naam: 'argon2id' as const, memoryCost: KDF.memoryCost, timeCost: KDF.timeCost, parallelism: KDF.parallelism }
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', await derive(plain, salt, kdf), iv).setAAD(AAD)
  const payload = JSON.stringify({ database: keys.database.toString('hex'), logboek: keys.logboek.toString('hex') })
  const sleutels = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()])
  return {
    versie: 1,
    kdf,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    sleutels: sleutels.toString('base64'),
    gemaaktOp: now.toISOString(),
  }
}

export function parseRecoveryFile(text: string): RecoveryFile | null {
  try {
    const parsed = RecoveryFileSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The keys, or null when the code is not the one the file was sealed with (GCM refuses). */
export async function openKeys(file: RecoveryFile, code: string): Promise<SealedKeys | null> {
  const plain = normaliseCode(code)
  if (!plain) return null
  const key = await derive(plain, Buffer.from(file.salt, 'base64'), file.kdf)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.iv, 'base64')).setAAD(AAD)
    decipher.setAuthTag(Buffer.from(file.tag, 'base64'))
    const text = Buffer.concat([decipher.update(Buffer.from(file.sleutels, 'base64')), decipher.final()]).toString('utf8')
    const keys = JSON.parse(text) as { database: string; logboek: string }
    return { database: Buffer.from(keys.database, 'hex'), logboek: Buffer.from(keys.logboek, 'hex') }
  } catch {
    return null
  }
}
