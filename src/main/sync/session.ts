import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto'
import { refreshSigningText, TokensSchema, type Tokens } from '../../shared/contracts/sync/auth'
import { callJson, ServerCallError, type Endpoint } from './http'
import type { TeamState, TeamStateRepo } from './state.repo'

/** A new device identity: an Ed25519 key pair, the private key kept in the encrypted database. */
export function newDeviceKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const raw = publicKey.export({ format: 'jwk' }).x!
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: Buffer.from(raw, 'base64url').toString('base64'),
  }
}

export const endpointOf = (s: Pick<TeamState, 'url' | 'fingerprint'>): Endpoint => ({ url: s.url, fingerprint: s.fingerprint })

/**
 * Short-lived access tokens, renewed with the refresh token and a signature by this device's own
 * key (the server refuses a refresh token presented without it). Concurrent callers share one renewal.
 */
export function createSession(state: TeamStateRepo, clock: () => Date) {
  let renewing: Promise<string> | null = null

  function store(t: Tokens): void {
    state.update({
      deviceId: t.deviceId,
      accessToken: t.accessToken,
      accessExpiresAt: t.accessExpiresAt,
      refreshToken: t.refreshToken,
      account: t.account,
    })
  }

  async function refresh(): Promise<string> {
    const s = state.get()
    if (!s?.refreshToken) throw new ServerCallError(401, 'UNAUTHENTICATED', 'Meld u opnieuw aan bij de teamserver.')
    const timestamp = clock().toISOString()
    const key = createPrivateKey({ key: Buffer.from(s.privateKey, 'base64'), format: 'der', type: 'pkcs8' })
    const signature = sign(null, Buffer.from(refreshSigningText(s.refreshToken, timestamp)), key).toString('base64')
    const tokens = TokensSchema.parse(
      await callJson(endpointOf(s), 'POST', '/auth/refresh', { refreshToken: s.refreshToken, timestamp, signature }),
    )
    store(tokens)
    return tokens.accessToken
  }

  return {
    store,
    /** A valid access token, renewed a minute before it runs out. */
    async token(): Promise<string> {
      const s = state.get()
      if (!s?.accessToken) throw new ServerCallError(401, 'UNAUTHENTICATED', 'Meld u aan bij de teamserver.')
      const expires = s.accessExpiresAt ? Date.parse(s.accessExpiresAt) : 0
      if (expires - clock().getTime() > 60_000) return s.accessToken
      renewing ??= refresh().finally(() => (renewing = null))
      return renewing
    },
    /** An authenticated call; one renewal and retry when the server says the token expired. */
    async call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
      const s = state.get()
      if (!s) throw new ServerCallError(0, 'NOT_CONNECTED', 'Deze werkplek is niet met een teamserver verbonden.')
      try {
        return await callJson<T>(endpointOf(s), method, path, body, await this.token())
      } catch (e) {
        if (!(e instanceof ServerCallError) || e.code !== 'TOKEN_EXPIRED') throw e
        renewing ??= refresh().finally(() => (renewing = null))
        return callJson<T>(endpointOf(s), method, path, body, await renewing)
      }
    },
  }
}
export type Session = ReturnType<typeof createSession>

/** Checks that a stored key pair still belongs together (a damaged setting is caught at sign-in). */
export const publicKeyOf = (privateKey: string) =>
  Buffer.from(
    createPublicKey(createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' })).export({ format: 'jwk' })
      .x!,
    'base64url',
  ).toString('base64')
