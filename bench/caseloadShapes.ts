// Every shape of a caseload request the screen can make: the "Caseload" select (mine, everyone's,
// one colleague's), one leveringsvorm, one sector, one signal, a postcode filter, what is typed in
// the search box (a name, a broad or narrow term, 1–2 letters, a postcode, a BSN, a besluitnummer)
// and a sort column in either direction. Used by the bench (timed) and by the plan test (EXPLAIN).
import { SIGNALEN, SORT_KOLOMMEN, type CaseloadQuery } from '../src/shared/contracts/caseload.routes'
import { LEVERINGSVORMEN } from '../src/shared/domain/codes'
import { SECTOREN } from '../src/shared/domain/zorgprofielen'

export interface Shape {
  /** Family, for the bench table ("filter signaal", "zoeken naam", …). */
  family: string
  /** This member, for the worst case in a family. */
  name: string
  input: CaseloadQuery
}

/** Values taken from the database the shapes run on, so searches find something. */
export interface ShapeSamples {
  /** An adviser with clients, for "one colleague's caseload". */
  colleague: number
  postcodeFilter: string
  postcodeSearch: string
  bsn: string
  besluitnummer: string
}

export const SORTS = SORT_KOLOMMEN.flatMap((kolom) => (['asc', 'desc'] as const).map((richting) => ({ kolom, richting })))

/** Name input as typed: broad ("van": a third of all names), common, two terms, narrow, none. */
export const NAME_SEARCHES = ['van', 'anna', 'jans', 'berg', 'muller', 'van dyk', 'pieter bos', 'ozt', 'zzz'] as const
/** The first keystrokes: 1–2 letters ("mij" folds to "my"), answered from the surname's start. */
export const SHORT_SEARCHES = ['v', 'va', 'de', 'mij', 'b', 'ja'] as const

type Filter = NonNullable<CaseloadQuery['filter']>
type Adviseur = Filter['adviseur']

const filters = (s: ShapeSamples): Array<[string, Omit<Filter, 'adviseur'>]> => [
  ['geen filter', {}],
  ...LEVERINGSVORMEN.map((lv): [string, Omit<Filter, 'adviseur'>] => [`leveringsvorm ${lv}`, { leveringsvormen: [lv] }]),
  ...SECTOREN.map((sector): [string, Omit<Filter, 'adviseur'>] => [`sector ${sector}`, { sectoren: [sector] }]),
  ...SIGNALEN.map((signaal): [string, Omit<Filter, 'adviseur'>] => [`signaal ${signaal}`, { signalen: [signaal] }]),
  [`postcode ${s.postcodeFilter}`, { postcode: s.postcodeFilter }],
]

const searches = (s: ShapeSamples): Array<[string, string, string]> => [
  ...NAME_SEARCHES.map((z): [string, string, string] => ['zoeken: naam', `"${z}"`, z]),
  ...SHORT_SEARCHES.map((z): [string, string, string] => ['zoeken: 1–2 letters', `"${z}"`, z]),
  ['zoeken: postcode', `"${s.postcodeSearch}"`, s.postcodeSearch],
  ['zoeken: BSN', 'BSN', s.bsn],
  ['zoeken: besluitnummer', 'besluitnummer', s.besluitnummer],
]

const adviseurs = (s: ShapeSamples): Array<[string, Adviseur]> => [
  ['mijn', 'mij'],
  ['alle', 'alle'],
  ['collega', s.colleague],
]

const sortName = (s: { kolom: string; richting: string }) => `${s.kolom} ${s.richting === 'asc' ? '▲' : '▼'}`

/**
 * The timed shapes: each filter on its own and each search on its own, for every caseload choice
 * and every sort, plus a seeded sample of combinations of everything at once.
 */
export function benchShapes(s: ShapeSamples, combinations = 300): Shape[] {
  const out: Shape[] = [{ family: 'standaard: mijn caseload', name: 'eerste scherm', input: {} }]
  for (const [adv, adviseur] of adviseurs(s)) {
    for (const sort of SORTS) {
      for (const [f, filter] of filters(s)) {
        const family = f === 'geen filter' ? `${adv}: geen filter` : `${adv}: filter ${f.split(' ')[0]}`
        out.push({ family, name: `${f}, ${sortName(sort)}`, input: { filter: { adviseur, ...filter }, sort } })
      }
      for (const [family, name, zoek] of searches(s)) {
        out.push({ family: `${adv}: ${family}`, name: `${name}, ${sortName(sort)}`, input: { zoek, filter: { adviseur }, sort } })
      }
    }
  }
  out.push(...sampleCombinations(s, combinations))
  return out
}

/** Every dimension at once, chosen by a seeded generator (the same sample on every run). */
export function sampleCombinations(s: ShapeSamples, n: number): Shape[] {
  let seed = 20261122
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  const fs = filters(s)
  const zs: Array<[string, string, string]> = [['', '', ''], ...searches(s)]
  return Array.from({ length: n }, () => {
    const [adv, adviseur] = pick(adviseurs(s))
    const parts = [pick(fs), pick(fs), pick(fs)]
    const filter: Filter = { adviseur }
    for (const [, f] of parts) Object.assign(filter, f)
    const [, zname, zoek] = pick(zs)
    const sort = pick(SORTS)
    const label = [adv, ...parts.map(([f]) => f).filter((f) => f !== 'geen filter'), zname && `zoek ${zname}`, sortName(sort)]
    return { family: 'combinaties (steekproef)', name: label.filter(Boolean).join(', '), input: { zoek, filter, sort } }
  })
}

/**
 * Every filter × search × sort the screen offers, with one value per kind (for EXPLAIN, where only
 * the SQL's shape matters): mine or everyone's × no filter, a leveringsvorm, a sector, each signal
 * or a postcode × every kind of search × every sort in both directions.
 */
export function everyShape(s: ShapeSamples): CaseloadQuery[] {
  const out: CaseloadQuery[] = []
  const kinds: Array<Omit<Filter, 'adviseur'>> = [
    {},
    { leveringsvormen: ['pgb'] },
    { sectoren: [SECTOREN[0]!] },
    ...SIGNALEN.map((x) => ({ signalen: [x] })),
    { postcode: s.postcodeFilter },
  ]
  const zoeken = ['', 'van', 'jans', 'van dyk', 'v', 'de', s.postcodeSearch, s.bsn, s.besluitnummer]
  for (const adviseur of ['mij', 'alle'] as const)
    for (const filter of kinds)
      for (const zoek of zoeken) for (const sort of SORTS) out.push({ zoek, filter: { adviseur, ...filter }, sort })
  return out
}
