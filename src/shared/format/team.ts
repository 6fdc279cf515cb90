import type { SyncStatus } from '../contracts/teamserver.routes'
import { todayInNl } from '../domain/dates'
import { formatDate, formatDateTime, formatTime } from './nl'

// The team screens in words: the connection state, counts, and the field values of a conflict.

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A synced field value in words: empty, yes/no, a Dutch date, a number, or the text itself. */
export function waardeTekst(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(leeg)'
  if (typeof v === 'boolean') return v ? 'Ja' : 'Nee'
  if (typeof v === 'number') return v.toLocaleString('nl-NL')
  if (typeof v === 'string') return ISO_DATE.test(v) ? formatDate(v) : v
  if (Array.isArray(v)) return v.length ? v.map(waardeTekst).join(', ') : '(leeg)'
  return JSON.stringify(v)
}

/**
 * Whether an own value can be typed for this field, and how the typed text becomes a value of the
 * field's kind: text and numbers only (a yes/no or a list is chosen from the three sides).
 */
export function eigenWaarde(values: unknown[]): ((text: string) => unknown) | null {
  const known = values.filter((v) => v !== null && v !== undefined && v !== '')
  if (known.length && known.every((v) => typeof v === 'number')) return (t) => (t.trim() === '' ? null : Number(t.replace(',', '.')))
  if (known.every((v) => typeof v === 'string')) return (t) => t
  return null
}
