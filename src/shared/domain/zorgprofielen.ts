/**
 * Wlz zorgprofielen: the iWlz code list COD163 (wlz-reference §1.2, §1.3). Current profiles can be
 * chosen for a new indicatie; legacy and special codes stay readable so imported records resolve.
 * `pgb` and `meerzorg` come from the nl-generic-functions list [NUTS] (secondary source).
 * `maxMaanden`: maximum geldigheidsduur of the indicatiebesluit where one applies (Rlz 3.2, old text).
 */
export interface Zorgprofiel {
  code: string
  kort: string
  /** "VV Beschermd wonen …": sector and description, as the CIZ lists it. */
  naam: string
  /** "Beschermd wonen …": the description alone, for "5VV — Beschermd wonen …". */
  omschrijving: string
  sector: string
  actueel: boolean
  pgb: boolean
  meerzorg: boolean
  maxMaanden?: number
}

type Row = [code: string, kort: string, sector: string, naam: string, pgb: 0 | 1, meerzorg: 0 | 1, maxMaanden?: number]

const CURRENT: Row[] = [
  ['753', '4VV', 'VV', 'Beschut wonen met intensieve begeleiding en uitgebreide verzorging', 1, 0],
  ['754', '5VV', 'VV', 'Beschermd wonen met intensieve dementiezorg', 1, 0],
  ['755', '6VV', 'VV', 'Beschermd wonen met intensieve verzorging en verpleging', 1, 0],
  ['756', '7VV', 'VV', 'Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op begeleiding', 1, 1],
  [
    '757',
    '8VV',
    'VV',
    'Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging',
    1,
    1,
  ],
  ['191', '9VV B', 'VV', 'Herstelgerichte behandeling met verpleging en verzorging', 0, 0, 6],
  ['804', '3VG', 'VG', 'Wonen met begeleiding en verzorging (vanaf 18 jaar)', 1, 0],
  ['806', '4VG', 'VG', 'Wonen met begeleiding en intensieve verzorging', 1, 0],
  ['808', '5VG', 'VG', 'Wonen met intensieve begeleiding en intensieve verzorging', 1, 1],
  ['810', '6VG', 'VG', 'Wonen met intensieve begeleiding, verzorging en gedragsregulering', 1, 0],
  ['812', '7VG', 'VG', '(Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering', 1, 1],
  ['814', '8VG', 'VG', 'Wonen met begeleiding en volledige verzorging en verpleging', 1, 1],
  ['780', '1LVG', 'LVG', 'Wonen met enige behandeling en begeleiding', 0, 0, 36],
  ['781', '2LVG', 'LVG', 'Wonen met behandeling en begeleiding', 0, 0, 36],
  ['782', '3LVG', 'LVG', 'Wonen met intensieve behandeling en begeleiding, kleine groep', 0, 0, 36],
  ['783', '4LVG', 'LVG', 'Wonen met zeer intensieve behandeling en begeleiding', 0, 1, 36],
  ['784', '5LVG', 'LVG', 'Besloten wonen met zeer intensieve behandeling en begeleiding', 0, 1, 36],
  ['790', '1SGLVG', 'SGLVG', 'Behandeling in een SGLVG-behandelcentrum', 0, 1, 36],
  ['822', '2LG', 'LG', 'Wonen met begeleiding en enige verzorging', 1, 0],
  ['826', '4LG', 'LG', 'Wonen met begeleiding en verzorging', 1, 0],
  ['828', '5LG', 'LG', 'Wonen met begeleiding en intensieve verzorging', 1, 1],
  ['830', '6LG', 'LG', 'Wonen met intensieve begeleiding en intensieve verzorging', 1, 1],
  ['832', '7LG', 'LG', 'Wonen met zeer intensieve begeleiding en zeer intensieve verzorging', 1, 1],
  ['852', '2ZGaud', 'ZGaud', 'Wonen met intensieve begeleiding en verzorging', 1, 0],
  ['854', '3ZGaud', 'ZGaud', 'Wonen met intensieve begeleiding en intensieve verzorging', 1, 1],
  ['856', '4ZGaud', 'ZGaud', 'Wonen met intensieve begeleiding en enige verzorging', 1, 0],
  ['842', '2ZGvis', 'ZGvis', 'Wonen met begeleiding en enige verzorging', 1, 0],
  ['844', '3ZGvis', 'ZGvis', 'Wonen met intensieve begeleiding en verzorging', 1, 0],
  ['846', '4ZGvis', 'ZGvis', 'Wonen met intensieve begeleiding en intensieve verzorging', 1, 0],
  ['848', '5ZGvis', 'ZGvis', 'Wonen met zeer intensieve begeleiding en zeer intensieve verzorging', 1, 1],
  ['864', '3GGZ B', 'GGZ-B', 'Voortgezet verblijf met intensieve begeleiding', 0, 0, 36],
  ['766', '4GGZ B', 'GGZ-B', 'Voortgezet verblijf met intensieve begeleiding en verzorging', 0, 0, 36],
  ['768', '5GGZ B', 'GGZ-B', 'Voortgezet verblijf met intensieve begeleiding en gedragsregulering', 0, 0, 36],
  ['770', '6GGZ B', 'GGZ-B', 'Voortgezet verblijf met intensieve begeleiding en intensieve verpleging en verzorging', 0, 1, 36],
  ['772', '7GGZ B', 'GGZ-B', 'Beveiligd voortgezet verblijf vanwege extreme gedragsproblematiek met zeer intensieve begeleiding', 0, 1, 36],
  ['880', '1GGZ W', 'GGZ-W', 'Wonen met intensieve begeleiding', 1, 0],
  ['882', '2GGZ W', 'GGZ-W', 'Wonen met intensieve begeleiding en verzorging', 1, 0],
  ['884', '3GGZ W', 'GGZ-W', 'Wonen met intensieve begeleiding en gedragsregulering', 1, 0],
  ['886', '4GGZ W', 'GGZ-W', 'Wonen met intensieve begeleiding en intensieve verpleging en verzorging', 1, 1],
  ['888', '5GGZ W', 'GGZ-W', 'Beveiligd wonen vanwege extreme gedragsproblematiek met zeer intensieve begeleiding', 0, 1],
]

// Not (or no longer) Wlz profiles: readable on old records, never offered for a new indicatie (§1.3).
const LEGACY: Array<[code: string, kort: string, naam: string]> = [
  ['750', '1VV', 'VV 1 (vervallen)'],
  ['751', '2VV', 'VV 2 (vervallen)'],
  ['752', '3VV', 'VV 3 (vervallen)'],
  ['758', '9VV', 'VV 9 (vervallen)'],
  ['190', '9VV A', 'Geriatrische revalidatiezorg (geen Wlz)'],
  ['759', '10VV', 'Beschermd verblijf met intensieve palliatief-terminale zorg (vervallen 2018)'],
  ['800', '1VG', 'VG 1 (vervallen)'],
  ['802', '2VG', 'VG 2 (vervallen)'],
  ['820', '1LG', 'LG 1 (vervallen)'],
  ['824', '3LG', 'LG 3 (vervallen)'],
  ['840', '1ZGvis', 'ZGvis 1 (vervallen)'],
  ['850', '1ZGaud', 'ZGaud 1 (vervallen)'],
  ['860', '1GGZ B', 'GGZ-B 1 (vervallen)'],
  ['862', '2GGZ B', 'GGZ-B 2 (vervallen)'],
  ['760', '1GGZ C', 'GGZ-C 1 (beschermd wonen, geen Wlz-profiel)'],
  ['762', '2GGZ C', 'GGZ-C 2 (beschermd wonen, geen Wlz-profiel)'],
  ['764', '3GGZ C', 'GGZ-C 3 (beschermd wonen, geen Wlz-profiel)'],
  ['866', '4GGZ C', 'GGZ-C 4 (beschermd wonen, geen Wlz-profiel)'],
  ['868', '5GGZ C', 'GGZ-C 5 (beschermd wonen, geen Wlz-profiel)'],
  ['870', '6GGZ C', 'GGZ-C 6 (beschermd wonen, geen Wlz-profiel)'],
  ['996', 'Wlz-ind.', 'Wlz Indiceerbaar'],
  ['997', 'PGB', 'PGB: alleen voor start en stop pgb Wlz-indiceerbaren aan CAK'],
  ['998', 'ZZPX', 'Onbepaald zorgzwaartepakket'],
  ['999', 'ZZP0', 'Partnerverblijf'],
]

export const ZORGPROFIELEN: readonly Zorgprofiel[] = [
  ...CURRENT.map(([code, kort, sector, naam, pgb, meerzorg, maxMaanden]) => ({
    code,
    kort,
    sector,
    naam: `${sector} ${naam}`,
    omschrijving: naam,
    actueel: true,
    pgb: pgb === 1,
    meerzorg: meerzorg === 1,
    ...(maxMaanden ? { maxMaanden } : {}),
  })),
  ...LEGACY.map(([code, kort, naam]) => ({
    code,
    kort,
    sector: 'Overig',
    naam,
    omschrijving: naam,
    actueel: false,
    pgb: false,
    meerzorg: false,
  })),
]

const BY_CODE = new Map(ZORGPROFIELEN.map((z) => [z.code, z]))

export const zorgprofiel = (code: string): Zorgprofiel | undefined => BY_CODE.get(code)
export const isCurrentZorgprofiel = (code: string): boolean => BY_CODE.get(code)?.actueel === true
export const SECTOREN = [...new Set(CURRENT.map((r) => r[2]))]
