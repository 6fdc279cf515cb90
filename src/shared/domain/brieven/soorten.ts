import { AFWIJZINGSGRONDEN, PGB_INTREKKINGSGRONDEN, type Beslissing, type Grond } from './gronden'

/**
 * The letters the zorgkantoor sends. A beschikking (Awb 1:3) carries a motivering with its
 * wettelijke grondslag (Awb 3:46/3:47) and a bezwaarclausule (Awb 3:45); a plain letter does not.
 * `versie` is the template version stored with every finalised letter: raise it whenever a text
 * changes, so the archive says which wording a client received.
 */
export const BRIEF_SOORTEN = [
  'pgb_toekenning',
  'pgb_afwijzing',
  'pgb_wijziging',
  'pgb_intrekking',
  'vpt_toekenning',
  'vpt_afwijzing',
  'mpt_toekenning',
  'mpt_afwijzing',
  'overbrugging',
  'meerzorg_toekenning',
  'meerzorg_afwijzing',
  'uitnodiging_keuzegesprek',
  'bevestiging_wachtlijst',
  'ontvangst_bezwaar',
  'voornemen_afwijzing',
  'dubbel_verzekerd',
] as const
export type BriefSoort = (typeof BRIEF_SOORTEN)[number]

export interface SoortInfo {
  label: string
  /** The onderwerp line of the letter. */
  onderwerp: string
  beschikking: boolean
  versie: number
}

export const SOORT_INFO: Record<BriefSoort, SoortInfo> = {
  pgb_toekenning: {
    label: 'Pgb toekenning (verlening)',
    onderwerp: 'Toekenning persoonsgebonden budget (pgb)',
    beschikking: true,
    versie: 2,
  },
  pgb_afwijzing: { label: 'Pgb afwijzing', onderwerp: 'Afwijzing aanvraag persoonsgebonden budget (pgb)', beschikking: true, versie: 2 },
  pgb_wijziging: { label: 'Pgb wijziging', onderwerp: 'Wijziging persoonsgebonden budget (pgb)', beschikking: true, versie: 2 },
  pgb_intrekking: { label: 'Pgb intrekking', onderwerp: 'Intrekking persoonsgebonden budget (pgb)', beschikking: true, versie: 2 },
  vpt_toekenning: { label: 'Vpt toekenning', onderwerp: 'Toekenning volledig pakket thuis (vpt)', beschikking: true, versie: 2 },
  vpt_afwijzing: { label: 'Vpt afwijzing', onderwerp: 'Afwijzing aanvraag volledig pakket thuis (vpt)', beschikking: true, versie: 2 },
  mpt_toekenning: { label: 'Mpt toekenning', onderwerp: 'Toekenning modulair pakket thuis (mpt)', beschikking: true, versie: 2 },
  mpt_afwijzing: { label: 'Mpt afwijzing', onderwerp: 'Afwijzing aanvraag modulair pakket thuis (mpt)', beschikking: true, versie: 2 },
  overbrugging: {
    label: 'Overbruggingszorg',
    onderwerp: 'Zorg thuis zolang er geen plaats is (overbrugging)',
    beschikking: true,
    versie: 2,
  },
  meerzorg_toekenning: { label: 'Meerzorg toekenning', onderwerp: 'Toekenning meerzorg', beschikking: true, versie: 2 },
  meerzorg_afwijzing: { label: 'Meerzorg afwijzing', onderwerp: 'Afwijzing aanvraag meerzorg', beschikking: true, versie: 2 },
  uitnodiging_keuzegesprek: {
    label: 'Uitnodiging bewust keuzegesprek',
    onderwerp: 'Uitnodiging voor een gesprek over uw pgb',
    beschikking: false,
    versie: 2,
  },
  bevestiging_wachtlijst: {
    label: 'Bevestiging wachtlijstplaatsing',
    onderwerp: 'U staat op de wachtlijst',
    beschikking: false,
    versie: 2,
  },
  ontvangst_bezwaar: {
    label: 'Ontvangstbevestiging bezwaar',
    onderwerp: 'Wij hebben uw bezwaarschrift ontvangen',
    beschikking: false,
    versie: 2,
  },
  // Awb 4:7/4:8: a voornemen is no besluit yet, so no bezwaarclausule; the zienswijze term is in it.
  voornemen_afwijzing: {
    label: 'Voornemen tot afwijzing (zienswijze)',
    onderwerp: 'Wij zijn van plan uw aanvraag af te wijzen',
    beschikking: false,
    versie: 1,
  },
  dubbel_verzekerd: {
    label: 'Dubbel verzekerd (aanvullende verzekering)',
    onderwerp: 'Betaalt u dubbel? Kijk naar uw aanvullende (tand)verzekering',
    beschikking: false,
    versie: 1,
  },
}

/** Letters that refuse or take away, whose motivering needs the facts of the case (Awb 3:46). */
export const MET_FEITEN: ReadonlySet<BriefSoort> = new Set([
  'pgb_afwijzing',
  'vpt_afwijzing',
  'mpt_afwijzing',
  'meerzorg_afwijzing',
  'pgb_intrekking',
  'pgb_wijziging',
  'voornemen_afwijzing',
])

/** Which list of grounds a letter type chooses from (empty: none); a voornemen follows what it intends to refuse. */
export function grondenVoor(soort: BriefSoort, voornemenVoor: Beslissing | null = null): readonly Grond[] {
  if (soort === 'pgb_afwijzing') return AFWIJZINGSGRONDEN.pgb
  if (soort === 'vpt_afwijzing') return AFWIJZINGSGRONDEN.vpt
  if (soort === 'mpt_afwijzing') return AFWIJZINGSGRONDEN.mpt
  if (soort === 'meerzorg_afwijzing') return AFWIJZINGSGRONDEN.meerzorg
  if (soort === 'pgb_intrekking' || soort === 'pgb_wijziging') return PGB_INTREKKINGSGRONDEN
  if (soort === 'voornemen_afwijzing' && voornemenVoor) return AFWIJZINGSGRONDEN[voornemenVoor]
  return []
}

export { ALLE_GRONDEN, type Grond } from './gronden'
