import { z } from 'zod'
import { normalisePostcode, parseDutchDate } from '../../format/nl'
import { ZORGPROFIELEN } from '../zorgprofielen'
import { LOCATIE_LEVERINGSVORMEN, SPECIALISATIES } from './codes'

/** Splits a list cell: "754|756", "VV, VG", "dementie / NAH". */
const lijst = (v: string) =>
  v
    .split(/[|,;/+]/)
    .map((s) => s.trim())
    .filter(Boolean)

const BY_KORT = new Map(ZORGPROFIELEN.map((z) => [z.kort.replace(/\s/g, '').toUpperCase(), z.code]))
const BY_CODE = new Map(ZORGPROFIELEN.map((z) => [z.code, z]))
/** "754" or "5VV" → "754"; null when unknown or no longer a Wlz profile. */
export function zorgprofielCode(v: string): string | null {
  const t = v.trim().toUpperCase().replace(/\s/g, '')
  const code = /^\d{3}$/.test(t) ? t : BY_KORT.get(t)
  return code && BY_CODE.get(code)?.actueel ? code : null
}

const tekst = (max: number) => z.string().max(max, `Hoogstens ${max} tekens.`)
const acht = (wat: string) => z.string().regex(/^\d{8}$/, `Een ${wat} heeft precies 8 cijfers.`)
const optioneelAcht = (wat: string) => z.union([z.literal('').transform(() => null), acht(wat)])
const datum = z.string().transform((v, ctx) => {
  if (v === '') return null
  const iso = parseDutchDate(v)
  if (!iso) ctx.addIssue({ code: 'custom', message: 'Geen geldige datum (dd-mm-jjjj).' })
  return iso
})
const geheel = z.string().transform((v, ctx) => {
  if (v === '') return null
  if (!/^\d{1,6}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'Vul een heel getal van 0 of meer in.' })
  return Number(v)
})
/**
 * Partner places as a number, or as zorgkantoor lists often give them: "ja" (the location takes partners:
 * at least one place, the exact number unknown) or "nee" (none).
 */
const plekken = z.string().transform((v, ctx) => {
  const t = v.trim().toLowerCase()
  if (t === 'ja' || t === 'j') return 1
  if (t === 'nee' || t === 'n') return 0
  if (t === '') return null
  if (!/^\d{1,6}$/.test(t)) ctx.addIssue({ code: 'custom', message: 'Vul een aantal plaatsen in, of ja of nee.' })
  return Number(t)
})
const jaNee = z.string().transform((v, ctx) => {
  const t = v.trim().toLowerCase()
  if (['', 'nee', 'n', '0', 'false', 'no'].includes(t)) return false
  if (['ja', 'j', '1', 'true', 'yes'].includes(t)) return true
  ctx.addIssue({ code: 'custom', message: 'Vul ja of nee in.' })
  return false
})
const codes = <T extends string>(toegestaan: readonly T[], wat: string) =>
  z.string().transform((v, ctx) => {
    const out: T[] = []
    for (const item of lijst(v).map((s) => s.toLowerCase())) {
      if ((toegestaan as readonly string[]).includes(item)) out.push(item as T)
      else ctx.addIssue({ code: 'custom', message: `Onbekende ${wat} "${item}". Kies uit: ${toegestaan.join(', ')}.` })
    }
    return out
  })

/** One row of a provider file, all cells as text in, typed values out, Dutch messages per field. */
export const ImportRijSchema = z
  .object({
    organisatie: tekst(200).min(1, 'Vul de naam van de organisatie in.'),
    kvk: acht('KvK-nummer'),
    agbOrganisatie: optioneelAcht('AGB-code'),
    website: tekst(300),
    telefoon: tekst(30),
    locatie: tekst(200).min(1, 'Vul de naam van de locatie in.'),
    vestigingsnummer: z.string().regex(/^\d{12}$/, 'Een vestigingsnummer heeft precies 12 cijfers.'),
    agbLocatie: optioneelAcht('AGB-code'),
    straat: tekst(120),
    huisnummer: tekst(12),
    postcode: z.string().transform((v, ctx) => {
      const pc = normalisePostcode(v)
      if (!pc) ctx.addIssue({ code: 'custom', message: 'Een postcode heeft de vorm 1234 AB.' })
      return pc ?? v
    }),
    woonplaats: tekst(80),
    sectoren: z.string().transform((v) => lijst(v).map((s) => s.toUpperCase())),
    zorgprofielen: z.string().transform((v, ctx) => {
      const out: string[] = []
      for (const item of lijst(v)) {
        const code = zorgprofielCode(item)
        if (code) out.push(code)
        else ctx.addIssue({ code: 'custom', message: `Onbekend zorgprofiel "${item}".` })
      }
      if (!lijst(v).length) ctx.addIssue({ code: 'custom', message: 'Vul minstens één zorgprofiel in.' })
      return [...new Set(out)]
    }),
    leveringsvormen: codes(LOCATIE_LEVERINGSVORMEN, 'leveringsvorm'),
    partnerplekken: plekken,
    specialisaties: codes(SPECIALISATIES, 'specialisatie'),
    levensbeschouwing: tekst(80),
    capaciteit: geheel,
    gecontracteerd: jaNee,
    contractVan: datum,
    contractTot: datum,
    wachttijden: z.string().transform((v, ctx) => {
      const out: Array<{ zorgprofiel: string; weken: number }> = []
      for (const item of lijst(v)) {
        const m = /^(.+?)\s*[:=]\s*(\d{1,3})$/.exec(item)
        const code = m ? zorgprofielCode(m[1]!) : null
        if (m && code) out.push({ zorgprofiel: code, weken: Number(m[2]) })
        else ctx.addIssue({ code: 'custom', message: `Schrijf wachttijden als profiel:weken, bijvoorbeeld 754:6 (niet "${item}").` })
      }
      return out
    }),
    wachttijdBijgewerkt: datum,
    notities: tekst(2000),
  })
  .superRefine((r, ctx) => {
    if (r.contractVan && r.contractTot && r.contractTot < r.contractVan)
      ctx.addIssue({ code: 'custom', path: ['contractTot'], message: 'Het contract eindigt vóór het begint.' })
    if (r.wachttijden.length && !r.wachttijdBijgewerkt)
      ctx.addIssue({ code: 'custom', path: ['wachttijdBijgewerkt'], message: 'Vul in wanneer de wachttijden zijn bijgewerkt.' })
  })
export type ImportRij = z.output<typeof ImportRijSchema>
