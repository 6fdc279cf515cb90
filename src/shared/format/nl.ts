import { isIsoDate } from '../domain/dates'

/** nl-NL formatting shared by screens and letters. Money travels as integer cents. */
const dateLong = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' })
const dateShort = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
})
const money = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const number = new Intl.NumberFormat('nl-NL')

function isoToUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

/** "22 november 2026" */
export function formatDateLong(iso: string): string {
  return dateLong.format(isoToUtc(iso))
}

/** "22-11-2026" */
export function formatDate(iso: string): string {
  return dateShort.format(isoToUtc(iso))
}

/** "14:05": the Dutch wall-clock time of an instant (an ISO timestamp). */
export function formatTime(instant: string): string {
  return time.format(new Date(instant))
}

/** "22-11-2026 14:05": the Dutch date and wall-clock time of an instant. */
export function formatDateTime(instant: string): string {
  return dateTime.format(new Date(instant)).replace(',', '')
}

/** "€ 1.234,56" (with a no-break space after the euro sign, as Intl gives it). */
export function formatMoney(cents: number): string {
  return money.format(cents / 100)
}

/** "1234AB" / "1234 ab" → "1234 AB"; returns null when it is not a Dutch postcode. */
export function normalisePostcode(raw: string): string | null {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(raw)
  if (!m) return null
  const letters = m[2]!.toUpperCase()
  // PostNL never issues SA, SD or SS.
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null
  return `${m[1]} ${letters}`
}

/**
 * Reads a date as advisers type it — "12-4-1938", "12/04/1938", "12041938" or ISO — and returns
 * ISO `YYYY-MM-DD`, or null when it is not a real calendar date.
 */
export function parseDutchDate(text: string): string | null {
  const t = text.trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)
  let [d, mo, y] = m ? [m[3], m[2], m[1]] : [undefined, undefined, undefined]
  if (!m) {
    m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t)
    if (!m) return null
    ;[d, mo, y] = [m[1], m[2], m[3]]
  }
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}

/** "1 probleem", "3 problemen": Dutch plurals are not the singular plus "en" ("probleemen", "tariefen"). */
export const aantal = (n: number, enkelvoud: string, meervoud: string) => `${formatNumber(n)} ${n === 1 ? enkelvoud : meervoud}`

/** "12.345". One formatter for all: `toLocaleString` builds a new one per call (~0.1 ms; grid cells call it per row). */
export const formatNumber = (n: number) => number.format(n)
