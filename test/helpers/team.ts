import { uuidv7 } from '../../src/shared/contracts/sync/ids'

/**
 * The `teamserver` setting of a workstation connected to a (never reached) teamserver, as a signed-in
 * account of `role`: enough for change capture to run, without any sync.
 */
export function teamSetting(account: { gebruikersnaam: string; naam: string; functie: string; role: 'klantadviseur' | 'beheerder' }) {
  return {
    url: 'http://127.0.0.1:9',
    fingerprint: '',
    deviceNaam: 'Testlaptop',
    scope: 'bureau',
    deviceId: uuidv7(),
    privateKey: 'x',
    publicKey: 'x',
    accessToken: null,
    refreshToken: null,
    accessExpiresAt: null,
    account: {
      id: uuidv7(),
      ...account,
      afdeling: 'klantadvies',
      regioCode: 'ZK02',
      teams: [],
      actief: true,
      mustChangePassword: false,
    },
    cursor: 0,
    lastSyncAt: null,
    offlineSince: null,
    lastError: null,
  }
}
