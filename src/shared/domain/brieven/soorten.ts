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
    versie: 1,
  },
  pgb_afwijzing: { label: 'Pgb afwijzing', onderwerp: 'Afwijzing aanvraag persoonsgebonden budget (pgb)', beschikking: true, versie: 1 },
  pgb_wijziging: { label: 'Pgb wijziging', onderwerp: 'Wijziging persoonsgebonden budget (pgb)', beschikking: true, versie: 1 },
  pgb_intrekking: { label: 'Pgb intrekking', onderwerp: 'Intrekking persoonsgebonden budget (pgb)', beschikking: true, versie: 1 },
  vpt_toekenning: { label: 'Vpt toekenning', onderwerp: 'Toekenning volledig pakket thuis (vpt)', beschikking: true, versie: 1 },
  vpt_afwijzing: { label: 'Vpt afwijzing', onderwerp: 'Afwijzing aanvraag volledig pakket thuis (vpt)', beschikking: true, versie: 1 },
  mpt_toekenning: { label: 'Mpt toekenning', onderwerp: 'Toekenning modulair pakket thuis (mpt)', beschikking: true, versie: 1 },
  mpt_afwijzing: { label: 'Mpt afwijzing', onderwerp: 'Afwijzing aanvraag modulair pakket thuis (mpt)', beschikking: true, versie: 1 },
  overbrugging: {
    label: 'Overbruggingszorg',
    onderwerp: 'Zorg thuis zolang er geen plaats is (overbrugging)',
    beschikking: true,
    versie: 1,
  },
  meerzorg_toekenning: { label: 'Meerzorg toekenning', onderwerp: 'Toekenning meerzorg', beschikking: true, versie: 1 },
  meerzorg_afwijzing: { label: 'Meerzorg afwijzing', onderwerp: 'Afwijzing aanvraag meerzorg', beschikking: true, versie: 1 },
  uitnodiging_keuzegesprek: {
    label: 'Uitnodiging bewust keuzegesprek',
    onderwerp: 'Uitnodiging voor een gesprek over uw pgb',
    beschikking: false,
    versie: 1,
  },
  bevestiging_wachtlijst: {
    label: 'Bevestiging wachtlijstplaatsing',
    onderwerp: 'U staat op de wachtlijst',
    beschikking: false,
    versie: 1,
  },
  ontvangst_bezwaar: {
    label: 'Ontvangstbevestiging bezwaar',
    onderwerp: 'Wij hebben uw bezwaarschrift ontvangen',
    beschikking: false,
    versie: 1,
  },
}

/** A reason for a decision, chosen from a list: its code, the article and the text in the letter. */
export interface Grond {
  code: string
  artikel: string
  tekst: string
}

/** Pgb refusal: the conditions of Wlz 3.3.3 lid 4 not met, the mandatory refusals of lid 5, and Blz 3.6.2 lid 1. */
export const PGB_AFWIJZINGSGRONDEN: readonly Grond[] = [
  {
    code: 'wlz-3.3.3-4a',
    artikel: 'Wlz art. 3.3.3 lid 4 onder a',
    tekst: 'Wij vinden niet dat u met een pgb op een doelmatige manier voldoende zorg van goede kwaliteit kunt inkopen.',
  },
  {
    code: 'wlz-3.3.3-4b',
    artikel: 'Wlz art. 3.3.3 lid 4 onder b',
    tekst: 'U kunt de taken die bij een pgb horen niet goed uitvoeren, ook niet samen met een vertegenwoordiger.',
  },
  {
    code: 'wlz-3.3.3-4c',
    artikel: 'Wlz art. 3.3.3 lid 4 onder c',
    tekst: 'U kunt uw zorgverleners niet zo aansturen dat de zorg verantwoord is, ook niet samen met een vertegenwoordiger.',
  },
  {
    code: 'wlz-3.3.3-4d',
    artikel: 'Wlz art. 3.3.3 lid 4 onder d',
    tekst: 'U heeft niet met redenen duidelijk gemaakt waarom u uw zorg met een pgb wilt regelen.',
  },
  { code: 'wlz-3.3.3-4e', artikel: 'Wlz art. 3.3.3 lid 4 onder e', tekst: 'U heeft bij uw aanvraag geen budgetplan ingeleverd.' },
  {
    code: 'wlz-3.3.3-5a',
    artikel: 'Wlz art. 3.3.3 lid 5 onder a',
    tekst: 'U heeft zich bij een eerder pgb niet aan de verplichtingen gehouden.',
  },
  { code: 'wlz-3.3.3-5b', artikel: 'Wlz art. 3.3.3 lid 5 onder b', tekst: 'Volgens de Basisregistratie Personen heeft u geen woonadres.' },
  {
    code: 'wlz-3.3.3-5c',
    artikel: 'Wlz art. 3.3.3 lid 5 onder c',
    tekst: 'U verblijft op grond van een wettelijke maatregel op een plek waar u niet vrij bent om te gaan.',
  },
  {
    code: 'blz-3.6.2-1a',
    artikel: 'Blz art. 3.6.2 lid 1 onder a',
    tekst: 'Voor uw zorgprofiel is een pgb volgens de regels niet mogelijk.',
  },
  {
    code: 'blz-3.6.2-1b',
    artikel: 'Blz art. 3.6.2 lid 1 onder b',
    tekst: 'U wilde het budgetplan niet met ons bespreken, of u kwam niet naar het gesprek waarvoor wij u hadden uitgenodigd.',
  },
  {
    code: 'blz-3.6.2-1c',
    artikel: 'Blz art. 3.6.2 lid 1 onder c',
    tekst: 'Het aanvraagformulier is niet volledig of niet juist ingevuld.',
  },
  {
    code: 'blz-3.6.2-1d',
    artikel: 'Blz art. 3.6.2 lid 1 onder d',
    tekst: 'U wilt het pgb alleen besteden aan zorgaanbieders waarmee wij al een contract hebben. Die zorg kunt u ook in natura krijgen.',
  },
]

/** Vpt / mpt refusal: Wlz 3.3.2 (verantwoord, doelmatig, kostengrens). */
export const ZIN_AFWIJZINGSGRONDEN: readonly Grond[] = [
  {
    code: 'wlz-3.3.2-verantwoord',
    artikel: 'Wlz art. 3.3.2',
    tekst: 'De zorg die u nodig heeft, kan thuis niet op een verantwoorde manier worden gegeven.',
  },
  {
    code: 'wlz-3.3.2-doelmatig',
    artikel: 'Wlz art. 3.3.2',
    tekst: 'De zorg thuis is niet doelmatig: dezelfde zorg kan op een andere manier passend en zuiniger worden geregeld.',
  },
  {
    code: 'wlz-3.3.2-kostengrens',
    artikel: 'Wlz art. 3.3.2',
    tekst: 'De kosten van de zorg thuis zijn hoger dan de kosten van dezelfde zorg in een instelling (kostengrens).',
  },
]

/** Meerzorg refusal (Blz 3.1.1 lid 2; Rlz 2.2). */
export const MEERZORG_AFWIJZINGSGRONDEN: readonly Grond[] = [
  { code: 'meerzorg-profiel', artikel: 'Rlz art. 2.2', tekst: 'Bij uw zorgprofiel is meerzorg volgens de regels niet mogelijk.' },
  {
    code: 'meerzorg-25',
    artikel: 'Rlz art. 2.2',
    tekst: 'Uw zorgbehoefte is niet minstens 25% hoger dan de zorg die bij uw zorgprofiel hoort.',
  },
  {
    code: 'meerzorg-nodig',
    artikel: 'Blz art. 3.1.1 lid 2',
    tekst: 'Met de zorg die bij uw zorgprofiel hoort, kan in uw zorgbehoefte worden voorzien.',
  },
]

/** Grounds to change or withdraw a pgb ([RLZ15] 5.20). */
export const PGB_INTREKKINGSGRONDEN: readonly Grond[] = [
  { code: 'intrekking-verzoek', artikel: 'Rlz art. 5.20', tekst: 'U heeft ons gevraagd het pgb te stoppen.' },
  { code: 'intrekking-verblijf', artikel: 'Rlz art. 5.20', tekst: 'U verblijft langer dan twee maanden in een instelling.' },
  { code: 'intrekking-indicatie', artikel: 'Rlz art. 5.20', tekst: 'Uw indicatie is na bezwaar verlaagd.' },
  { code: 'intrekking-woonadres', artikel: 'Rlz art. 5.20', tekst: 'Volgens de Basisregistratie Personen heeft u geen woonadres meer.' },
  { code: 'intrekking-verplichtingen', artikel: 'Rlz art. 5.20', tekst: 'U heeft zich niet aan de verplichtingen van het pgb gehouden.' },
]

export const ALLE_GRONDEN: readonly Grond[] = [
  ...PGB_AFWIJZINGSGRONDEN,
  ...ZIN_AFWIJZINGSGRONDEN,
  ...MEERZORG_AFWIJZINGSGRONDEN,
  ...PGB_INTREKKINGSGRONDEN,
]

/** Which list of grounds a letter type chooses from (empty: none). */
export function grondenVoor(soort: BriefSoort): readonly Grond[] {
  if (soort === 'pgb_afwijzing') return PGB_AFWIJZINGSGRONDEN
  if (soort === 'vpt_afwijzing' || soort === 'mpt_afwijzing') return ZIN_AFWIJZINGSGRONDEN
  if (soort === 'meerzorg_afwijzing') return MEERZORG_AFWIJZINGSGRONDEN
  if (soort === 'pgb_intrekking') return PGB_INTREKKINGSGRONDEN
  return []
}
