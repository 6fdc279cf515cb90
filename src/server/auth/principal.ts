import type { Role } from '../../shared/contracts/sync'

/** Who is asking: resolved from the access token on every request (auth/sessions.ts). */
export interface Principal {
  sessionId: string
  accountId: string
  gebruikersnaam: string
  role: Role
  /** Team ids in the account's order; the first is where a new client goes. */
  teams: string[]
  deviceId: string
  /** This account's devices that are not revoked (a dossier may go on huisbezoek with any of them). */
  ownDevices: string[]
  deviceScope: 'bureau' | 'huisbezoek'
  mustChangePassword: boolean
}

export const isBeheerder = (p: Principal) => p.role === 'beheerder'
export const mayReassign = (p: Principal) => p.role === 'teamleider' || p.role === 'beheerder'
