import { setPin, testBackend, type TestBackend } from '../helpers/backend'
import type { Harness } from '../server/helpers/harness'

export interface Workstation extends TestBackend {
  naam: string
  /** Push, pull and apply until there is nothing left (what the background engine does). */
  sync(): Promise<void>
}

/**
 * A workstation backend (real encrypted SQLite in a temp folder) signed in to the teamserver through
 * the ordinary route, as an adviser would in Beheer → Teamserver. Background sync is off: the test
 * says when a workstation syncs, so each step is deterministic.
 */
export async function workstation(
  naam: string,
  url: string,
  account: { gebruikersnaam: string; password: string },
  scope: 'bureau' | 'huisbezoek' = 'bureau',
  options: Parameters<typeof testBackend>[0] = {},
  fingerprint = '',
): Promise<Workstation> {
  const b = testBackend(options)
  const status = await b.ok('teamserver.aanmelden', {
    url,
    fingerprint,
    gebruikersnaam: account.gebruikersnaam,
    wachtwoord: account.password,
    apparaatNaam: naam,
    scope,
  })
  if (!status.aangemeld) throw new Error(`${naam} is not signed in`)
  await setPin(b)
  return Object.assign(b, {
    naam,
    async sync() {
      await b.services!.syncEngine.syncNow()
      const s = b.services!.teamserver.status()
      if (s.melding && s.offlineSinds === null && !s.aangemeld) throw new Error(`${naam}: ${s.melding}`)
    },
  })
}

/** A new account on the server, with its own password set (the beheerder made it, the adviser changed the one-time one). */
export async function account(h: Harness, role: Parameters<Harness['user']>[0], teams?: string[]) {
  const s = await h.user(role, teams)
  return { gebruikersnaam: s.account.gebruikersnaam, password: s.password, id: s.account.id }
}

export const caseloadOf = async (w: Workstation, zoek = '') =>
  (await w.ok('caseload.query', { zoek, filter: { adviseur: 'alle' }, sort: { kolom: 'naam', richting: 'asc' }, offset: 0, limit: 100 }))
    .rows

/** `count` telephone contactmomenten on one client: enough row changes to make a push or pull take several pages. */
export async function addContacts(w: TestBackend, clientId: number, count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await w.ok('contactmomenten.create', {
      clientId,
      soort: 'telefonisch',
      datum: '2026-11-20',
      verslag: `Gesprek ${i + 1}`,
      deelnemers: '',
      vervolgactie: '',
      vervolgDeadline: null,
    })
}
