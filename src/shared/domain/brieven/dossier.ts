import { formatDateLong as d } from '../../format/nl'
import type { Blok } from '../../print/brief'
import type { GelijkgesteldeDag } from '../termijnen/feestdagen'
import { zorgprofiel } from '../zorgprofielen'
import { blok } from './blok'

/**
 * What a letter takes from the dossier rather than from the adviser: the CIZ indicatie the decision
 * rests on, the vastgesteld budgetplan a pgb op maat comes from, and the gelijkgestelde dagen for
 * dates the letter computes. Read by main when the letter is made (docs/legal-phase2.md); a snapshot
 * or a caller without it leaves BriefBron.dossier undefined, and the letter then names none of it.
 */
export interface BriefDossier {
  /** The indicatie in force on the letter's ingangsdatum (else today); null when there is none. */
  indicatie: { besluitnummer: string; zorgprofiel: string; ingangsdatum: string; einddatum: string | null } | null
  /** The vastgesteld budgetplan version the pgb toekenning belongs to; null when none is vastgesteld. */
  budgetplan: { versieId: number; nummer: number; vastgesteldOp: string; periodeVan: string; periodeTot: string; totaalCent: number } | null
  gelijkgesteldeDagen: readonly GelijkgesteldeDag[]
}

/** "5VG: VG Wonen met intensieve begeleiding en intensieve verzorging" (code and name, as the CIZ names it). */
export function profielNaam(code: string): string {
  const zp = zorgprofiel(code)
  return zp ? `${zp.kort}: ${zp.naam}` : code
}

/**
 * A toekenning names the indicatie it rests on: zorgprofiel (code and name), the CIZ besluitnummer
 * and its period (Blz 3.2.3: the indicatiebesluit holds the zorgprofiel, start and geldigheidsduur).
 * Missing: the letter cannot be finalised. `ingang`: the first day the decision applies.
 */
export function indicatieBlok(dossier: BriefDossier | undefined, ingang: string | null): { blokken: Blok[]; ontbrekend: string[] } {
  if (!dossier) return { blokken: [], ontbrekend: [] }
  const ind = dossier.indicatie
  if (!ind)
    return {
      blokken: [],
      ontbrekend: ['Het dossier heeft geen indicatie van het CIZ voor deze periode. Een toekenning kan niet zonder indicatie.'],
    }
  const geldig = ind.einddatum
    ? `geldig van ${d(ind.ingangsdatum)} tot en met ${d(ind.einddatum)}`
    : `geldig vanaf ${d(ind.ingangsdatum)}, zonder einddatum`
  const buiten = ingang !== null && (ingang < ind.ingangsdatum || (ind.einddatum !== null && ingang > ind.einddatum))
  return {
    blokken: [
      blok('indicatie', 'Uw indicatie', ['Dit besluit hoort bij uw indicatie van het CIZ (Centrum indicatiestelling zorg):'], {
        lijst: [`zorgprofiel ${profielNaam(ind.zorgprofiel)};`, `besluitnummer ${ind.besluitnummer};`, `${geldig}.`],
      }),
    ],
    ontbrekend: buiten ? ['De ingangsdatum ligt buiten de geldigheid van de indicatie. Controleer de datum of de indicatie.'] : [],
  }
}
