import type { Blok } from '../../print/brief'
import type { Briefpapier } from '../../print/briefpapier'
import { grondslagInWoorden, voluit, type Artikel } from './artikelen'
import { blok } from './blok'
import type { BriefGegevens, VrijeTekst } from './gegevens'
import { VERVALLEN_GRONDEN, type Beslissing, type Grond } from './gronden'
import { grondenVoor, MET_FEITEN, type BriefSoort } from './soorten'

/** The type-specific part of a beschikking: what was decided, why, on which articles, and what is missing. */
export interface Besluit {
  inleiding: string[]
  besluit: string[]
  details: Blok[]
  /** The reasons; a first sentence ending in ':' introduces the rest as a list. */
  redenen: string[]
  /** Paragraphs after the reasons: must/may, an amount that differs from the plan, the zienswijze. */
  naRedenen?: string[]
  grondslag: Artikel[]
  ontbrekend: string[]
}

/** The chosen grounds of the letter type's list (and withdrawn codes, so archived snapshots still read); at least one. */
export function gekozenGronden(
  soort: BriefSoort,
  g: BriefGegevens,
  voornemenVoor: Beslissing | null = null,
): { gronden: Grond[]; redenen: string[]; artikelen: Artikel[]; ontbrekend: string[] } {
  const gekozen = [...grondenVoor(soort, voornemenVoor), ...VERVALLEN_GRONDEN].filter((x) => g.gronden.includes(x.code))
  return {
    gronden: gekozen,
    redenen: gekozen.map((x) => `${x.tekst} (${voluit(x.ref)})`),
    artikelen: gekozen.map((x) => x.ref),
    ontbrekend: gekozen.length ? [] : ['Kies minstens één reden uit de lijst.'],
  }
}

export const MIN_FEITEN = 30

/**
 * Awb 3:46: a refusal or withdrawal rests on the facts of this client, not on a standard ground
 * alone. The adviser's toelichting is that facts paragraph; without it the letter is not finished.
 */
export function feitenOntbreken(soort: BriefSoort, vrij: VrijeTekst): string[] {
  if (!MET_FEITEN.has(soort)) return []
  const feiten = vrij.toelichting.trim()
  if (!feiten)
    return [
      'Beschrijf in de toelichting de feiten en omstandigheden van deze cliënt: wat heeft u vastgesteld, en waarom geldt de gekozen reden? Een standaardreden alleen is geen deugdelijke motivering (Awb art. 3:46).',
    ]
  if (feiten.length < MIN_FEITEN)
    return [
      `De toelichting is te kort voor een motivering (minstens ${MIN_FEITEN} tekens): beschrijf de feiten en omstandigheden van deze cliënt.`,
    ]
  return []
}

const alineas = (tekst: string) => (tekst ? tekst.split(/\n{2,}/) : [])

/**
 * The motivering (Awb 3:46, 3:47): for a refusal or withdrawal first the facts, then the reasons
 * with their articles in words, then the legal basis; for a grant the reasons and an optional
 * toelichting. Nothing here is addressed to the adviser.
 */
export function motivering(soort: BriefSoort, b: Besluit, vrij: VrijeTekst): Blok[] {
  const [eerste, ...rest] = b.redenen
  const metLijst = eerste?.endsWith(':') ?? false
  const redenen = blok('motivering', 'Waarom wij zo besluiten', [...(metLijst ? [eerste!] : b.redenen)], { lijst: metLijst ? rest : [] })
  const na = (b.naRedenen ?? []).length ? [blok('motivering-vervolg', null, b.naRedenen!)] : []
  const grondslag = blok('grondslag', null, b.grondslag.length ? [`Wij baseren dit besluit op ${grondslagInWoorden(b.grondslag)}.`] : [])
  if (MET_FEITEN.has(soort))
    return [blok('feiten', 'Wat wij hebben vastgesteld', alineas(vrij.toelichting), { vrij: true }), redenen, ...na, grondslag]
  return [redenen, ...na, grondslag, blok('toelichting', 'Toelichting', alineas(vrij.toelichting), { vrij: true })]
}

/** Where a bezwaarschrift goes (Awb 3:45: to which body): the Beheer setting, else the postal address. */
export function bezwaarAdres(bp: Briefpapier): string {
  return bp.bezwaarAdres || [bp.organisatie, bp.afdeling, bp.postadres].filter(Boolean).join(', ')
}

/** Awb 3:45 (who, within which term, to which body), 6:5 (contents), 6:7/6:8 (six weeks from the day after sending). */
export function bezwaarclausule(bp: Briefpapier): Blok {
  return blok(
    'bezwaar',
    'Bent u het niet eens met dit besluit?',
    [
      'Dan kunt u bezwaar maken. Dat doet u schriftelijk, binnen zes weken na de dag waarop wij deze brief hebben verstuurd.',
      `Stuur uw bezwaarschrift naar: ${bezwaarAdres(bp)}.`,
      'Zet in uw bezwaarschrift:',
    ],
    {
      lijst: [
        'uw naam en adres;',
        'de datum;',
        'om welk besluit het gaat: het kenmerk van deze brief, of stuur een kopie van deze brief mee;',
        'waarom u het niet eens bent met het besluit;',
        'uw handtekening.',
      ],
      tabel: [],
    },
  )
}
