import type { SyncStatus } from '../../../../../shared/contracts/teamserver.routes'
import { formatDateTime, formatTime } from '../../../../../shared/format/nl'
import { todayInNl } from '../../../../../shared/domain/dates'

/** "10:42" today, "21-11-2026 16:03" on another day. */
export function tijdstip(iso: string): string {
  return todayInNl(new Date(iso)) === todayInNl() ? formatTime(iso) : formatDateTime(iso)
}

export const aantal = (n: number, een: string, meer: string) => `${n.toLocaleString('nl-NL')} ${n === 1 ? een : meer}`

/** The connection in a few words, as the shell's indicator and Beheer say it. */
export function verbinding(s: SyncStatus): { tekst: string; soort: 'ok' | 'offline' | 'uit' | 'bezig' } {
  if (!s.aangemeld) return { tekst: 'Niet aangemeld', soort: 'uit' }
  if (s.account?.mustChangePassword) return { tekst: 'Kies eerst een eigen wachtwoord', soort: 'uit' }
  if (s.offlineSinds) return { tekst: `Offline sinds ${tijdstip(s.offlineSinds)}`, soort: 'offline' }
  if (s.verbonden) return { tekst: 'Verbonden', soort: 'ok' }
  return { tekst: 'Verbinden…', soort: 'bezig' }
}

export const wachtendTekst = (n: number) => aantal(n, 'wijziging nog niet verstuurd', 'wijzigingen nog niet verstuurd')
export const conflictTekst = (n: number) => aantal(n, 'conflict', 'conflicten')
