import type { BriefGegevens } from '../../../../shared/domain/brieven/gegevens'
import type { BriefSoort } from '../../../../shared/domain/brieven/soorten'
import { kort } from '../../../../shared/domain/brieven/artikelen'
import { ZIENSWIJZE_OVERSLAAN } from '../../../../shared/domain/brieven/zienswijze'

export type Veld = keyof BriefGegevens

/** Awb 4:7/4:8 and 4:11: whether the client was asked for a zienswijze before a refusal or withdrawal. */
const ZIENSWIJZE: readonly Veld[] = ['zienswijze', 'zienswijzeOverslaan', 'voornemenDatum', 'voornemenKenmerk']

/**
 * Which of the letter's data fields each letter type asks for, in form order. The op-maat amount
 * fields (toegekendCenten, bedragAfwijkingReden) join pgb_toekenning with the dossier wiring of
 * phase 2 (docs/legal-phase2.md): without the vastgesteld budgetplan they have nothing to compare with.
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
  bevestiging_wachtlijst: ['ingangsdatum', 'aanbieder'],
  ontvangst_bezwaar: ['bezwaarOntvangenOp', 'bestredenKenmerk', 'bestredenBekendgemaaktOp', 'adviescommissie'],
  voornemen_afwijzing: ['voornemenVoor', 'aanvraagOntvangenOp', 'gronden', 'zienswijzeWeken'],
  dubbel_verzekerd: ['aanbieder', 'zorgverzekeraar'],
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
