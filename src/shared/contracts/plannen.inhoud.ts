import { z } from 'zod'
import { OptionalIsoDate } from './common'

/**
 * The content of a zorgplan or budgetplan version, stored as one JSON document per version. Every
 * text is bounded so a pasted 1 MB text gets a clear message instead of a silent cut.
 */
export const MAX_TEKST = 20_000
const tekst = (max = MAX_TEKST) =>
  z
    .string()
    .max(max, `Deze tekst is te lang: hoogstens ${max.toLocaleString('nl-NL')} tekens. Er is niets van weggegooid; maak de tekst korter.`)
    .default('')

/** Blz art. 6.1.1: the nine topics that must be discussed for Wlz art. 8.1.1 lid 1 sub c. */
export const GESPREKSONDERWERPEN = [
  ['zeggenschap', 'a. Zeggenschap over de inrichting van het leven, ook mantelzorgers en vrijwilligers'],
  ['persoonlijkeVerzorging', 'b. Dagelijks douchen, tijdige hulp bij toiletgang en incontinentiemateriaal'],
  ['voeding', 'c. Voldoende en gezonde voeding en drinken'],
  ['leefruimte', 'd. Een schone en verzorgde leefruimte'],
  ['bejegening', 'e. Respectvolle bejegening, veilige en aangename leefsfeer'],
  ['levensovertuiging', 'f. Beleven van godsdienst of levensovertuiging'],
  ['daginvulling', 'g. Zinvolle daginvulling en beweging'],
  ['buitenlucht', 'h. Dagelijks in de buitenlucht'],
  ['ontwikkeling', 'i. Ontwikkeling en ontplooiing, ook afstemming met school'],
] as const
export type Gespreksonderwerp = (typeof GESPREKSONDERWERPEN)[number][0]

const onderwerpenShape = Object.fromEntries(GESPREKSONDERWERPEN.map(([key]) => [key, tekst(5000)])) as Record<
  Gespreksonderwerp,
  ReturnType<typeof tekst>
>

export const ZorgplanInhoudSchema = z.strictObject({
  // Wlz art. 8.1.1 lid 1 sub a–d: the four things the plan must agree on.
  doelen: tekst(),
  zorgverleners: tekst(),
  leven: tekst(),
  evaluatieAfspraken: tekst(2000),
  /** The next agreed evaluation; it becomes a task in the caseload. */
  volgendeEvaluatie: OptionalIsoDate,
  onderwerpen: z
    .strictObject(onderwerpenShape)
    .default(() => Object.fromEntries(GESPREKSONDERWERPEN.map(([k]) => [k, ''])) as Record<Gespreksonderwerp, string>),
  wensen: tekst(),
  mantelzorg: tekst(),
  /** Wlz art. 8.1.1 lid 3: the client may hand in a persoonlijk plan beforehand. */
  persoonlijkPlanOntvangenOp: OptionalIsoDate,
  /** Wlz art. 8.1.3 lid 3–6: wilsonbekwaamheid, refusals, wishes not followed. */
  wilsbekwaamheid: tekst(),
  weigeringen: tekst(),
})
export type ZorgplanInhoud = z.output<typeof ZorgplanInhoudSchema>

export const ZORG_SOORTEN = [
  'begeleiding',
  'verzorging',
  'verpleging',
  'dagbesteding',
  'logeeropvang',
  'vervoer',
  'huishoudelijke_hulp',
] as const
export const ZORG_SOORT_LABEL: Record<(typeof ZORG_SOORTEN)[number], string> = {
  begeleiding: 'Begeleiding',
  verzorging: 'Persoonlijke verzorging',
  verpleging: 'Verpleging',
  dagbesteding: 'Dagbesteding',
  logeeropvang: 'Logeeropvang',
  vervoer: 'Vervoer',
  huishoudelijke_hulp: 'Huishoudelijke hulp',
}
/** Hours, dagdelen (dagbesteding, begeleiding groep) or etmalen (logeeropvang). */
export const EENHEDEN = ['uur', 'dagdeel', 'etmaal'] as const
export const EENHEID_LABEL = { uur: 'uur', dagdeel: 'dagdeel', etmaal: 'etmaal' } as const
export const EENHEID_MEERVOUD = { uur: 'uren', dagdeel: 'dagdelen', etmaal: 'etmalen' } as const

/** SVB model zorgovereenkomsten (mandatory since 1 April 2017). */
export const OVEREENKOMSTEN = ['zorginstelling', 'arbeidsovereenkomst', 'opdracht', 'familie'] as const
export const OVEREENKOMST_LABEL = {
  zorginstelling: 'Met een zorginstelling',
  arbeidsovereenkomst: 'Arbeidsovereenkomst',
  opdracht: 'Overeenkomst van opdracht',
  familie: 'Met partner of familielid',
} as const

export const RELATIES = ['geen', 'partner', 'ouder', 'kind', 'broer_zus', 'familie_overig', 'vriend_buur'] as const
export const RELATIE_LABEL = {
  geen: 'Geen (beroepskracht)',
  partner: 'Partner',
  ouder: 'Ouder',
  kind: 'Kind',
  broer_zus: 'Broer of zus',
  familie_overig: 'Ander familielid',
  vriend_buur: 'Vriend, buur of kennis',
} as const

const localId = z.string().min(1).max(40)
const cents = z
  .number()
  .int('Een bedrag heeft hoogstens twee cijfers achter de komma.')
  .min(0, 'Een bedrag kan niet negatief zijn.')
  .max(100_000_000)

export const ZorgRegelSchema = z.strictObject({
  id: localId,
  soortZorg: z.enum(ZORG_SOORTEN, { error: 'Kies de soort zorg.' }),
  eenheid: z.enum(EENHEDEN),
  perWeek: z.number().min(0, 'Het aantal per week kan niet negatief zijn.').max(168, 'Een week heeft 168 uur; vul hoogstens 168 in.'),
  tariefCent: cents,
  wanneer: tekst(500),
  omschrijving: tekst(5000),
})
export type ZorgRegel = z.output<typeof ZorgRegelSchema>

export const BudgetZorgverlenerSchema = z.strictObject({
  id: localId,
  naam: tekst(200),
  /** Blz art. 3.6.5 lid 3: formal = care business in the KvK, zzp'er in the KvK, or BIG-registered. */
  soort: z.enum(['formeel', 'informeel']),
  kvkNummer: z
    .string()
    .trim()
    .max(8)
    .refine((v) => v === '' || /^\d{8}$/.test(v), 'Een KvK-nummer heeft 8 cijfers.')
    .default(''),
  bigNummer: z
    .string()
    .trim()
    .max(11)
    .refine((v) => v === '' || /^\d{11}$/.test(v), 'Een BIG-nummer heeft 11 cijfers.')
    .default(''),
  relatie: z.enum(RELATIES).default('geen'),
  overeenkomst: z.enum(OVEREENKOMSTEN),
  regels: z.array(ZorgRegelSchema).max(30, 'Hoogstens 30 zorgregels per zorgverlener.').default([]),
})
export type BudgetZorgverlener = z.output<typeof BudgetZorgverlenerSchema>

export const OORDELEN = ['voldoende', 'twijfel', 'onvoldoende'] as const
export const PgbVaardigheidSchema = z.strictObject({ oordeel: z.enum(OORDELEN).nullable().default(null), toelichting: tekst(2000) })

export const KeuzegesprekSchema = z.strictObject({
  datum: OptionalIsoDate,
  aanwezigen: tekst(1000),
  gewaarborgdeHulp: tekst(200),
  uitkomst: z.enum(['positief', 'negatief', 'aangehouden']).nullable().default(null),
  verslag: tekst(),
})

export const WooninitiatiefSchema = z.strictObject({
  actief: z.boolean().default(false),
  bewoners: z.number().int().min(0).max(1000).nullable().default(null),
  eenAdres: z.boolean().default(false),
  afstandMeter: z.number().int().min(0).max(100_000).nullable().default(null),
  gemeenschappelijkeRuimte: z.boolean().default(false),
})

export const BudgetplanInhoudSchema = z.strictObject({
  periodeVan: OptionalIsoDate,
  periodeTot: OptionalIsoDate,
  zorgverleners: z.array(BudgetZorgverlenerSchema).max(20, 'Hoogstens 20 zorgverleners in één budgetplan.').default([]),
  toelichting: tekst(),
  /** Cost of the mpt part per year, when the client combines mpt and pgb (Wlz art. 3.3.2 lid 4b). */
  mptPerJaarCent: cents.nullable().default(null),
  wooninitiatief: WooninitiatiefSchema.default(() => ({
    actief: false,
    bewoners: null,
    eenAdres: false,
    afstandMeter: null,
    gemeenschappelijkeRuimte: false,
  })),
  pgbVaardigheid: z
    .array(PgbVaardigheidSchema)
    .length(10)
    .default(() => Array.from({ length: 10 }, () => ({ oordeel: null, toelichting: '' }))),
  keuzegesprek: KeuzegesprekSchema.default(() => ({ datum: null, aanwezigen: '', gewaarborgdeHulp: '', uitkomst: null, verslag: '' })),
})
export type BudgetplanInhoud = z.output<typeof BudgetplanInhoudSchema>

/** The ten points of pgb-vaardigheid (VWS framework, wording as summarised by Per Saldo). */
export const PGB_VAARDIGHEID_PUNTEN = [
  'Een goed overzicht van de eigen situatie houden.',
  'Weten welke regels er horen bij een pgb.',
  'Een overzichtelijke pgb-administratie bijhouden.',
  'Communiceren met de gemeente, zorgverzekeraar of zorgkantoor, de SVB en zorgverleners.',
  'Zelfstandig handelen en zelf voor zorgverleners kiezen.',
  'Zelf afspraken maken, deze bijhouden en zich eraan houden.',
  'Beoordelen of de zorg uit het pgb past.',
  'Zelf de zorg regelen met één of meer zorgverleners.',
  'Zorgen dat de zorgverleners weten wat ze moeten doen.',
  'Weten wat je moet doen als werkgever of opdrachtgever van een zorgverlener.',
] as const

export const PlanInhoudSchema = z.discriminatedUnion('soort', [
  z.strictObject({ soort: z.literal('zorgplan'), inhoud: ZorgplanInhoudSchema }),
  z.strictObject({ soort: z.literal('budgetplan'), inhoud: BudgetplanInhoudSchema }),
])
export type PlanInhoud = z.output<typeof PlanInhoudSchema>
export type PlanSoort = PlanInhoud['soort']
