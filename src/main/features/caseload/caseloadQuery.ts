import type { CaseloadFilter, Signaal } from '../../../shared/contracts/caseload.routes'
import { addDays } from '../../../shared/domain/dates'
import { normaliseBsn } from '../../../shared/domain/bsn'
import { searchKey } from '../../../shared/domain/names'
import { ZORGPROFIELEN } from '../../../shared/domain/zorgprofielen'

/** Days before the end of an indicatie from which the caseload signals it. */
export const INDICATIE_SIGNAAL_DAGEN = 90

/** SQL for each signal, as a condition on the client row `c` (each served by an index of migration 10). */
export const SIGNAL_SQL: Record<Signaal, string> = {
  te_laat: 'c.eerste_deadline < @today',
  deze_week: 'c.eerste_deadline BETWEEN @today AND @week_end',
  indicatie_eindigt: 'c.indicatie_einde BETWEEN @today AND @indicatie_horizon',
  buiten_regio: 'c.buiten_regio = 1',
  urgent: 'c.urgent_wachtend = 1',
}

/**
 * Which index can lead a query with this condition, most selective first: a query is started from
 * the first of these it has (when nothing else narrows it down, from its sort order).
 */
export const LEADS = [
  'exact',
  'urgent',
  'signalen',
  'buiten_regio',
  'adviseur',
  'postcode',
  'indicatie_einde',
  'naam',
  'deadline',
  'zorgprofiel',
  'leveringsvorm',
] as const
export type Lead = (typeof LEADS)[number]

export interface Condition {
  sql: string
  lead: Lead
  /** One value of the column (an equality): a prefix of an index led by that column. */
  single?: true
}

/** Long name terms (3+ characters): the trigram index finds them, or each row's search key is tested. */
export interface NameSearch {
  fts: string
  terms: number
}

export interface CaseloadConditions {
  conditions: Condition[]
  params: Record<string, unknown>
  name: NameSearch | null
}

/**
 * FTS5 query for name terms: each term quoted (a typed quote is doubled), all terms required, in
 * the name column only (the rang index holds a leveringsvorm token in a second one, migration 14).
 */
function ftsQuery(terms: string[]): string {
  return `tekst : (${terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ')})`
}

/**
 * How name terms are matched: the trigram index's hits read once into @hits (few, used by several
 * statements), the trigram index joined in the statement itself (`match`: a bare name's hits, only
 * counted before, read in one statement instead of passing thousands of ids through JSON), or each
 * row's search key (many).
 */
export type NameVia = 'fts' | 'match' | 'key'

/** The name condition for one of those ways (`match` also needs the join of `nameJoin`). */
export function nameCondition(name: NameSearch, via: NameVia): string {
  if (via === 'fts') return 'c.id IN (SELECT value FROM json_each(@hits))'
  if (via === 'match') return 'client_naam_fts MATCH @fts'
  // The same as the trigram match: every term occurs in the normalised name.
  return Array.from({ length: name.terms }, (_, i) => `instr(c.zoeknaam, @term${i}) > 0`).join(' AND ')
}

/** What the one search box holds: a whole BSN, a postcode (prefix), a CIZ besluitnummer, name terms or a surname's start. */
export type ParsedSearch =
  | { kind: 'bsn'; bsn: string; besluit: string }
  | { kind: 'postcode'; lo: string; hi: string }
  | { kind: 'besluit'; besluit: string }
  | { kind: 'names'; terms: string[] }
  | { kind: 'prefix'; lo: string; hi: string }

/**
 * Reads the search box: a whole BSN, a postcode (prefix), a CIZ besluitnummer, or name terms (only
 * those of 3+ characters, for the trigram index; shorter input is the start of the surname).
 */
export function parseSearch(zoek: string): ParsedSearch | null {
  const raw = zoek.trim()
  if (!raw) return null
  const digits = raw.replace(/[\s.]/g, '')
  if (/^\d{8,9}$/.test(digits)) return { kind: 'bsn', bsn: normaliseBsn(digits), besluit: digits }
  const pc = /^(\d{4})\s?([a-z]{0,2})$/i.exec(raw)
  if (pc) {
    // Stored as "1234 AB": match the digits, then any letters typed so far.
    const lo = pc[2] ? `${pc[1]} ${pc[2].toUpperCase()}` : pc[1]!
    return { kind: 'postcode', lo, hi: `${lo}\uffff` }
  }
  if (/^\d{5,20}$/.test(digits)) return { kind: 'besluit', besluit: digits }
  const terms = searchKey(raw).split(' ').filter(Boolean)
  const long = terms.filter((t) => t.length >= 3)
  if (long.length) return { kind: 'names', terms: long }
  if (!terms.length) return null
  const lo = terms.join(' ')
  return { kind: 'prefix', lo, hi: `${lo}\uffff` }
}

/** The search as a condition on the right index (the trigram index for name terms). */
function searchCondition(zoek: string, params: Record<string, unknown>): Condition | NameSearch | null {
  const s = parseSearch(zoek)
  switch (s?.kind) {
    case undefined:
      return null
    case 'bsn': {
      params.bsn = s.bsn
      params.besluit = s.besluit
      const sql =
        'c.id IN (SELECT id FROM client WHERE bsn = @bsn UNION ALL SELECT client_id FROM indicatie WHERE besluitnummer = @besluit)'
      return { sql, lead: 'exact' }
    }
    case 'postcode':
      params.pc = s.lo
      params.pc_end = s.hi
      // A range, not LIKE: a bound LIKE pattern cannot use the postcode index.
      return { sql: 'c.postcode >= @pc AND c.postcode < @pc_end', lead: 'postcode' }
    case 'besluit':
      params.besluit = s.besluit
      return { sql: 'c.id IN (SELECT client_id FROM indicatie WHERE besluitnummer = @besluit)', lead: 'exact' }
    case 'names':
      params.fts = ftsQuery(s.terms)
      s.terms.forEach((t, i) => (params[`term${i}`] = t))
      return { fts: params.fts as string, terms: s.terms.length }
    case 'prefix':
      // Short input ("de", "b"): the start of the surname, a range of the name order.
      params.prefix_lo = s.lo
      params.prefix_hi = s.hi
      return { sql: 'c.sort_naam >= @prefix_lo AND c.sort_naam < @prefix_hi', lead: 'naam' }
  }
}

/** The dates the signals are computed against (the SQL pages bind them, the in-memory columns compare with them). */
export function signalDates(today: string) {
  return { today, week_end: addDays(today, 6), indicatie_horizon: addDays(today, INDICATIE_SIGNAAL_DAGEN) }
}

export function caseloadConditions(zoek: string, f: CaseloadFilter, today: string, currentUser: number | null): CaseloadConditions {
  const params: Record<string, unknown> = signalDates(today)
  const conditions: Condition[] = []
  let name: NameSearch | null = null
  const search = searchCondition(zoek, params)
  if (search && 'fts' in search) name = search
  else if (search) conditions.push(search)
  if (f.adviseur === 'mij' || typeof f.adviseur === 'number') {
    params.adviseur = f.adviseur === 'mij' ? (currentUser ?? -1) : f.adviseur
    conditions.push({ sql: 'c.adviseur_id = @adviseur', lead: 'adviseur' })
  }
  if (f.leveringsvormen.length) {
    f.leveringsvormen.forEach((lv, i) => (params[`lv${i}`] = lv))
    const sql = `c.leveringsvorm IN (${f.leveringsvormen.map((_, i) => `@lv${i}`).join(', ')})`
    conditions.push(f.leveringsvormen.length === 1 ? { sql, lead: 'leveringsvorm', single: true } : { sql, lead: 'leveringsvorm' })
  }
  if (f.sectoren.length) {
    const codes = ZORGPROFIELEN.filter((z) => f.sectoren.includes(z.sector)).map((z) => z.code)
    codes.forEach((c, i) => (params[`zp${i}`] = c))
    conditions.push({ sql: `c.zorgprofiel IN (${codes.map((_, i) => `@zp${i}`).join(', ')})`, lead: 'zorgprofiel' })
  }
  if (f.signalen.length) {
    const only = f.signalen.length === 1 ? f.signalen[0]! : null
    const lead: Record<Signaal, Lead> = {
      te_laat: 'deadline',
      deze_week: 'deadline',
      indicatie_eindigt: 'indicatie_einde',
      buiten_regio: 'buiten_regio',
      urgent: 'urgent',
    }
    // Several signals at once are one OR: SQLite reads each signal's index and joins the results.
    conditions.push({ sql: `(${f.signalen.map((s) => SIGNAL_SQL[s]).join(' OR ')})`, lead: only ? lead[only] : 'signalen' })
  }
  if (f.postcode) {
    params.pcfilter = f.postcode.toUpperCase()
    params.pcfilter_end = `${params.pcfilter}\uffff`
    conditions.push({ sql: 'c.postcode >= @pcfilter AND c.postcode < @pcfilter_end', lead: 'postcode' })
  }
  return { conditions, params, name }
}
