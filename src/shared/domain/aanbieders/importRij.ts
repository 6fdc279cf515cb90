import { normalisePostcode, parseDutchDate } from '../../format/nl'
import { ZORGPROFIELEN } from '../zorgprofielen'
import { LOCATIE_LEVERINGSVORMEN, SPECIALISATIES } from './codes'
import type { ImportVeld } from './importVelden'

// The rules for one row of a provider file, as plain functions. Not a zod schema: a 120,000-row file
// ran 22 zod transforms a row (~16 µs, 1.9 s of the import and much of its garbage); these do the same
// checks with the same Dutch messages at a fraction of that. The route's own input is still zod-checked.

/** Reports a problem with the cell being read; reading goes on, so every problem of a row is named. */
type Fout = (melding: string) => void
type Regel<T> = (v: string, fout: Fout) => T

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

const tekst =
  (max: number, leeg?: string): Regel<string> =>
  (v, fout) => {
    if (v.length > max) fout(`Hoogstens ${max} tekens.`)
    if (leeg && v.length < 1) fout(leeg)
    return v
  }
const cijfers = (n: number, melding: string): Regel<string> => {
  const vorm = new RegExp(`^\\d{${n}}$`)
  return (v, fout) => {
    if (!vorm.test(v)) fout(melding)
    return v
  }
}
const acht = (wat: string) => cijfers(8, `Een ${wat} heeft precies 8 cijfers.`)
const optioneelAcht =
  (wat: string): Regel<string | null> =>
  (v, fout) =>
    v === '' ? null : acht(wat)(v, fout)
const datum: Regel<string | null> = (v, fout) => {
  if (v === '') return null
  const iso = parseDutchDate(v)
  if (!iso) fout('Geen geldige datum (dd-mm-jjjj).')
  return iso
}
const geheel: Regel<number | null> = (v, fout) => {
  if (v === '') return null
  if (!/^\d{1,6}$/.test(v)) fout('Vul een heel getal van 0 of meer in.')
  return Number(v)
}
/**
 * Partner places as a number, or as zorgkantoor lists often give them: "ja" (the location takes partners:
 * at least one place, the exact number unknown) or "nee" (none).
 */
const plekken: Regel<number | null> = (v, fout) => {
  const t = v.trim().toLowerCase()
  if (t === 'ja' || t === 'j') return 1
  if (t === 'nee' || t === 'n') return 0
  if (t === '') return null
  if (!/^\d{1,6}$/.test(t)) fout('Vul een aantal plaatsen in, of ja of nee.')
  return Number(t)
}
const jaNee: Regel<boolean> = (v, fout) => {
  const t = v.trim().toLowerCase()
  if (['', 'nee', 'n', '0', 'false', 'no'].includes(t)) return false
  if (['ja', 'j', '1', 'true', 'yes'].includes(t)) return true
  fout('Vul ja of nee in.')
  return false
}
const codes =
  <T extends string>(toegestaan: readonly T[], wat: string): Regel<T[]> =>
  (v, fout) => {
    const out: T[] = []
    for (const item of lijst(v).map((s) => s.toLowerCase())) {
      if ((toegestaan as readonly string[]).includes(item)) out.push(item as T)
      else fout(`Onbekende ${wat} "${item}". Kies uit: ${toegestaan.join(', ')}.`)
    }
    return out
  }
const postcode: Regel<string> = (v, fout) => {
  const pc = normalisePostcode(v)
  if (!pc) fout('Een postcode heeft de vorm 1234 AB.')
  return pc ?? v
}
const zorgprofielen: Regel<string[]> = (v, fout) => {
  const items = lijst(v)
  const out: string[] = []
  for (const item of items) {
    const code = zorgprofielCode(item)
    if (code) out.push(code)
    else fout(`Onbekend zorgprofiel "${item}".`)
  }
  if (!items.length) fout('Vul minstens één zorgprofiel in.')
  return [...new Set(out)]
}
const wachttijden: Regel<Array<{ zorgprofiel: string; weken: number }>> = (v, fout) => {
  const out: Array<{ zorgprofiel: string; weken: number }> = []
  for (const item of lijst(v)) {
    const m = /^(.+?)\s*[:=]\s*(\d{1,3})$/.exec(item)
    const code = m ? zorgprofielCode(m[1]!) : null
    if (m && code) out.push({ zorgprofiel: code, weken: Number(m[2]) })
    else fout(`Schrijf wachttijden als profiel:weken, bijvoorbeeld 754:6 (niet "${item}").`)
  }
  return out
}

/** Every field's rule, in the order a row's problems are reported. */
const REGELS = {
  organisatie: tekst(200, 'Vul de naam van de organisatie in.'),
  kvk: acht('KvK-nummer'),
  agbOrganisatie: optioneelAcht('AGB-code'),
  website: tekst(300),
  telefoon: tekst(30),
  locatie: tekst(200, 'Vul de naam van de locatie in.'),
  vestigingsnummer: cijfers(12, 'Een vestigingsnummer heeft precies 12 cijfers.'),
  agbLocatie: optioneelAcht('AGB-code'),
  straat: tekst(120),
  huisnummer: tekst(12),
  postcode,
  woonplaats: tekst(80),
  sectoren: (v: string) => lijst(v).map((s) => s.toUpperCase()),
  zorgprofielen,
  leveringsvormen: codes(LOCATIE_LEVERINGSVORMEN, 'leveringsvorm'),
  partnerplekken: plekken,
  specialisaties: codes(SPECIALISATIES, 'specialisatie'),
  levensbeschouwing: tekst(80),
  capaciteit: geheel,
  gecontracteerd: jaNee,
  contractVan: datum,
  contractTot: datum,
  wachttijden,
  wachttijdBijgewerkt: datum,
  notities: tekst(2000),
} satisfies Record<ImportVeld, Regel<unknown>>

/** One row of a provider file as typed values. */
export type ImportRij = { [V in ImportVeld]: ReturnType<(typeof REGELS)[V]> }
export type RijProbleem = { veld: ImportVeld; melding: string }

const VELDEN = Object.keys(REGELS) as ImportVeld[]

/**
 * Reads one row (every cell as text, trimmed) into typed values: the row, or every problem found in it,
 * each with its field and a Dutch message. Cells that are not mapped are ''.
 */
export function leesImportRij(cellen: Readonly<Record<ImportVeld, string>>): { rij: ImportRij } | { problemen: RijProbleem[] } {
  const problemen: RijProbleem[] = []
  const rij = {} as Record<ImportVeld, unknown>
  for (const veld of VELDEN) rij[veld] = REGELS[veld](cellen[veld], (melding) => problemen.push({ veld, melding }))
  const r = rij as ImportRij
  // Checks across fields run even when another field of the row failed (the zod schema this replaced
  // skipped them then), so one pass over the file names every problem; each runs only on values read well.
  if (r.contractVan && r.contractTot && r.contractTot < r.contractVan)
    problemen.push({ veld: 'contractTot', melding: 'Het contract eindigt vóór het begint.' })
  if (r.wachttijden.length && cellen.wachttijdBijgewerkt === '')
    problemen.push({ veld: 'wachttijdBijgewerkt', melding: 'Vul in wanneer de wachttijden zijn bijgewerkt.' })
  return problemen.length ? { problemen } : { rij: r }
}
