import { parseDutchDate } from '../../format/nl'
import { ZORGPROFIELEN } from '../zorgprofielen'
import { BEDRAG_SOORTEN, PER_ZORGPROFIEL, type BedragSoort, type Referentiebedrag } from './bedragen'

export interface CsvFout {
  /** 1-based line in the file (the header is line 1). */
  regel: number
  kolom: string | null
  melding: string
}
export type CsvResultaat = { ok: true; rijen: Referentiebedrag[] } | { ok: false; fouten: CsvFout[] }

const MAX_REGELS = 2000
const ALIAS: Record<string, BedragSoort> = {
  formeel: 'max_tarief_formeel_uur',
  informeel: 'max_tarief_informeel_uur',
  dagdeel: 'max_tarief_dagdeel',
  budget: 'pgb_budget_jaar',
  verblijf: 'verblijf_kosten_jaar',
  wooninitiatief: 'toeslag_wooninitiatief_jaar',
}
const KOLOMMEN = ['soort', 'zorgprofiel', 'geldig_vanaf', 'bedrag', 'geverifieerd', 'bron'] as const

/** One CSV line into fields: quotes may hold the delimiter ("77,00"), "" is a quote. */
function velden(regel: string, scheiding: string): string[] {
  const out: string[] = []
  let veld = ''
  let quoted = false
  for (let i = 0; i < regel.length; i++) {
    const c = regel[i]!
    if (quoted && c === '"' && regel[i + 1] === '"') {
      veld += '"'
      i++
    } else if (c === '"') quoted = !quoted
    else if (c === scheiding && !quoted) {
      out.push(veld.trim())
      veld = ''
    } else veld += c
  }
  return [...out, veld.trim()]
}

/** "77,00", "€ 1.234,56", "77" → cents; a Dutch file writes the cents after a comma. */
function bedrag(tekst: string): { cent: number } | { fout: string } {
  const t = tekst.replace(/[€\s\u00a0]/g, '')
  if (t === '') return { fout: 'Het bedrag ontbreekt.' }
  if (t.startsWith('-')) return { fout: `Het bedrag ${tekst} is negatief. Een tarief of budget is groter dan nul.` }
  if (/^\d+\.\d{1,2}$/.test(t)) return { fout: `Schrijf de centen na een komma: ${t.replace('.', ',')} in plaats van ${t}.` }
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(t)) return { fout: `"${tekst}" is geen bedrag. Schrijf bijvoorbeeld 77,00.` }
  const cent = Math.round(Number(t.replace(/\./g, '').replace(',', '.')) * 100)
  return cent > 0 ? { cent } : { fout: 'Het bedrag moet groter zijn dan nul.' }
}

function datum(tekst: string): { iso: string } | { fout: string } {
  const t = tekst.trim()
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]?$/.test(t))
    return { fout: `De datum "${t}" heeft geen jaar. Schrijf dd-mm-jjjj, bijvoorbeeld 01-01-2026.` }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(t)) return { fout: `Schrijf het jaar in "${t}" met vier cijfers, bijvoorbeeld 01-01-2026.` }
  const iso = parseDutchDate(t)
  return iso ? { iso } : { fout: t ? `"${t}" is geen bestaande datum. Schrijf dd-mm-jjjj.` : 'De datum ontbreekt.' }
}

const zorgprofielCode = (t: string) =>
  ZORGPROFIELEN.find((z) => z.code === t || z.kort.replace(/\s/g, '').toLowerCase() === t.replace(/\s/g, '').toLowerCase())?.code

/**
 * Reads a table of dated amounts (maximum tariffs, budgets) as a Dutch spreadsheet saves it:
 * semicolons (or commas, with the amounts in quotes), comma decimals, dd-mm-jjjj dates. Columns:
 * soort, zorgprofiel, geldig_vanaf, bedrag, geverifieerd (ja/nee), bron; `geldigVanaf` fills an
 * absent date column. All or nothing: any error gives every error, row by row, and no rows.
 */
export function leesTariefCsv(tekst: string, opties: { geldigVanaf?: string | null } = {}): CsvResultaat {
  const regels = tekst.replace(/^\uFEFF/, '').split(/\r?\n/)
  const kop = regels[0] ?? ''
  const scheiding = [';', '\t', ','].find((s) => kop.includes(s)) ?? ';'
  const namen = velden(kop, scheiding).map((n) => n.toLowerCase().replace(/\s+/g, '_'))
  const fouten: CsvFout[] = []
  const ontbreekt: string[] = ['soort', 'bedrag'].filter((k) => !namen.includes(k))
  if (!namen.includes('geldig_vanaf') && !opties.geldigVanaf) ontbreekt.push('geldig_vanaf')
  if (ontbreekt.length)
    return {
      ok: false,
      fouten: [
        { regel: 1, kolom: null, melding: `De kopregel mist de kolom(men) ${ontbreekt.join(', ')}. Verwacht: ${KOLOMMEN.join(';')}.` },
      ],
    }
  if (regels.length > MAX_REGELS + 1)
    return { ok: false, fouten: [{ regel: MAX_REGELS + 2, kolom: null, melding: `Het bestand heeft meer dan ${MAX_REGELS} regels.` }] }

  const rijen: Referentiebedrag[] = []
  const gezien = new Map<string, number>()
  regels.slice(1).forEach((regel, i) => {
    const nr = i + 2
    if (!regel.trim()) return
    const v = velden(regel, scheiding)
    if (v.length !== namen.length) {
      const komma =
        scheiding === ',' && v.length > namen.length
          ? ' Staat er een komma in een bedrag (77,00) terwijl de komma ook het scheidingsteken is? Zet het bedrag tussen aanhalingstekens of bewaar het bestand met puntkomma’s.'
          : ''
      fouten.push({ regel: nr, kolom: null, melding: `Regel ${nr} heeft ${v.length} kolommen, de kopregel ${namen.length}.${komma}` })
      return
    }
    const get = (k: string) => v[namen.indexOf(k)] ?? ''
    const fout = (kolom: string, melding: string) => fouten.push({ regel: nr, kolom, melding: `Regel ${nr}: ${melding}` })
    const soortTekst = get('soort').toLowerCase()
    const soort = (BEDRAG_SOORTEN as readonly string[]).includes(soortTekst) ? (soortTekst as BedragSoort) : ALIAS[soortTekst]
    if (!soort) fout('soort', `onbekende soort "${get('soort')}". Kies uit ${Object.keys(ALIAS).join(', ')}.`)
    const profielTekst = namen.includes('zorgprofiel') ? get('zorgprofiel') : ''
    const sleutel = profielTekst ? zorgprofielCode(profielTekst) : ''
    if (sleutel === undefined) fout('zorgprofiel', `zorgprofiel "${profielTekst}" bestaat niet.`)
    else if (soort && PER_ZORGPROFIEL.has(soort) && !sleutel)
      fout('zorgprofiel', 'vul het zorgprofiel in; dit bedrag verschilt per zorgprofiel.')
    else if (soort && !PER_ZORGPROFIEL.has(soort) && sleutel)
      fout('zorgprofiel', 'dit bedrag geldt voor alle zorgprofielen; laat het zorgprofiel leeg.')
    const d = namen.includes('geldig_vanaf') && get('geldig_vanaf') ? datum(get('geldig_vanaf')) : { iso: opties.geldigVanaf ?? '' }
    if ('fout' in d) fout('geldig_vanaf', d.fout)
    const b = bedrag(get('bedrag'))
    if ('fout' in b) fout('bedrag', b.fout)
    const ja = get('geverifieerd').toLowerCase()
    if (namen.includes('geverifieerd') && !['', 'ja', 'nee', 'j', 'n'].includes(ja))
      fout('geverifieerd', `schrijf "ja" of "nee" in plaats van "${get('geverifieerd')}".`)
    if (!soort || sleutel === undefined || 'fout' in d || 'fout' in b) return
    const sleutelDubbel = `${soort}|${sleutel}|${d.iso}`
    const eerder = gezien.get(sleutelDubbel)
    if (eerder) return void fout('geldig_vanaf', `dit bedrag staat al op regel ${eerder} (zelfde soort, zorgprofiel en datum).`)
    gezien.set(sleutelDubbel, nr)
    rijen.push({
      soort,
      sleutel: sleutel ?? '',
      geldigVanaf: d.iso,
      bedragCent: b.cent,
      geverifieerd: ja === 'ja' || ja === 'j',
      bron: get('bron').slice(0, 300),
    })
  })
  if (!fouten.length && !rijen.length) fouten.push({ regel: 2, kolom: null, melding: 'Het bestand bevat geen bedragen.' })
  return fouten.length ? { ok: false, fouten } : { ok: true, rijen }
}
