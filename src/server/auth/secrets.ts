import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto'
import { hash, verify as verifyHash } from '@node-rs/argon2'

/**
 * Passwords: argon2id (the package's defaults: m=19 MiB, t=2, p=1, ~50 ms here, OWASP's minimum).
 * Tokens: 32 random bytes, stored only as SHA-256 (a fast hash is right for random secrets).
 */
export const hashPassword = (password: string) => hash(password, { algorithm: 2 })
export const checkPassword = (stored: string, password: string) => verifyHash(stored, password).catch(() => false)

// Verified when the gebruikersnaam does not exist, so a wrong name costs the same time as a wrong password.
let dummy: Promise<string> | undefined
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword('niet-bestaand-account')
  await checkPassword(await dummy, password)
}

export const newToken = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** A one-time password that reads aloud over the phone: four groups of five, no look-alike characters. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
  const bytes = randomBytes(20)
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length])
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-')
}

/** Ed25519 signature check with the device's raw 32-byte public key (base64). */
export function verifyDeviceSignature(publicKeyB64: string, message: string, signatureB64: string): boolean {
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyB64, 'base64').toString('base64url') },
      format: 'jwk',
    })
    return verify(null, Buffer.from(message), key, Buffer.from(signatureB64, 'base64'))
  } catch {
    return false
  }
}
