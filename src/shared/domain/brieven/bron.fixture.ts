import { DEFAULT_BRIEFPAPIER } from '../../print/briefpapier'
import { BESLUITEN_2023_2028 } from '../termijnen/kalender.fixture'
import type { BriefDossier } from './dossier'
import { BriefGegevensSchema, type BriefGegevens } from './gegevens'
import type { BriefBron } from './inhoud'
import type { BriefSoort } from './soorten'

/**
 * Test fixture: a letter source with fictitious data, as brieven.service builds it, with the dossier
 * facts phase 2 will read (Max's VG5 indicatie and a vastgesteld budgetplan for 2027).
 */
export const DOSSIER: BriefDossier = {
  indicatie: { besluitnummer: '2026000808', zorgprofiel: '808', ingangsdatum: '2026-01-01', einddatum: null },
  budgetplan: {
    versieId: 7,
    nummer: 2,
    vastgesteldOp: '2026-11-20',
    periodeVan: '2027-01-01',
    periodeTot: '2027-12-31',
    totaalCent: 637_186,
  },
  gelijkgesteldeDagen: BESLUITEN_2023_2028,
}

export function bron(
  soort: BriefSoort,
  gegevens: Partial<BriefGegevens> = {},
  extra: Partial<Omit<BriefBron, 'gegevens'>> & { toelichting?: string } = {},
): BriefBron {
  const { toelichting = '', ...rest } = extra
  return {
    soort,
    gegevens: BriefGegevensSchema.parse(gegevens),
    vrijeTekst: { toelichting, afsluiting: '' },
    datum: '2026-11-22',
    kenmerk: 'BR-2026-000042',
    client: {
      naam: 'A. Adriaanse (fictief)',
      aanhefNaam: 'Adriaanse (fictief)',
      geslacht: 'vrouw',
      geboortedatum: '1950-03-04',
      adres: { straat: 'Voorbeeldlaan', huisnummer: '12', huisnummerToevoeging: '', postcode: '1011 AB', woonplaats: 'Amsterdam' },
    },
    vertegenwoordiger: null,
    adviseur: { naam: 'Test Adviseur', functie: 'Klantadviseur' },
    briefpapier: {
      ...DEFAULT_BRIEFPAPIER,
      organisatie: 'Zorgkantoor Proefregio (fictief)',
      telefoon: '020 123 45 67',
      postadres: 'Postbus 1234, 1000 AB  AMSTERDAM',
    },
    corrigeert: null,
    ...rest,
  }
}

/** Every paragraph, list item and table row of a letter as one text, to search in. */
export const tekstVan = (props: {
  aanhef: string
  blokken: Array<{ titel: string | null; alineas: string[]; lijst: string[]; tabel: Array<{ label: string; waarde: string }> }>
}) =>
  [
    props.aanhef,
    ...props.blokken.flatMap((b) => [b.titel ?? '', ...b.alineas, ...b.lijst, ...b.tabel.map((r) => `${r.label}: ${r.waarde}`)]),
  ].join('\n')
