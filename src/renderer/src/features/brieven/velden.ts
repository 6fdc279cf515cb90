import type { BriefGegevens } from '../../../../shared/domain/brieven/gegevens'
import type { BriefSoort } from '../../../../shared/domain/brieven/soorten'

export type Veld = keyof BriefGegevens

/** Which of the letter's data fields each letter type asks for, in form order. */
export const VELDEN: Record<BriefSoort, readonly Veld[]> = {
  pgb_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'einddatum', 'jaarbedragCenten', 'maximumCenten', 'verantwoordingsvrijCenten'],
  pgb_wijziging: ['ingangsdatum', 'einddatum', 'jaarbedragCenten', 'maximumCenten', 'verantwoordingsvrijCenten'],
  pgb_afwijzing: ['aanvraagOntvangenOp', 'gronden'],
  pgb_intrekking: ['ingangsdatum', 'gronden'],
  vpt_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'aanbieder'],
  mpt_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'aanbieder'],
  vpt_afwijzing: ['aanvraagOntvangenOp', 'gronden'],
  mpt_afwijzing: ['aanvraagOntvangenOp', 'gronden'],
  overbrugging: ['leveringsvorm', 'ingangsdatum', 'aanbieder'],
  meerzorg_toekenning: ['aanvraagOntvangenOp', 'ingangsdatum', 'einddatum', 'urenPerWeek'],
  meerzorg_afwijzing: ['aanvraagOntvangenOp', 'gronden'],
  uitnodiging_keuzegesprek: ['gesprekDatum', 'gesprekTijd', 'gesprekPlaats'],
  bevestiging_wachtlijst: ['ingangsdatum', 'aanbieder'],
  ontvangst_bezwaar: ['bezwaarOntvangenOp', 'bestredenKenmerk'],
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
}

export const MONEY_FIELDS: ReadonlySet<Veld> = new Set(['jaarbedragCenten', 'maximumCenten', 'verantwoordingsvrijCenten'])
export const DATE_FIELDS: ReadonlySet<Veld> = new Set([
  'aanvraagOntvangenOp',
  'ingangsdatum',
  'einddatum',
  'gesprekDatum',
  'bezwaarOntvangenOp',
])
