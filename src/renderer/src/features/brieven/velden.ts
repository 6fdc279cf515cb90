import type { BriefGegevens } from '../../../../shared/domain/brieven/gegevens'
import type { BriefSoort } from '../../../../shared/domain/brieven/soorten'
import { kort } from '../../../../shared/domain/brieven/artikelen'
import { ZIENSWIJZE_OVERSLAAN } from '../../../../shared/domain/brieven/zienswijze'
import { OP_MAAT_VANAF } from '../../../../shared/domain/plannen/opMaat'
import { CLASSIFICATIES, WACHTSTATUSSEN, WACHTSTATUS_LABEL } from '../../../../shared/domain/aanbieders/codes'
import { formatClassificatie } from '../../../../shared/format/codes'

export type Veld = keyof BriefGegevens

/** Awb 4:7/4:8 and 4:11: whether the client was asked for a zienswijze before a refusal or withdrawal. */
const ZIENSWIJZE: readonly Veld[] = ['zienswijze', 'zienswijzeOverslaan', 'voornemenDatum', 'voornemenKenmerk']

/**
 * Which of the letter's data fields each letter type asks for, in form order. A pgb toekenning or
 * wijziging from 2025 asks other amounts (veldenVoor): the budget op maat follows the plan.
 */
export const VELDEN: Record<BriefSoort, readonly Veld[]> = {
  pgb_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'einddatum', 'jaarbedragCenten', 'maximumCenten', 'verantwoordingsvrijCenten'],
  pgb_wijziging: ['ingangsdatum', 'einddatum', 'jaarbedragCenten', 'maximumCenten', 'verantwoordingsvrijCenten', 'gronden', ...ZIENSWIJZE],
  pgb_afwijzing: ['aanvraagOntvangenOp', 'gronden', ...ZIENSWIJZE],
  pgb_intrekking: ['ingangsdatum', 'gronden', ...ZIENSWIJZE],
  vpt_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'aanbieder'],
  mpt_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'aanbieder'],
  vpt_afwijzing: ['aanvraagOntvangenOp', 'gronden', ...ZIENSWIJZE],
  mpt_afwijzing: ['aanvraagOntvangenOp', 'gronden', ...ZIENSWIJZE],
  overbrugging: ['leveringsvorm', 'ingangsdatum', 'aanbieder'],
  meerzorg_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'einddatum', 'urenPerWeek'],
  meerzorg_afwijzing: ['aanvraagOntvangenOp', 'gronden', ...ZIENSWIJZE],
  uitnodiging_keuzegesprek: ['gesprekDatum', 'gesprekTijd', 'gesprekPlaats'],
  bevestiging_wachtlijst: ['ingangsdatum', 'aanbieder', 'wachtstatus', 'classificatie', 'overbruggingDoor'],
  ontvangst_bezwaar: ['bezwaarOntvangenOp', 'bestredenKenmerk', 'bestredenBekendgemaaktOp', 'adviescommissie'],
  voornemen_afwijzing: ['voornemenVoor', 'aanvraagOntvangenOp', 'gronden', 'zienswijzeWeken'],
  dubbel_verzekerd: ['aanbieder', 'zorgverzekeraar'],
}

/** Before 2025: the budget for the zorgprofiel and a period of the adviser's choice (op maat: the plan's period). */
const PER_PROFIEL: readonly Veld[] = ['einddatum', 'jaarbedragCenten', 'maximumCenten']
/** From 2025: the plan's total, or less with a reason (a batch grants each client's own plan). */
const OP_MAAT: readonly Veld[] = ['toegekendCenten', 'bedragAfwijkingReden']

/** A pgb toekenning or wijziging is op maat from 1 January 2025 (an empty ingangsdatum: the plan's, from 2025). */
export const isOpMaatPgb = (soort: BriefSoort, g: BriefGegevens): boolean =>
  (soort === 'pgb_toekenning' || soort === 'pgb_wijziging') && (g.ingangsdatum === null || g.ingangsdatum >= OP_MAAT_VANAF)

/** The fields of this letter as its data stand now; `reeks`: a batch, where op maat has no amount to enter. */
export function veldenVoor(soort: BriefSoort, g: BriefGegevens, reeks = false): readonly Veld[] {
  if (!isOpMaatPgb(soort, g)) return VELDEN[soort]
  return VELDEN[soort].flatMap((v) => (v === 'jaarbedragCenten' ? (reeks ? [] : OP_MAAT) : PER_PROFIEL.includes(v) ? [] : [v]))
}

/** Moving the ingangsdatum across 1 January 2025 empties the amounts of the other regime. */
export function metIngangsdatum(soort: BriefSoort, g: BriefGegevens, ingangsdatum: string | null): BriefGegevens {
  const next = { ...g, ingangsdatum }
  if (soort !== 'pgb_toekenning' && soort !== 'pgb_wijziging') return next
  return isOpMaatPgb(soort, next)
    ? { ...next, jaarbedragCenten: null, maximumCenten: null }
    : { ...next, toegekendCenten: null, bedragAfwijkingReden: '' }
}

export const VELD_LABEL: Record<Veld, string> = {
  aanvraagOntvangenOp: 'Aanvraag ontvangen op',
  ingangsdatum: 'Ingangsdatum',
  einddatum: 'Einddatum',
  jaarbedragCenten: 'Budget per jaar (€)',
  maximumCenten: 'Maximum voor het zorgprofiel (€)',
  verantwoordingsvrijCenten: 'Verantwoordingsvrij bedrag (€)',
  gronden: 'Redenen',
  leveringsvorm: 'Leveringsvorm tijdens het wachten',
  aanbieder: 'Zorgaanbieder',
  urenPerWeek: 'Extra uren zorg per week',
  gesprekDatum: 'Datum gesprek',
  gesprekTijd: 'Tijd gesprek (uu:mm)',
  gesprekPlaats: 'Plaats gesprek',
  bezwaarOntvangenOp: 'Bezwaarschrift ontvangen op',
  bestredenKenmerk: 'Kenmerk van het besluit',
  bestredenBekendgemaaktOp: 'Besluit verstuurd op',
  adviescommissie: 'Een adviescommissie hoort het bezwaar (beslistermijn 12 weken)',
  toegekendCenten: 'Toegekend bedrag, als dat lager is dan het budgetplan (€)',
  bedragAfwijkingReden: 'Reden voor een ander bedrag dan het budgetplan',
  voornemenVoor: 'Voornemen tot afwijzing van',
  zienswijzeWeken: 'Weken voor een reactie (zienswijze)',
  zienswijze: 'Zienswijze van de cliënt (Awb 4:7/4:8)',
  zienswijzeOverslaan: 'Reden om geen zienswijze te vragen (Awb 4:11)',
  voornemenKenmerk: 'Kenmerk van het voornemen',
  voornemenDatum: 'Datum van het voornemen',
  zorgverzekeraar: 'Zorgverzekeraar',
  wachtstatus: 'Wachtstatus',
  classificatie: 'Classificatie (wens van de cliënt)',
  overbruggingDoor: 'Overbruggingszorg door (leeg = geen)',
}

/** The choices of the select fields. */
export const KEUZES: Partial<Record<Veld, ReadonlyArray<readonly [string, string]>>> = {
  leveringsvorm: [
    ['vpt', 'Vpt'],
    ['mpt', 'Mpt'],
    ['pgb', 'Pgb'],
  ],
  voornemenVoor: [
    ['pgb', 'Pgb'],
    ['vpt', 'Vpt'],
    ['mpt', 'Mpt'],
    ['meerzorg', 'Meerzorg'],
  ],
  zienswijze: [
    ['gevraagd', 'Gevraagd met een voornemen'],
    ['niet_nodig', 'Niet nodig: de feiten komen van de cliënt zelf'],
    ['overgeslagen', 'Niet gevraagd, om een reden van Awb 4:11'],
  ],
  wachtstatus: WACHTSTATUSSEN.map((s) => [s, WACHTSTATUS_LABEL[s]] as const),
  classificatie: Object.entries(CLASSIFICATIES).map(([code]) => [code, formatClassificatie(code)] as const),
  zienswijzeOverslaan: ZIENSWIJZE_OVERSLAAN.map((r) => [r.code, `${r.adviseur} (${kort(r.ref)})`] as const),
}

export const MONEY_FIELDS: ReadonlySet<Veld> = new Set([
  'jaarbedragCenten',
  'maximumCenten',
  'verantwoordingsvrijCenten',
  'toegekendCenten',
])
export const DATE_FIELDS: ReadonlySet<Veld> = new Set([
  'aanvraagOntvangenOp',
  'ingangsdatum',
  'einddatum',
  'gesprekDatum',
  'bezwaarOntvangenOp',
  'bestredenBekendgemaaktOp',
  'voornemenDatum',
])
