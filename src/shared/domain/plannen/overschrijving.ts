import { z } from 'zod'
import type { Controle } from './controles'

export const MIN_REDEN = 20

/** The blocking checks by code, as lists name them (the titles the checks carry, short). */
export const CONTROLE_LABEL: Readonly<Record<string, string>> = {
  periode: 'Periode en indicatie',
  profiel: 'Pgb bij dit zorgprofiel',
  tarieven: 'Tarieven binnen de maximumtarieven',
  budget: 'Budget',
  mpt_pgb: 'Mpt en pgb samen',
  logeeropvang: 'Logeeropvang',
}

/**
 * An adviser letting a blocking check pass that the app cannot judge (no verified amount for the
 * date, no tariff row): only with a reason in words, which is stored, audited and listed in Beheer.
 * The input for the future route plannen.overschrijf (docs/legal-phase2.md).
 */
export const OverschrijvingSchema = z.strictObject({
  code: z.string().trim().min(1, 'Kies de controle die u overschrijft.').max(40),
  reden: z
    .string()
    .trim()
    .min(MIN_REDEN, `Schrijf in minstens ${MIN_REDEN} tekens op waarom deze controle toch akkoord is.`)
    .max(2000, 'Een reden is hoogstens 2.000 tekens.'),
})
export type Overschrijving = z.output<typeof OverschrijvingSchema>

/**
 * Applies overschrijvingen to the checks. Only a blocking check with the outcome "niet te
 * beoordelen" can be overridden: one that fails is fixed in the plan, one that passes needs
 * nothing. An overridden check keeps its outcome and carries the reason, so it stays visible.
 */
export function pasOverschrijvingenToe(
  controles: readonly Controle[],
  overschrijvingen: readonly Overschrijving[],
): { controles: Controle[]; problemen: string[] } {
  const problemen: string[] = []
  const reden = new Map<string, string>()
  for (const o of overschrijvingen) {
    const c = controles.find((x) => x.code === o.code)
    if (!c) problemen.push(`Er is geen controle "${o.code}" bij dit plan.`)
    else if (o.reden.trim().length < MIN_REDEN)
      problemen.push(`Controle "${c.titel}": schrijf in minstens ${MIN_REDEN} tekens op waarom deze controle toch akkoord is.`)
    else if (!c.blokkeert) problemen.push(`Controle "${c.titel}" houdt het vaststellen niet tegen; overschrijven is niet nodig.`)
    else if (c.status === 'voldoet_niet')
      problemen.push(`Controle "${c.titel}" voldoet niet. Dat kunt u niet overschrijven: pas het plan aan (${c.artikel}).`)
    else if (c.status !== 'onbekend') problemen.push(`Controle "${c.titel}" is al beoordeeld; overschrijven is niet nodig.`)
    else reden.set(c.code, o.reden.trim())
  }
  return {
    controles: controles.map((c) => (reden.has(c.code) ? { ...c, overschreven: { reden: reden.get(c.code)! } } : c)),
    problemen,
  }
}

/** Blocking checks that could not be judged and were not overridden: each stops vaststellen. */
export function nietBeoordeeld(controles: readonly Controle[]): string[] {
  return controles
    .filter((c) => c.blokkeert && c.status === 'onbekend' && !c.overschreven)
    .map(
      (c) =>
        `Controle "${c.titel}" is niet te beoordelen (${c.artikel}). Vul de gegevens aan in Beheer, of overschrijf de controle met een reden.`,
    )
}
