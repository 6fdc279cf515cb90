import { zorgprofiel } from '../domain/zorgprofielen'
import { LEVERINGSVORM_LABEL, type Leveringsvorm } from '../domain/codes'
import { CLASSIFICATIES, WACHTSTATUS_LABEL, type Wachtstatus } from '../domain/aanbieders/codes'

/**
 * iWlz codes as a person reads them. The numbers (zorgprofiel 754, classificatie 12) are for the
 * systems we exchange with; screens, checks and print templates show the short code and the name.
 * Only exports meant for other systems keep the bare codes.
 */

/** "5VV — Beschermd wonen met intensieve dementiezorg"; an unknown code says so. */
export function formatZorgprofiel(code: string | null | undefined): string {
  if (!code) return 'Geen zorgprofiel'
  const zp = zorgprofiel(code)
  return zp ? `${zp.kort} — ${zp.omschrijving}` : `Onbekend zorgprofiel (iWlz-code ${code})`
}

/** "5VV": for narrow columns, with the full name next to it in a title or legend. */
export function formatZorgprofielKort(code: string | null | undefined): string {
  if (!code) return '—'
  return zorgprofiel(code)?.kort ?? `onbekend (${code})`
}

/** "5VV, 6VV": a location's list of profiles, in the order of the code list. */
export function formatZorgprofielen(codes: readonly string[]): string {
  return codes.map(formatZorgprofielKort).join(', ') || '—'
}

const LEVERINGSVORM_NAAM: Record<Leveringsvorm, string> = {
  verblijf: 'Verblijf in een instelling',
  vpt: 'Vpt — Volledig pakket thuis',
  mpt: 'Mpt — Modulair pakket thuis',
  pgb: 'Pgb — Persoonsgebonden budget',
  mpt_pgb: 'Mpt + pgb — Modulair pakket thuis met een persoonsgebonden budget',
  dtv: 'Deeltijdverblijf',
}

/** "Vpt — Volledig pakket thuis"; `kort` gives the label alone ("Vpt"). */
export function formatLeveringsvorm(code: string | null | undefined, opts: { kort?: boolean } = {}): string {
  if (!code) return 'Geen leveringsvorm'
  const lv = code as Leveringsvorm
  if (!(lv in LEVERINGSVORM_NAAM)) return `Onbekende leveringsvorm (${code})`
  return opts.kort ? LEVERINGSVORM_LABEL[lv] : LEVERINGSVORM_NAAM[lv]
}

/** "Actief plaatsen". */
export function formatWachtstatus(code: string | null | undefined): string {
  if (!code) return 'Niet aangemeld'
  return WACHTSTATUS_LABEL[code as Wachtstatus] ?? `Onbekende wachtstatus (${code})`
}

/** "Voorkeuraanbieder leidend" (iWlz classificatie 12). */
export function formatClassificatie(code: string): string {
  return CLASSIFICATIES[code] ?? `Onbekende classificatie (${code})`
}

/** Several classificaties in one cell; "—" when none. */
export const formatClassificaties = (codes: readonly string[]): string => codes.map(formatClassificatie).join('; ') || '—'
