import { z } from 'zod'
import type { SettingsRepo } from '../db/settings'
import { AccountSchema } from '../../shared/contracts/sync/auth'

/**
 * This workstation's connection to a teamserver, kept in the (encrypted) database: the address and
 * pinned certificate, its device identity (id and Ed25519 key pair), the session tokens, the signed-in
 * account and how far it has pulled. Absent in single-desk mode.
 */
export const TeamStateSchema = z.object({
  url: z.string(),
  fingerprint: z.string(),
  deviceNaam: z.string(),
  scope: z.enum(['bureau', 'huisbezoek']),
  deviceId: z.string().nullable(),
  privateKey: z.string(),
  publicKey: z.string(),
  accessToken: z.string().nullable(),
  refreshToken: z.string().nullable(),
  accessExpiresAt: z.string().nullable(),
  account: AccountSchema.nullable(),
  cursor: z.number().int().min(0),
  lastSyncAt: z.string().nullable(),
  offlineSince: z.string().nullable(),
  lastError: z.string().nullable(),
  /** Set while a one-time upload of a single-desk database is under way (to continue it after a break). */
  uploadId: z.string().nullable().default(null),
})
export type TeamState = z.infer<typeof TeamStateSchema>

const KEY = 'teamserver'

export function teamStateRepo(settings: SettingsRepo) {
  let cache: TeamState | null | undefined
  return {
    get(): TeamState | null {
      if (cache === undefined) {
        const raw = settings.get(KEY)
        const parsed = raw ? TeamStateSchema.safeParse(JSON.parse(raw)) : null
        cache = parsed?.success ? parsed.data : null
      }
      return cache
    },
    set(state: TeamState): void {
      settings.set(KEY, JSON.stringify(state))
      cache = state
    },
    update(patch: Partial<TeamState>): TeamState {
      const next = { ...this.get()!, ...patch }
      this.set(next)
      return next
    },
    clear(): void {
      settings.delete(KEY)
      cache = null
    },
  }
}
export type TeamStateRepo = ReturnType<typeof teamStateRepo>
