import { AppError } from '../lib/errors'
import { TokensSchema, type Tokens } from '../../shared/contracts/sync/auth'
import type { RouteArgs } from '../../shared/contracts/catalog'
import { callJson, ServerCallError } from './http'
import { newDeviceKeys } from './session'
import type { TeamState } from './state.repo'

type SignInInput = RouteArgs<'teamserver.aanmelden'>

/** A call to the server that failed, as the adviser's error (the server's Dutch reason where it gave one). */
export function asAppError(e: unknown): AppError {
  if (e instanceof AppError) return e
  if (e instanceof ServerCallError) {
    const code =
      e.status === 401 || e.status === 403 ? 'FORBIDDEN' : e.status === 409 ? 'CONFLICT' : e.offline ? 'NOT_READY' : 'VALIDATION_ERROR'
    return new AppError(code, e.message)
  }
  throw e
}

/** The address and certificate must stay the ones this workstation first trusted. */
export function checkEndpoint(input: SignInInput, current: TeamState | null): void {
  if (current && current.url !== input.url)
    throw new AppError(
      'CONFLICT',
      `Deze werkplek is verbonden met ${current.url}. Een andere teamserver kan niet zonder een lege werkplek.`,
    )
  if (current && current.fingerprint !== input.fingerprint)
    throw new AppError('CONFLICT', 'De vingerafdruk verschilt van het certificaat dat bij de eerste verbinding is vastgelegd.')
  if (input.url.startsWith('https:') && !input.fingerprint)
    throw new AppError('VALIDATION_ERROR', 'Controleer en bevestig eerst de vingerafdruk van het certificaat van de teamserver.')
}

/**
 * Signs in as this device: the first time it registers with a new Ed25519 key pair (the private key
 * stays in this workstation's encrypted database), later with its device id.
 */
export async function signIn(
  input: SignInInput,
  current: TeamState | null,
): Promise<{ tokens: Tokens; keys: { privateKey: string; publicKey: string } }> {
  const keys = current ? { privateKey: current.privateKey, publicKey: current.publicKey } : newDeviceKeys()
  const device = {
    ...(current?.deviceId ? { id: current.deviceId } : {}),
    naam: input.apparaatNaam,
    publicKey: keys.publicKey,
    scope: input.scope,
  }
  try {
    const body = { gebruikersnaam: input.gebruikersnaam, wachtwoord: input.wachtwoord, device }
    return {
      tokens: TokensSchema.parse(await callJson({ url: input.url, fingerprint: input.fingerprint }, 'POST', '/auth/login', body)),
      keys,
    }
  } catch (e) {
    throw asAppError(e)
  }
}

export function stateAfterSignIn(
  input: SignInInput,
  t: Tokens,
  keys: { privateKey: string; publicKey: string },
  current: TeamState | null,
): TeamState {
  return {
    url: input.url,
    fingerprint: input.fingerprint,
    deviceNaam: input.apparaatNaam,
    scope: input.scope,
    deviceId: t.deviceId,
    ...keys,
    accessToken: t.accessToken,
    refreshToken: t.refreshToken,
    accessExpiresAt: t.accessExpiresAt,
    account: t.account,
    cursor: current?.cursor ?? 0,
    lastSyncAt: current?.lastSyncAt ?? null,
    offlineSince: null,
    lastError: null,
    uploadId: current?.uploadId ?? null,
  }
}
