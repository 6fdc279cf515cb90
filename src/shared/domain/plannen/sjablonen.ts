import {
  BudgetplanInhoudSchema,
  ZorgplanInhoudSchema,
  type BudgetZorgverlener,
  type PlanSoort,
  type ZorgRegel,
} from '../../contracts/plannen.inhoud'

/**
 * Starting points for a new draft, per leveringsvorm and sector. They hold prompts, never amounts:
 * tariffs come from the dated tables and the adviser fills them in.
 */
export interface Sjabloon {
  id: string
  soort: PlanSoort
  naam: string
  omschrijving: string
}

export const SJABLONEN: readonly Sjabloon[] = [
  { id: 'zorgplan_leeg', soort: 'zorgplan', naam: 'Leeg zorgplan', omschrijving: 'Alle onderdelen leeg.' },
  {
    id: 'zorgplan_verblijf_vv',
    soort: 'zorgplan',
    naam: 'Verblijf — ouderenzorg (VV)',
    omschrijving: 'Wonen in een verpleeghuis, met vragen voor ouderenzorg.',
  },
  {
    id: 'zorgplan_verblijf_gz',
    soort: 'zorgplan',
    naam: 'Verblijf — gehandicaptenzorg (VG/LG/ZG)',
    omschrijving: 'Wonen in een instelling, met vragen voor gehandicaptenzorg.',
  },
  { id: 'zorgplan_thuis', soort: 'zorgplan', naam: 'Zorg thuis — vpt of mpt', omschrijving: 'Zorg thuis vanuit een aanbieder.' },
  { id: 'budgetplan_leeg', soort: 'budgetplan', naam: 'Leeg budgetplan', omschrijving: 'Zonder zorgverleners.' },
  {
    id: 'budgetplan_mantelzorger',
    soort: 'budgetplan',
    naam: 'Pgb — informele zorg door een bekende',
    omschrijving: 'Bijvoorbeeld ochtendverzorging door iemand die het gezin kent.',
  },
  {
    id: 'budgetplan_formeel',
    soort: 'budgetplan',
    naam: 'Pgb — zorgaanbieder met dagbesteding',
    omschrijving: 'Begeleiding en dagbesteding bij een formele aanbieder.',
  },
]

const regel = (id: string, r: Partial<ZorgRegel> & Pick<ZorgRegel, 'soortZorg' | 'eenheid'>): ZorgRegel => ({
  id,
  perWeek: 0,
  tariefCent: 0,
  wanneer: '',
  omschrijving: '',
  ...r,
})
const zorgverlener = (z: Partial<BudgetZorgverlener> & Pick<BudgetZorgverlener, 'id' | 'soort' | 'overeenkomst'>): BudgetZorgverlener => ({
  naam: '',
  kvkNummer: '',
  bigNummer: '',
  relatie: 'geen',
  regels: [],
  ...z,
})

type ZorgplanTekst =
  'doelen' | 'zorgverleners' | 'leven' | 'evaluatieAfspraken' | 'wensen' | 'mantelzorg' | 'wilsbekwaamheid' | 'weigeringen'
/** Guiding questions per field of a zorgplan: shown as placeholder and help text, never saved as content. */
export type ZorgplanVragen = Partial<Record<ZorgplanTekst, string>> & { onderwerpen?: Partial<Record<string, string>> }

const ZORGPLAN_VRAGEN: Record<string, ZorgplanVragen> = {
  zorgplan_verblijf_vv: {
    doelen: 'Wat wil de cliënt bereiken of behouden in de komende zes maanden?',
    zorgverleners: 'Eerstverantwoordelijk verzorgende (EVV), specialist ouderengeneeskunde, aanspreekpunt voor de coördinatie.',
    evaluatieAfspraken: 'Bijvoorbeeld: tweemaal per jaar, en eerder als de situatie verandert.',
    onderwerpen: {
      persoonlijkeVerzorging: 'Hoe vaak wil de cliënt douchen? Hulp bij toiletgang en incontinentie: wat is afgesproken?',
      voeding: 'Eetwensen, dieet, hulp bij eten en drinken.',
      buitenlucht: 'Wie gaat met de cliënt naar buiten, en hoe vaak?',
    },
  },
  zorgplan_verblijf_gz: {
    doelen: 'Welke vaardigheden wil de cliënt leren of behouden?',
    zorgverleners: 'Persoonlijk begeleider, gedragsdeskundige, aanspreekpunt voor de coördinatie.',
    evaluatieAfspraken: 'Bijvoorbeeld: tweemaal per jaar met cliënt en vertegenwoordiger.',
    onderwerpen: {
      daginvulling: 'Dagbesteding of werk: waar, hoe vaak?',
      ontwikkeling: 'Onderwijs of leren: afstemming met school of werk.',
    },
  },
  zorgplan_thuis: {
    doelen: 'Wat is nodig om veilig thuis te blijven wonen?',
    zorgverleners: 'Wijkverpleging of thuiszorgaanbieder, huisarts, mantelzorger.',
    mantelzorg: 'Wie helpt er nu, hoeveel uur per week? Is de mantelzorger overbelast?',
    evaluatieAfspraken: 'Bijvoorbeeld: tweemaal per jaar; eerder bij een val, ziekenhuisopname of overbelasting van de mantelzorg.',
  },
}

/** The guiding questions of a zorgplan template (none for an empty plan or a budgetplan). */
export const zorgplanVragen = (sjabloon: string): ZorgplanVragen => ZORGPLAN_VRAGEN[sjabloon] ?? {}

/**
 * The content a new version starts with. A zorgplan starts empty: its template's questions are
 * placeholders (zorgplanVragen), so nothing prints as an agreement that was never made. Unknown ids
 * fall back to an empty plan of the kind.
 */
export function sjabloonInhoud(id: string, periode: { van: string; tot: string }) {
  switch (id) {
    case 'budgetplan_mantelzorger':
      return BudgetplanInhoudSchema.parse({
        periodeVan: periode.van,
        periodeTot: periode.tot,
        zorgverleners: [
          zorgverlener({
            id: 'zv1',
            soort: 'informeel',
            relatie: 'vriend_buur',
            overeenkomst: 'opdracht',
            regels: [regel('r1', { soortZorg: 'verzorging', eenheid: 'uur', wanneer: 'Maandag tot en met vrijdag, ochtend' })],
          }),
        ],
      })
    case 'budgetplan_formeel':
      return BudgetplanInhoudSchema.parse({
        periodeVan: periode.van,
        periodeTot: periode.tot,
        zorgverleners: [
          zorgverlener({
            id: 'zv1',
            soort: 'formeel',
            overeenkomst: 'zorginstelling',
            regels: [
              regel('r1', { soortZorg: 'begeleiding', eenheid: 'uur' }),
              regel('r2', { soortZorg: 'dagbesteding', eenheid: 'dagdeel' }),
            ],
          }),
        ],
      })
    case 'budgetplan_leeg':
      return BudgetplanInhoudSchema.parse({ periodeVan: periode.van, periodeTot: periode.tot })
    default:
      return ZorgplanInhoudSchema.parse({})
  }
}
