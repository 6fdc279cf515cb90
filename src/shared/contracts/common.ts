import { z } from 'zod'
import { isIsoDate } from '../domain/dates'
import { isValidBsn, normaliseBsn } from '../domain/bsn'
import { normalisePostcode } from '../format/nl'

/** Shared field schemas. Every string and array that crosses IPC has an upper bound. */
export const IdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const IsoDateSchema = z.string().max(10).refine(isIsoDate, 'Vul een bestaande datum in als dd-mm-jjjj.')

export const requiredText = (max: number) => z.string().trim().min(1, 'Vul dit veld in.').max(max)
export const optionalText = (max: number) => z.string().trim().max(max).default('')

export const BsnSchema = z
  .string()
  .max(20)
  .transform(normaliseBsn)
  .refine(isValidBsn, 'Dit BSN klopt niet (elfproef). Controleer de negen cijfers.')

export const EmptyInput = z.strictObject({})

export const OptionalIsoDate = IsoDateSchema.nullable().default(null)

/** Optimistic concurrency: every update names the version it was based on. */
export const VersionSchema = z.number().int().min(1)

export const PostcodeSchema = z
  .string()
  .max(10)
  .transform((v, ctx) => {
    if (v.trim() === '') return ''
    const pc = normalisePostcode(v)
    if (!pc) ctx.addIssue({ code: 'custom', message: 'Een postcode heeft de vorm 1234 AB.' })
    return pc ?? v
  })

export const HuisnummerSchema = z
  .string()
  .trim()
  .max(5)
  .refine((v) => v === '' || /^[1-9]\d{0,4}$/.test(v), 'Een huisnummer bestaat uit cijfers, bijvoorbeeld 12.')

export const ToevoegingSchema = z.string().trim().max(6, 'Een toevoeging is hoogstens 6 tekens, bijvoorbeeld A of 2-hoog.').default('')

export const TelefoonSchema = z
  .string()
  .trim()
  .max(20)
  .refine(
    (v) => v === '' || (/^[+0-9 ()-]+$/.test(v) && v.replace(/\D/g, '').length >= 10),
    'Een telefoonnummer heeft minimaal 10 cijfers.',
  )
  .default('')

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v), 'Dit is geen geldig e-mailadres.')
  .default('')

/** Address parts as PostNL and the BRP keep them. */
export const AdresSchema = z.object({
  straat: optionalText(120),
  huisnummer: HuisnummerSchema.default(''),
  huisnummerToevoeging: ToevoegingSchema,
  postcode: PostcodeSchema.default(''),
  woonplaats: optionalText(80),
})
