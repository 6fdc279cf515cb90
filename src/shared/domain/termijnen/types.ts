import type { Leveringsvorm } from '../codes'
import type { GelijkgesteldeDag } from './feestdagen'

/** What the rules need to know about one dossier. Dates are ISO. */
export interface DossierSnapshot {
  today: string
  indicaties: Array<{ id: number; besluitnummer: string; ingangsdatum: string; einddatum: string | null; zorgprofiel: string }>
  leveringsvormen: Array<{
    id: number
    soort: Leveringsvorm
    startdatum: string
    einddatum: string | null
    metBehandeling: boolean
  }>
  aanvragen: Array<{
    id: number
    soort: string
    ontvangenOp: string
    termijnWeken: number
    opgeschortDagen: number
    verdaagdTot: string | null
    besluitDatum: string | null
    bekendgemaaktOp: string | null
  }>
  bezwaren: Array<{
    id: number
    ontvangenOp: string
    besluitBekendgemaaktOp: string
    adviescommissie: boolean
    verdagingWeken: number
    opgeschortDagen: number
    beslistOp: string | null
  }>
  /** Evaluation dates agreed in the latest version of each zorgplan (Wlz art. 8.1.1 lid 1 sub d). */
  zorgplanEvaluaties?: Array<{ planId: number; datum: string }>
  /** Beschikkingen (letters) with a registered verzenddatum: the day of bekendmaking (Awb 3:41). */
  beschikkingen?: Array<{ id: number; kenmerk: string; verzondenOp: string }>
  /**
   * Voornemens tot afwijzing that were sent. The zienswijze term counts from the letter's date, as
   * the letter itself states the last day (Awb 4:7); `datum` is that date.
   */
  voornemens?: Array<{ id: number; kenmerk: string; datum: string; zienswijzeWeken: number }>
  regio: { client: string | null; clientNaam: string | null; adviseur: string | null; adresGewijzigdOp: string | null }
  /**
   * Days equated with a feestdag by Koninklijk Besluit (Atw art. 3 lid 3), from the Beheer table.
   * Absent until the caller reads that table: terms then roll over weekends and statutory feestdagen only.
   */
  gelijkgesteldeDagen?: readonly GelijkgesteldeDag[]
}

/**
 * A task or term that follows from a rule. `actie`: something the adviser must do by the
 * deadline (counts as overdue). `termijn`: a date to know (e.g. when the bezwaartermijn ends).
 */
export interface ExpectedTask {
  /** Stable identity per client: rule + source + occurrence, so recomputing updates instead of duplicating. */
  sleutel: string
  regel: string
  soort: 'actie' | 'termijn'
  titel: string
  toelichting: string
  /** The source, cited in the UI, e.g. "Wlz art. 8.1.3 lid 1". */
  artikel: string
  deadline: string
  /** Show in the task list from this date on (e.g. December for the yearly pgb beschikking). */
  vanaf: string | null
  bron: string
}

export type Rule = (d: DossierSnapshot) => ExpectedTask[]

/** True when a period [start, end] (end null = open) contains the date. */
export function activeOn(p: { startdatum: string; einddatum: string | null }, date: string): boolean {
  return p.startdatum <= date && (p.einddatum === null || p.einddatum >= date)
}
