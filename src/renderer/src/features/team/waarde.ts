import { formatDate } from '../../../../shared/format/nl'

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
