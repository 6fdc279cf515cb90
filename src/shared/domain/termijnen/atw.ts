import { formatDateLong } from '../../format/nl'
import { addDays } from '../dates'
import { addMonths, addWeeks } from './calendar'
import { DAGNAMEN, isWerkdag, rustdag, weekdag, type GelijkgesteldeDag } from './feestdagen'

/** How long a term is, in the unit the law states it in (Atw art. 4 looks at exactly that). */
export type Lengte = { eenheid: 'uren' | 'dagen' | 'weken' | 'maanden' | 'jaren'; aantal: number }

export interface Termijn {
  /** The day the term is counted from; its first day is the day after (Awb 6:8 lid 1). */
  vanaf: string
  lengte: Lengte
  /** Counted backwards from a moment, e.g. six weeks before an einddatum (Atw art. 1 lid 2). */
  terug?: boolean
  /** Days the term stood still (Awb 4:15, 7:10 lid 2): added at the end; they do not lengthen it for art. 4. */
  opgeschortDagen?: number
}

export interface Termijneinde {
  /** The last day of the term after the Atw. */
  datum: string
  /** The last day as counted, before any extension. */
  berekend: string
  /** The days passed over, in order, with the feestdag's name (null for a plain Saturday or Sunday). */
  overgeslagen: Array<{ datum: string; naam: string | null }>
  /** Why the Atw does not extend this term, or null when it applies. */
  geenAtw: string | null
  /** The move in words ("Verschoven van vrijdag 26 maart 2027 (Goede Vrijdag), …"), or null when the date stands. */
  uitleg: string | null
}

const ATW = 'Algemene termijnenwet'

/**
 * Atw art. 4 lid 1 sub a: the Act does not apply to terms in hours, of more than 90 days, more than
 * twelve weeks, more than three months, or of one or more years (so exactly twelve weeks still
 * rolls). Art. 1 lid 2: nor to a term counted backwards. Returns the reason in Dutch, or null.
 */
export function geenAtwReden(lengte: Lengte, terug = false): string | null {
  if (terug) return `Een termijn die terugrekent, wordt niet verlengd (${ATW} art. 1 lid 2).`
  const { eenheid, aantal } = lengte
  const grens = { uren: -1, dagen: 90, weken: 12, maanden: 3, jaren: 0 }[eenheid]
  if (aantal <= grens) return null
  const wat = {
    uren: 'in uren',
    dagen: 'van meer dan 90 dagen',
    weken: 'van meer dan twaalf weken',
    maanden: 'van meer dan drie maanden',
    jaren: 'van een jaar of langer',
  }[eenheid]
  return `Een termijn ${wat} wordt niet verlengd (${ATW} art. 4).`
}

const dagMaand = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' })
const kort = (iso: string) => dagMaand.format(new Date(`${iso}T00:00:00Z`))

/** "vrijdag 26 maart 2027" */
export const metDag = (iso: string): string => `${DAGNAMEN[weekdag(iso)]} ${formatDateLong(iso)}`

/** "vrijdag 26 maart 2027 (Goede Vrijdag), zaterdag, zondag, maandag 29 maart (tweede Paasdag)" */
function dagenInWoorden(dagen: Termijneinde['overgeslagen']): string {
  return dagen
    .map((d, i) => {
      const naam = d.naam ? ` (${d.naam})` : ''
      if (i === 0) return `${metDag(d.datum)}${naam}`
      if (!d.naam) return DAGNAMEN[weekdag(d.datum)]
      const datum = d.datum.slice(0, 4) === dagen[0]!.datum.slice(0, 4) ? kort(d.datum) : formatDateLong(d.datum)
      return `${DAGNAMEN[weekdag(d.datum)]} ${datum}${naam}`
    })
    .join(', ')
}

/** Atw art. 1 lid 1: an end on a Saturday, Sunday or feestdag moves to the next day that is none of these. */
export function verschuif(datum: string, gelijkgesteld: readonly GelijkgesteldeDag[]): Termijneinde {
  const overgeslagen: Termijneinde['overgeslagen'] = []
  let dag = datum
  for (let r = rustdag(dag, gelijkgesteld); r; r = rustdag(dag, gelijkgesteld)) {
    overgeslagen.push({ datum: dag, naam: r.naam })
    dag = addDays(dag, 1)
  }
  const uitleg = overgeslagen.length ? `Verschoven van ${dagenInWoorden(overgeslagen)} naar ${metDag(dag)} (${ATW}).` : null
  return { datum: dag, berekend: datum, overgeslagen, geenAtw: null, uitleg }
}

/** The last day as counted: forwards from `vanaf`, or backwards, plus suspended days. */
function geteld(t: Termijn): string {
  const n = t.terug ? -t.lengte.aantal : t.lengte.aantal
  const eind = {
    uren: t.vanaf,
    dagen: addDays(t.vanaf, n),
    weken: addWeeks(t.vanaf, n),
    maanden: addMonths(t.vanaf, n),
    jaren: addMonths(t.vanaf, 12 * n),
  }[t.lengte.eenheid]
  return addDays(eind, t.opgeschortDagen ?? 0)
}

function werkdagenNa(vanaf: string, tot: string, gelijkgesteld: readonly GelijkgesteldeDag[]): number {
  let n = 0
  for (let d = addDays(vanaf, 1); d <= tot; d = addDays(d, 1)) if (isWerkdag(d, gelijkgesteld)) n++
  return n
}

/**
 * The end of a statutory term with the Algemene termijnenwet applied: art. 1 (an end on a rest day
 * moves on), art. 2 (a term of three days or more holds at least two working days), art. 1 lid 2
 * and art. 4 (which terms never move). Every moved date carries its explanation in words.
 */
export function termijnEinde(t: Termijn, gelijkgesteld: readonly GelijkgesteldeDag[]): Termijneinde {
  const berekend = geteld(t)
  const geenAtw = geenAtwReden(t.lengte, t.terug)
  if (geenAtw) return { datum: berekend, berekend, overgeslagen: [], geenAtw, uitleg: null }
  const einde = verschuif(berekend, gelijkgesteld)
  const dagen = t.lengte.eenheid === 'dagen' ? t.lengte.aantal : t.lengte.eenheid === 'uren' ? 0 : 7
  if (dagen < 3 || werkdagenNa(t.vanaf, einde.datum, gelijkgesteld) >= 2) return einde
  // Art. 2: extend to the second working day after the start.
  let datum = einde.datum
  do datum = addDays(datum, 1)
  while (!isWerkdag(datum, gelijkgesteld) || werkdagenNa(t.vanaf, datum, gelijkgesteld) < 2)
  const uitleg = `Verlengd van ${metDag(berekend)} tot ${metDag(datum)}, zodat de termijn twee werkdagen telt (${ATW} art. 2).`
  return { ...einde, datum, uitleg }
}

/** Awb 6:7 and 6:8 lid 1: six weeks from the day after bekendmaking, Atw applied. */
export function bezwaartermijnEinde(bekendmaking: string, gelijkgesteld: readonly GelijkgesteldeDag[]): Termijneinde {
  return termijnEinde({ vanaf: bekendmaking, lengte: { eenheid: 'weken', aantal: 6 } }, gelijkgesteld)
}

/** A task's explanation with the move appended, so the adviser sees why the date is later. */
export const metUitleg = (toelichting: string, e: Termijneinde): string => (e.uitleg ? `${toelichting} ${e.uitleg}` : toelichting)
