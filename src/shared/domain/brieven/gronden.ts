import { art, kort, notitie, rlz, type Artikel } from './artikelen'

/**
 * A reason for a decision, chosen from a list: its code, its article, the sentence in the letter
 * (B1, to the client) and, for wijziging and intrekking, whether the Rlz says the zorgkantoor
 * must or may act. `artikel` is the short citation the adviser sees; `notitie` warns the adviser
 * (never printed), e.g. that an article number could not be verified.
 */
export interface Grond {
  code: string
  ref: Artikel
  artikel: string
  tekst: string
  soort?: 'moet' | 'mag'
  notitie: string | null
}

const grond = (code: string, ref: Artikel, tekst: string, extra: { soort?: 'moet' | 'mag'; notitie?: string } = {}): Grond => ({
  code,
  ref,
  artikel: kort(ref),
  tekst,
  ...(extra.soort ? { soort: extra.soort } : {}),
  notitie: [notitie(ref), extra.notitie].filter(Boolean).join(' ') || null,
})

// Regeling langdurige zorg, 2015 numbering (wlz-reference §4.1, §14.3): the current numbers are unverified.
const RLZ_WEIGERING = rlz('5.9')
const RLZ_WIJZIGING = rlz('5.20')
const RLZ_MEERZORG = rlz('2.2')

/**
 * Pgb refusal, complete as far as wlz-reference §14.3 reaches: the conditions of Wlz 3.3.3 lid 4
 * (all must hold), the mandatory refusals of lid 5 (there is no sub e), Blz 3.6.2 lid 1 a–d, and the
 * Rlz grounds. The 2015 Rlz ground "budgetplan talk refused or missed" is now Blz 3.6.2 lid 1 sub b.
 */
export const PGB_AFWIJZINGSGRONDEN: readonly Grond[] = [
  grond(
    'wlz-3.3.3-4a',
    art('Wlz', '3.3.3', 4, 'a'),
    'Wij vinden niet dat u met een pgb op een doelmatige manier voldoende zorg van goede kwaliteit kunt inkopen.',
  ),
  grond(
    'wlz-3.3.3-4b',
    art('Wlz', '3.3.3', 4, 'b'),
    'U kunt de taken die bij een pgb horen niet goed uitvoeren, ook niet samen met een vertegenwoordiger.',
  ),
  grond(
    'wlz-3.3.3-4c',
    art('Wlz', '3.3.3', 4, 'c'),
    'U kunt uw zorgverleners niet zo aansturen dat de zorg verantwoord is, ook niet samen met een vertegenwoordiger.',
  ),
  grond(
    'wlz-3.3.3-4d',
    art('Wlz', '3.3.3', 4, 'd'),
    'U heeft niet met redenen duidelijk gemaakt waarom u uw zorg met een pgb wilt regelen.',
  ),
  grond('wlz-3.3.3-4e', art('Wlz', '3.3.3', 4, 'e'), 'U heeft bij uw aanvraag geen budgetplan ingeleverd.'),
  grond('wlz-3.3.3-5a', art('Wlz', '3.3.3', 5, 'a'), 'U heeft zich bij een eerder pgb niet aan de verplichtingen gehouden.'),
  grond('wlz-3.3.3-5b', art('Wlz', '3.3.3', 5, 'b'), 'Volgens de Basisregistratie Personen heeft u geen woonadres.'),
  grond('wlz-3.3.3-5c', art('Wlz', '3.3.3', 5, 'c'), 'U bent op grond van de wet van uw vrijheid beroofd.'),
  grond(
    'wlz-3.3.3-5d',
    art('Wlz', '3.3.3', 5, 'd'),
    'Uw vertegenwoordiger voldoet niet aan de regels die de wet stelt aan een vertegenwoordiger bij een pgb.',
    {
      notitie:
        'Welke regels onder lid 5 onder d vallen, is niet geverifieerd (de gelezen tekst was afgebroken). Beschrijf in de toelichting welke regel de vertegenwoordiger niet haalt.',
    },
  ),
  grond('blz-3.6.2-1a', art('Blz', '3.6.2', 1, 'a'), 'Voor uw zorgprofiel is een pgb volgens de regels niet mogelijk.'),
  grond(
    'blz-3.6.2-1b',
    art('Blz', '3.6.2', 1, 'b'),
    'U wilde het budgetplan niet met ons bespreken, of u kwam niet naar het gesprek waarvoor wij u hadden uitgenodigd.',
  ),
  grond('blz-3.6.2-1c', art('Blz', '3.6.2', 1, 'c'), 'Het aanvraagformulier is niet volledig of niet juist ingevuld.'),
  grond(
    'blz-3.6.2-1d',
    art('Blz', '3.6.2', 1, 'd'),
    'U wilt het pgb alleen besteden aan zorgaanbieders waarmee wij al een contract hebben. Die zorg kunt u ook in natura krijgen.',
  ),
  grond('rlz-instelling', RLZ_WEIGERING, 'U verblijft op de eerste dag van het pgb in een instelling, en niet alleen voor logeeropvang.', {
    notitie: 'Uitzondering (Rlz 2015): begeleiding in een groep, als dagbesteding geen deel is van het gecontracteerde verblijf.',
  }),
  grond(
    'rlz-kinderbescherming',
    RLZ_WEIGERING,
    'Volgens een advies van het maatschappelijk werk of de Raad voor de Kinderbescherming loopt het kind het risico mishandeld of verwaarloosd te worden als de zorg met een pgb wordt geregeld.',
  ),
  grond(
    'rlz-schulden',
    RLZ_WEIGERING,
    'U bent failliet verklaard of u heeft surseance van betaling. Bij een kind gaat het om de ouder of voogd.',
  ),
  grond('rlz-wsnp', RLZ_WEIGERING, 'Voor u geldt de schuldsanering (Wsnp), of die is aangevraagd.'),
  grond('rlz-toestemming', RLZ_WEIGERING, 'U geeft geen toestemming om uw gegevens door te geven aan het CAK en de SVB.'),
]

/** Vpt refusal: Wlz 3.3.2 lid 3 (granted unless not verantwoord or doelmatig at home). */
export const VPT_AFWIJZINGSGRONDEN: readonly Grond[] = [
  grond(
    'wlz-3.3.2-verantwoord',
    art('Wlz', '3.3.2', 3),
    'De zorg die u nodig heeft, kan thuis niet op een verantwoorde manier worden gegeven.',
  ),
  grond(
    'wlz-3.3.2-doelmatig',
    art('Wlz', '3.3.2', 3),
    'De zorg thuis is niet doelmatig: dezelfde zorg kan op een andere manier passend en zuiniger worden geregeld.',
  ),
]

/** Mpt refusal: Wlz 3.3.2 lid 4 onder a (verantwoord, doelmatig) and onder b (costlier than a pgb). */
export const MPT_AFWIJZINGSGRONDEN: readonly Grond[] = [
  grond(
    'wlz-3.3.2-4a-verantwoord',
    art('Wlz', '3.3.2', 4, 'a'),
    'De zorg die u met een mpt wilt, kan thuis niet op een verantwoorde manier worden gegeven.',
  ),
  grond(
    'wlz-3.3.2-4a-doelmatig',
    art('Wlz', '3.3.2', 4, 'a'),
    'Het mpt zoals u het wilt, is niet doelmatig: dezelfde zorg kan op een andere manier passend en zuiniger worden geregeld.',
  ),
  grond(
    'wlz-3.3.2-4b-kosten',
    art('Wlz', '3.3.2', 4, 'b'),
    'Het mpt kost, samen met een eventueel pgb, meer dan u met alleen een pgb voor dezelfde zorg zou krijgen.',
  ),
]

/** Meerzorg refusal (Blz 3.1.1 lid 2; the Rlz conditions, number unverified). */
export const MEERZORG_AFWIJZINGSGRONDEN: readonly Grond[] = [
  grond('meerzorg-profiel', RLZ_MEERZORG, 'Bij uw zorgprofiel is meerzorg volgens de regels niet mogelijk.'),
  grond('meerzorg-25', RLZ_MEERZORG, 'Uw zorgbehoefte is niet minstens 25% hoger dan de zorg die bij uw zorgprofiel hoort.'),
  grond('meerzorg-nodig', art('Blz', '3.1.1', 2), 'Met de zorg die bij uw zorgprofiel hoort, kan in uw zorgbehoefte worden voorzien.'),
]

/**
 * Wijziging and intrekking of a pgb: Blz 3.6.7 onder b delegates to the Rlz (2015: art. 5.20).
 * Lid 1: the beschikking must be changed or withdrawn; lid 2: it may be withdrawn, after weighing
 * the client's interests.
 */
export const PGB_INTREKKINGSGRONDEN: readonly Grond[] = [
  grond('intrekking-overleden', RLZ_WIJZIGING, 'De budgethouder is overleden.', { soort: 'moet' }),
  grond(
    'intrekking-verblijf',
    RLZ_WIJZIGING,
    'U verblijft langer dan twee maanden in een instelling (Wet langdurige zorg of Zorgverzekeringswet).',
    { soort: 'moet' },
  ),
  grond('intrekking-verzoek', RLZ_WIJZIGING, 'U heeft ons schriftelijk gevraagd het pgb te wijzigen of te stoppen.', { soort: 'moet' }),
  grond(
    'intrekking-kinderbescherming',
    RLZ_WIJZIGING,
    'Volgens een advies van het maatschappelijk werk of de Raad voor de Kinderbescherming loopt het kind met dit pgb het risico mishandeld of verwaarloosd te worden.',
    { soort: 'moet' },
  ),
  grond('intrekking-indicatie', RLZ_WIJZIGING, 'Uw indicatie is na bezwaar of beroep in uw nadeel veranderd.', { soort: 'moet' }),
  grond('intrekking-woonadres', RLZ_WIJZIGING, 'Volgens de Basisregistratie Personen heeft u geen woonadres meer.', { soort: 'mag' }),
  grond('intrekking-verplichtingen', RLZ_WIJZIGING, 'U heeft zich niet aan de verplichtingen van het pgb gehouden.', { soort: 'mag' }),
  grond('intrekking-voorwaarden', RLZ_WIJZIGING, 'U voldoet niet meer aan de voorwaarden voor een pgb.', { soort: 'mag' }),
]

/** Grounds from earlier template versions: never offered, kept so archived snapshots still read. */
export const VERVALLEN_GRONDEN: readonly Grond[] = [
  grond(
    'wlz-3.3.2-kostengrens',
    art('Wlz', '3.3.2'),
    'De kosten van de zorg thuis zijn hoger dan de kosten van dezelfde zorg in een instelling (kostengrens).',
  ),
]

export const ALLE_GRONDEN: readonly Grond[] = [
  ...PGB_AFWIJZINGSGRONDEN,
  ...VPT_AFWIJZINGSGRONDEN,
  ...MPT_AFWIJZINGSGRONDEN,
  ...MEERZORG_AFWIJZINGSGRONDEN,
  ...PGB_INTREKKINGSGRONDEN,
  ...VERVALLEN_GRONDEN,
]

export type Beslissing = 'pgb' | 'vpt' | 'mpt' | 'meerzorg'
export const AFWIJZINGSGRONDEN: Record<Beslissing, readonly Grond[]> = {
  pgb: PGB_AFWIJZINGSGRONDEN,
  vpt: VPT_AFWIJZINGSGRONDEN,
  mpt: MPT_AFWIJZINGSGRONDEN,
  meerzorg: MEERZORG_AFWIJZINGSGRONDEN,
}
