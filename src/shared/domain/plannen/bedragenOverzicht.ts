import { formatMoney } from '../../format/nl'
import { zorgprofiel } from '../zorgprofielen'
import { BEDRAG_SOORT_LABEL, bedragOp, isVerifiedFor, type BedragSoort, type Referentiebedrag } from './bedragen'
import { OP_MAAT_VANAF } from './opMaat'

export interface BedragSignaal {
  jaar: number
  soort: BedragSoort
  /** Zorgprofiel code for per-profile amounts, '' otherwise. */
  sleutel: string
  status: 'ontbreekt' | 'ongeverifieerd'
  melding: string
}

/** The tariffs every budgetplan is checked against (Blz art. 3.6.5), in every year. */
const TARIEVEN: readonly BedragSoort[] = ['max_tarief_formeel_uur', 'max_tarief_informeel_uur', 'max_tarief_dagdeel']
/** Before op maat the budget per zorgprofiel (Blz 3.6.3); in every year the cost of verblijf (doelmatigheid, not blocking). */
const PER_PROFIEL_TOT_OP_MAAT: readonly BedragSoort[] = ['pgb_budget_jaar']
const PER_PROFIEL_ALTIJD: readonly BedragSoort[] = ['verblijf_kosten_jaar']

/** The rows in force on some day of a year: the one on 1 January and any that start later that year. */
function rijenInJaar(rows: readonly Referentiebedrag[], soort: BedragSoort, sleutel: string, jaar: number): Referentiebedrag[] {
  const first = bedragOp(rows, soort, sleutel, `${jaar}-01-01`)
  const later = rows.filter(
    (r) => r.soort === soort && r.sleutel === sleutel && r.geldigVanaf > `${jaar}-01-01` && r.geldigVanaf <= `${jaar}-12-31`,
  )
  return [...(first ? [first] : []), ...later]
}

function signaal(rows: readonly Referentiebedrag[], soort: BedragSoort, sleutel: string, jaar: number): BedragSignaal | null {
  const wat = `${BEDRAG_SOORT_LABEL[soort]}${sleutel ? ` voor ${zorgprofiel(sleutel)?.kort ?? sleutel}` : ''}`
  const rijen = rijenInJaar(rows, soort, sleutel, jaar)
  if (!rijen.length) return { jaar, soort, sleutel, status: 'ontbreekt', melding: `${jaar}: ${wat} ontbreekt.` }
  const oud = rijen.find((r) => !isVerifiedFor(r, `${jaar}-01-01`) && r.geldigVanaf.slice(0, 4) !== String(jaar))
  const onzeker = rijen.find((r) => !r.geverifieerd)
  if (!oud && !onzeker) return null
  const r = (oud ?? onzeker)!
  const waarom = oud
    ? `alleen het bedrag uit ${r.geldigVanaf.slice(0, 4)} (${formatMoney(r.bedragCent)}) staat in de tabel`
    : `${formatMoney(r.bedragCent)} is niet geverifieerd${r.bron ? ` (bron: ${r.bron})` : ''}`
  return { jaar, soort, sleutel, status: 'ongeverifieerd', melding: `${jaar}: ${wat} is niet geverifieerd: ${waarom}.` }
}

/**
 * For Beheer: per year in use, which amounts the budget checks need are missing or not verified
 * for that year. A blocking check on such an amount is "niet te beoordelen" (beoordeling.ts).
 * `zorgprofielen`: the profiles of the budgetplannen in those years.
 */
export function bedragenPerJaar(
  rows: readonly Referentiebedrag[],
  jaren: readonly number[],
  zorgprofielen: readonly string[],
): BedragSignaal[] {
  const out: BedragSignaal[] = []
  const profielen = [...new Set(zorgprofielen)].sort()
  for (const jaar of [...new Set(jaren)].sort((a, b) => a - b)) {
    const perProfiel = jaar < Number(OP_MAAT_VANAF.slice(0, 4)) ? [...PER_PROFIEL_TOT_OP_MAAT, ...PER_PROFIEL_ALTIJD] : PER_PROFIEL_ALTIJD
    for (const soort of TARIEVEN) {
      const s = signaal(rows, soort, '', jaar)
      if (s) out.push(s)
    }
    for (const soort of perProfiel)
      for (const p of profielen) {
        const s = signaal(rows, soort, p, jaar)
        if (s) out.push(s)
      }
  }
  return out
}
