import { formatZorgprofiel } from '../../format/codes'
import { aantal } from '../../format/nl'
import type { BudgetplanInhoud, BudgetZorgverlener, ZorgRegel } from '../../contracts/plannen.inhoud'
import { ZORG_SOORT_LABEL } from '../../contracts/plannen.inhoud'
import { formatDate, formatMoney } from '../../format/nl'
import type { Leveringsvorm } from '../codes'
import { zorgprofiel } from '../zorgprofielen'
import { bedragOp, isVerifiedFor, type BedragSoort, type Referentiebedrag } from './bedragen'

export type ControleStatus = 'voldoet' | 'voldoet_niet' | 'signaal' | 'onbekend' | 'nvt'

/** One cost or rule check: its source, its figures and the outcome. No check blocks saving a draft. */
export interface Controle {
  code: string
  titel: string
  artikel: string
  status: ControleStatus
  uitleg: string
  cijfers: Array<{ label: string; waarde: string }>
  /** A failing check of this kind stops the plan from being set vastgesteld. */
  blokkeert: boolean
  /** Set when an amount used has no verified value for the year it is used in. */
  ongeverifieerd: string | null
  /**
   * A blocking check that could not be judged ('onbekend') and that the adviser let pass with a
   * recorded reason (overschrijving.ts). It keeps its outcome and stays visible with the reason.
   */
  overschreven: { reden: string } | null
}

export interface ControleContext {
  zorgprofiel: string | null
  leveringsvorm: Leveringsvorm | null
  indicatie: { ingangsdatum: string; einddatum: string | null } | null
  bedragen: readonly Referentiebedrag[]
}

export const ongeverifieerd = (jaren: number[]): string | null =>
  jaren.length
    ? `Geen geverifieerd bedrag voor ${jaren.sort().join(', ')}; het laatst bekende bedrag is gebruikt. Controleer de tabel in Beheer.`
    : null

export function check(
  c: Omit<Controle, 'blokkeert' | 'ongeverifieerd' | 'overschreven'> & Partial<Pick<Controle, 'blokkeert' | 'ongeverifieerd'>>,
): Controle {
  return { blokkeert: false, ongeverifieerd: null, overschreven: null, ...c }
}

/** Blz art. 3.6.1: a pgb is granted per calendar year; the plan must lie within the indicatie. */
export function periodeCheck(plan: BudgetplanInhoud, ctx: ControleContext): Controle {
  const base = {
    code: 'periode',
    titel: 'Periode binnen één kalenderjaar en binnen de indicatie',
    artikel: 'Blz art. 3.6.1; Wlz art. 3.2.1',
    blokkeert: true,
  }
  const { periodeVan: van, periodeTot: tot } = plan
  if (!van || !tot) return check({ ...base, status: 'onbekend', uitleg: 'Vul de begin- en einddatum van de periode in.', cijfers: [] })
  const cijfers = [{ label: 'Periode', waarde: `${formatDate(van)} t/m ${formatDate(tot)}` }]
  if (tot < van) return check({ ...base, status: 'voldoet_niet', uitleg: 'De einddatum ligt vóór de begindatum.', cijfers })
  if (van.slice(0, 4) !== tot.slice(0, 4))
    return check({
      ...base,
      status: 'voldoet_niet',
      uitleg: 'Een pgb wordt per kalenderjaar verstrekt: de periode loopt uiterlijk tot 31 december.',
      cijfers,
    })
  const ind = ctx.indicatie
  if (!ind) return check({ ...base, status: 'voldoet_niet', uitleg: 'Het dossier heeft geen indicatie voor deze periode.', cijfers })
  cijfers.push({
    label: 'Indicatie',
    waarde: `${formatDate(ind.ingangsdatum)} t/m ${ind.einddatum ? formatDate(ind.einddatum) : 'onbepaald'}`,
  })
  if (van < ind.ingangsdatum || (ind.einddatum !== null && tot > ind.einddatum))
    return check({ ...base, status: 'voldoet_niet', uitleg: 'De periode valt (deels) buiten de geldigheid van de indicatie.', cijfers })
  return check({ ...base, status: 'voldoet', uitleg: 'De periode ligt binnen één kalenderjaar en binnen de indicatie.', cijfers })
}

/** Blz art. 3.6.2 lid 1 sub a: no pgb for the profiles the Rlz names. */
export function profielCheck(ctx: ControleContext): Controle {
  const base = { code: 'profiel', titel: 'Pgb mogelijk bij dit zorgprofiel', artikel: 'Blz art. 3.6.2 lid 1 sub a', blokkeert: true }
  const zp = ctx.zorgprofiel ? zorgprofiel(ctx.zorgprofiel) : undefined
  if (!zp) return check({ ...base, status: 'onbekend', uitleg: 'Het dossier heeft geen geldig zorgprofiel.', cijfers: [] })
  const cijfers = [{ label: 'Zorgprofiel', waarde: formatZorgprofiel(zp.code) }]
  return zp.pgb
    ? check({ ...base, status: 'voldoet', uitleg: 'Bij dit zorgprofiel is een pgb mogelijk.', cijfers })
    : check({ ...base, status: 'voldoet_niet', uitleg: 'Bij dit zorgprofiel is geen pgb mogelijk.', cijfers })
}

/** Blz art. 3.6.5 lid 4: a mantelzorger gets the mantelzorger rate even with a KvK or BIG registration. */
export function tariefSoort(zv: BudgetZorgverlener, regel: ZorgRegel): BedragSoort | null {
  if (regel.eenheid === 'dagdeel') return 'max_tarief_dagdeel'
  if (regel.eenheid === 'etmaal') return null
  return zv.soort === 'formeel' && zv.relatie === 'geen' ? 'max_tarief_formeel_uur' : 'max_tarief_informeel_uur'
}

/** The maxima in force on some day of the period: the one on its first day and any that start later. */
function maxima(rows: readonly Referentiebedrag[], soort: BedragSoort, van: string, tot: string): Referentiebedrag[] {
  const first = bedragOp(rows, soort, '', van)
  return [
    ...(first ? [first] : []),
    ...rows.filter((r) => r.soort === soort && r.sleutel === '' && r.geldigVanaf > van && r.geldigVanaf <= tot),
  ]
}

/** The lowest maximum in force on any day of the period (a mid-year change counts from its date). */
function strictestMax(candidates: readonly Referentiebedrag[]): Referentiebedrag | null {
  return candidates.reduce<Referentiebedrag | null>((min, r) => (!min || r.bedragCent < min.bedragCent ? r : min), null)
}

/**
 * Blz art. 3.6.5 with the Rlz maximum rates: formal, informal (mantelzorger) and per dagdeel. A
 * maximum that is not verified for the year cannot judge a tariff (wlz-reference §4.6: 2025 and
 * 2026 were not found), so the check says "niet te beoordelen" instead of "voldoet".
 */
export function tarievenCheck(plan: BudgetplanInhoud, ctx: ControleContext): Controle {
  const base = {
    code: 'tarieven',
    titel: 'Tarieven binnen de maximumtarieven',
    artikel: 'Blz art. 3.6.5; Rlz maximumtarieven pgb',
    blokkeert: true,
  }
  const van = plan.periodeVan
  if (!van) return check({ ...base, status: 'onbekend', uitleg: 'Vul eerst de periode in.', cijfers: [] })
  const tot = plan.periodeTot && plan.periodeTot >= van ? plan.periodeTot : van
  const cijfers: Controle['cijfers'] = []
  const unverified = new Set<number>()
  let over = 0
  let unknown = 0
  for (const zv of plan.zorgverleners)
    for (const r of zv.regels) {
      const soort = tariefSoort(zv, r)
      const label = `${zv.naam || 'Zorgverlener zonder naam'} — ${ZORG_SOORT_LABEL[r.soortZorg]}`
      if (!soort) {
        cijfers.push({ label, waarde: `${formatMoney(r.tariefCent)} per etmaal (geen maximum in de tabel)` })
        continue
      }
      const candidates = maxima(ctx.bedragen, soort, van, tot)
      const max = strictestMax(candidates)
      if (!max) {
        unknown++
        cijfers.push({ label, waarde: `${formatMoney(r.tariefCent)}; geen maximumtarief bekend voor ${formatDate(van)}` })
        continue
      }
      const verified = candidates.every((c) => isVerifiedFor(c, van))
      if (!verified) unverified.add(Number(van.slice(0, 4)))
      const exceeds = r.tariefCent > max.bedragCent
      if (exceeds && verified) over++
      else if (!verified) unknown++
      cijfers.push({ label, waarde: `${formatMoney(r.tariefCent)} (maximum ${formatMoney(max.bedragCent)})${exceeds ? ' — te hoog' : ''}` })
    }
  const note = ongeverifieerd([...unverified])
  if (!cijfers.length) return check({ ...base, status: 'onbekend', uitleg: 'Er zijn nog geen zorgregels met een tarief.', cijfers })
  if (unverified.size && !over)
    return check({
      ...base,
      status: 'onbekend',
      uitleg: `Niet te beoordelen: er is geen geverifieerd maximumtarief voor ${[...unverified].join(', ')}. Vul het maximumtarief aan in Beheer › Bedragen en tarieven, of overschrijf deze controle met een reden.`,
      cijfers,
      ongeverifieerd: note,
    })
  if (over)
    return check({
      ...base,
      status: 'voldoet_niet',
      uitleg: `${aantal(over, 'tarief', 'tarieven')} boven het maximum. Als concept mag dat; vaststellen niet.`,
      cijfers,
      ongeverifieerd: note,
    })
  if (unknown)
    return check({
      ...base,
      status: 'onbekend',
      uitleg: 'Voor een of meer tarieven is geen maximum bekend. Vul de tabel aan in Beheer.',
      cijfers,
      ongeverifieerd: note,
    })
  return check({ ...base, status: 'voldoet', uitleg: 'Alle tarieven liggen op of onder het maximum.', cijfers, ongeverifieerd: note })
}

/** Blz art. 3.1.4 lid 2: the legal definition of a kleinschalig wooninitiatief. */
export function wooninitiatiefCheck(plan: BudgetplanInhoud): Controle {
  const w = plan.wooninitiatief
  const base = {
    code: 'wooninitiatief',
    titel: 'Kleinschalig wooninitiatief (toeslag)',
    artikel: 'Blz art. 3.1.4 lid 2; Blz art. 3.6.3 sub b',
  }
  if (!w.actief) return check({ ...base, status: 'nvt', uitleg: 'De cliënt woont niet in een wooninitiatief.', cijfers: [] })
  const fouten: string[] = []
  if (w.bewoners === null || w.bewoners < 3 || w.bewoners > 26) fouten.push('het aantal bewoners met een pgb moet 3 tot en met 26 zijn')
  if (!w.eenAdres && (w.afstandMeter === null || w.afstandMeter > 100))
    fouten.push('de bewoners wonen op één adres of binnen 100 meter van elkaar')
  if (!w.gemeenschappelijkeRuimte) fouten.push('er is minstens één gemeenschappelijke ruimte')
  const cijfers = [
    { label: 'Bewoners met pgb', waarde: w.bewoners === null ? 'onbekend' : String(w.bewoners) },
    { label: 'Eén adres', waarde: w.eenAdres ? 'ja' : w.afstandMeter === null ? 'nee' : `nee, ${w.afstandMeter} m uit elkaar` },
    { label: 'Gemeenschappelijke ruimte', waarde: w.gemeenschappelijkeRuimte ? 'ja' : 'nee' },
  ]
  return fouten.length
    ? check({
        ...base,
        status: 'voldoet_niet',
        uitleg: `Geen wooninitiatief in de zin van de wet: ${fouten.join('; ')}. De toeslag telt niet mee.`,
        cijfers,
      })
    : check({ ...base, status: 'voldoet', uitleg: 'Voldoet aan de wettelijke omschrijving; de toeslag telt mee in het budget.', cijfers })
}
