import type { CaseloadFilter, Signaal } from '../../../shared/contracts/caseload.routes'
import { addDays } from '../../../shared/domain/dates'
import { normaliseBsn } from '../../../shared/domain/bsn'
import { searchKey } from '../../../shared/domain/names'
import { ZORGPROFIELEN } from '../../../shared/domain/zorgprofielen'

/** Days before the end of an indicatie from which the caseload signals it. */
export const INDICATIE_SIGNAAL_DAGEN = 90

/** SQL for each signal, as a condition on the client row `c` (with the adviser `a` joined). */
export const SIGNAL_SQL: Record<Signaal, string> = {
  te_laat: 'c.eerste_deadline < @today',
  deze_week: 'c.eerste_deadline BETWEEN @today AND @week_end',
  indicatie_eindigt: 'c.indicatie_einde BETWEEN @today AND @indicatie_horizon',
  buiten_regio: 'c.regio_code IS NOT NULL AND a.regio_code IS NOT NULL AND c.regio_code <> a.regio_code',
  urgent: 'c.urgent_wachtend = 1',
}

export const SORT_SQL = {
  naam: 'c.sort_naam',
  geboortedatum: 'c.geboortedatum',
  postcode: 'c.postcode',
  deadline: 'c.eerste_deadline',
  zorgprofiel: 'c.zorgprofiel',
  leveringsvorm: 'c.leveringsvorm',
} as const

export interface BuiltQuery {
  where: string
  params: Record<string, unknown>
  /** A name search through the trigram index: its result size is unknown until counted. */
  nameSearch: boolean
  /** The name search is the only condition, so the trigram index alone can count the hits. */
  onlyNameSearch: boolean
}

/** FTS5 query for name terms: each term quoted (a typed quote is doubled), all terms required. */
function ftsQuery(terms: string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ')
}

/**
 * Turns the one search box into the right index: a whole BSN, a postcode (prefix), a CIZ
 * besluitnummer, or name terms (trigram index for terms of 3+ characters; a surname prefix for
 * shorter input).
 */
function searchCondition(zoek: string, params: Record<string, unknown>): string | null {
  const raw = zoek.trim()
  if (!raw) return null
  const digits = raw.replace(/[\s.]/g, '')
  if (/^\d{8,9}$/.test(digits)) {
    params.bsn = normaliseBsn(digits)
    params.besluit = digits
    return '(c.bsn = @bsn OR c.id IN (SELECT client_id FROM indicatie WHERE besluitnummer = @besluit))'
  }
  const pc = /^(\d{4})\s?([a-z]{0,2})$/i.exec(raw)
  if (pc) {
    // Stored as "1234 AB": match the digits, then any letters typed so far.
    params.pc = pc[2] ? `${pc[1]} ${pc[2].toUpperCase()}` : pc[1]
    params.pc_end = `${params.pc}\uffff`
    // A range, not LIKE: a bound LIKE pattern cannot use the postcode index.
    return 'c.postcode >= @pc AND c.postcode < @pc_end'
  }
  if (/^\d{5,20}$/.test(digits)) {
    params.besluit = digits
    return 'c.id IN (SELECT client_id FROM indicatie WHERE besluitnummer = @besluit)'
  }
  const terms = searchKey(raw).split(' ').filter(Boolean)
  const long = terms.filter((t) => t.length >= 3)
  if (long.length) {
    params.fts = ftsQuery(long)
    return NAME_MATCH
  }
  if (!terms.length) return null
  // Short input ("de", "b"): the start of the surname, through the sort index.
  params.prefix_lo = terms.join(' ')
  params.prefix_hi = `${terms.join(' ')}\uffff`
  return 'c.sort_naam >= @prefix_lo AND c.sort_naam < @prefix_hi'
}

const NAME_MATCH = 'c.id IN (SELECT rowid FROM client_naam_fts WHERE client_naam_fts MATCH @fts)'

/**
 * For a broad name search (thousands of hits) it is cheaper to walk the name index and test each
 * client against the matches than to fetch every hit and sort them: the unary `+` keeps SQLite
 * from driving the query through the match list.
 */
export function walkNameIndex(where: string): string {
  return where.replace(NAME_MATCH, `+${NAME_MATCH}`)
}

export function buildCaseloadWhere(zoek: string, f: CaseloadFilter, today: string, currentUser: number | null): BuiltQuery {
  const params: Record<string, unknown> = {
    today,
    week_end: addDays(today, 6),
    indicatie_horizon: addDays(today, INDICATIE_SIGNAAL_DAGEN),
  }
  const parts: string[] = []
  const search = searchCondition(zoek, params)
  if (search) parts.push(search)
  if (f.adviseur === 'mij') {
    params.adviseur = currentUser ?? -1
    parts.push('c.adviseur_id = @adviseur')
  } else if (typeof f.adviseur === 'number') {
    params.adviseur = f.adviseur
    parts.push('c.adviseur_id = @adviseur')
  }
  if (f.leveringsvormen.length) {
    f.leveringsvormen.forEach((lv, i) => (params[`lv${i}`] = lv))
    parts.push(`c.leveringsvorm IN (${f.leveringsvormen.map((_, i) => `@lv${i}`).join(', ')})`)
  }
  if (f.sectoren.length) {
    const codes = ZORGPROFIELEN.filter((z) => f.sectoren.includes(z.sector)).map((z) => z.code)
    codes.forEach((c, i) => (params[`zp${i}`] = c))
    parts.push(`c.zorgprofiel IN (${codes.map((_, i) => `@zp${i}`).join(', ')})`)
  }
  if (f.signalen.length) parts.push(`(${f.signalen.map((s) => SIGNAL_SQL[s]).join(' OR ')})`)
  if (f.postcode) {
    params.pcfilter = f.postcode.toUpperCase()
    params.pcfilter_end = `${params.pcfilter}\uffff`
    parts.push('c.postcode >= @pcfilter AND c.postcode < @pcfilter_end')
  }
  const nameSearch = search === NAME_MATCH
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, nameSearch, onlyNameSearch: nameSearch && parts.length === 1 }
}
