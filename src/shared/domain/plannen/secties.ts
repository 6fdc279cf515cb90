import {
  EENHEID_LABEL,
  EENHEID_MEERVOUD,
  GESPREKSONDERWERPEN,
  OVEREENKOMST_LABEL,
  PGB_VAARDIGHEID_PUNTEN,
  RELATIE_LABEL,
  ZORG_SOORT_LABEL,
  type BudgetplanInhoud,
  type PlanInhoud,
  type ZorgplanInhoud,
} from '../../contracts/plannen.inhoud'
import { formatDate, formatMoney } from '../../format/nl'

/** A plan as readable sections of text: what the version diff compares and what the print shows. */
export interface Sectie {
  key: string
  titel: string
  tekst: string
}

const datum = (iso: string | null) => (iso ? formatDate(iso) : '—')
const getal = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 })

export function planSecties(plan: PlanInhoud): Sectie[] {
  return plan.soort === 'zorgplan' ? zorgplanSecties(plan.inhoud) : budgetplanSecties(plan.inhoud)
}

function zorgplanSecties(z: ZorgplanInhoud): Sectie[] {
  return [
    { key: 'doelen', titel: 'Doelen', tekst: z.doelen },
    { key: 'zorgverleners', titel: 'Verantwoordelijke zorgverleners en coördinatie', tekst: z.zorgverleners },
    { key: 'leven', titel: 'Hoe de cliënt wil leven en de ondersteuning daarbij', tekst: z.leven },
    { key: 'evaluatie', titel: 'Evaluatie', tekst: `${z.evaluatieAfspraken}\nVolgende evaluatie: ${datum(z.volgendeEvaluatie)}` },
    ...GESPREKSONDERWERPEN.map(([key, label]) => ({ key: `onderwerp.${key}`, titel: label, tekst: z.onderwerpen[key] })),
    { key: 'wensen', titel: 'Wensen', tekst: z.wensen },
    { key: 'mantelzorg', titel: 'Mantelzorg en vrijwilligers', tekst: z.mantelzorg },
    {
      key: 'persoonlijkPlan',
      titel: 'Persoonlijk plan',
      tekst: z.persoonlijkPlanOntvangenOp ? `Ontvangen op ${datum(z.persoonlijkPlanOntvangenOp)}` : 'Niet ontvangen',
    },
    { key: 'wilsbekwaamheid', titel: 'Wilsbekwaamheid', tekst: z.wilsbekwaamheid },
    { key: 'weigeringen', titel: 'Weigeringen en niet gevolgde wensen', tekst: z.weigeringen },
  ]
}

export function zorgverlenerTekst(z: BudgetplanInhoud['zorgverleners'][number]): string {
  const wie = [
    `${z.soort === 'formeel' ? 'Formele' : 'Informele'} zorgverlener`,
    z.relatie !== 'geen' ? `relatie: ${RELATIE_LABEL[z.relatie].toLowerCase()}` : '',
    z.kvkNummer ? `KvK ${z.kvkNummer}` : '',
    z.bigNummer ? `BIG ${z.bigNummer}` : '',
    `overeenkomst: ${OVEREENKOMST_LABEL[z.overeenkomst].toLowerCase()}`,
  ].filter(Boolean)
  const regels = z.regels.map(
    (r) =>
      `- ${ZORG_SOORT_LABEL[r.soortZorg]}: ${getal(r.perWeek)} ${r.perWeek === 1 ? EENHEID_LABEL[r.eenheid] : EENHEID_MEERVOUD[r.eenheid]} per week à ${formatMoney(r.tariefCent)}` +
      `${r.wanneer ? `; ${r.wanneer}` : ''}${r.omschrijving ? `\n  ${r.omschrijving}` : ''}`,
  )
  return [wie.join(', '), ...regels].join('\n')
}

function budgetplanSecties(b: BudgetplanInhoud): Sectie[] {
  const w = b.wooninitiatief
  return [
    { key: 'periode', titel: 'Periode', tekst: `${datum(b.periodeVan)} t/m ${datum(b.periodeTot)}` },
    ...b.zorgverleners.map((z) => ({
      key: `zorgverlener.${z.id}`,
      titel: `Zorgbeschrijving: ${z.naam || 'zonder naam'}`,
      tekst: zorgverlenerTekst(z),
    })),
    { key: 'mpt', titel: 'Mpt naast het pgb', tekst: b.mptPerJaarCent === null ? 'Geen' : `${formatMoney(b.mptPerJaarCent)} per jaar` },
    {
      key: 'wooninitiatief',
      titel: 'Wooninitiatief',
      tekst: w.actief
        ? `${w.bewoners ?? '?'} bewoners; ${w.eenAdres ? 'één adres' : `${w.afstandMeter ?? '?'} m uit elkaar`}; gemeenschappelijke ruimte: ${w.gemeenschappelijkeRuimte ? 'ja' : 'nee'}`
        : 'Nee',
    },
    { key: 'toelichting', titel: 'Toelichting', tekst: b.toelichting },
    {
      key: 'pgbVaardigheid',
      titel: 'Pgb-vaardigheid (10 punten)',
      tekst: b.pgbVaardigheid
        .map(
          (p, i) =>
            `${i + 1}. ${PGB_VAARDIGHEID_PUNTEN[i]} Oordeel: ${p.oordeel ?? 'nog niet beoordeeld'}${p.toelichting ? ` — ${p.toelichting}` : ''}`,
        )
        .join('\n'),
    },
    {
      key: 'keuzegesprek',
      titel: 'Bewust keuzegesprek',
      tekst: [
        `Datum: ${datum(b.keuzegesprek.datum)}`,
        `Aanwezig: ${b.keuzegesprek.aanwezigen || '—'}`,
        `Gewaarborgde hulp: ${b.keuzegesprek.gewaarborgdeHulp || '—'}`,
        `Uitkomst: ${b.keuzegesprek.uitkomst ?? '—'}`,
        b.keuzegesprek.verslag,
      ]
        .filter(Boolean)
        .join('\n'),
    },
  ]
}
