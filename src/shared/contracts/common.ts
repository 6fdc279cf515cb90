import { z } from 'zod'
import { isIsoDate } from '../domain/dates'
import { isValidBsn, normaliseBsn } from '../domain/bsn'

/** Shared field schemas. Every string and array that crosses IPC has an upper bound. */
export const IdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const IsoDateSchema = z
  .string()
  .max(10)
  .refine(isIsoDate, 'Vul een bestaande datum in als dd-mm-jjjj.')

export const requiredText = (max: number) => z.string().trim().min(1, 'Vul dit veld in.').max(max)
export const optionalText = (max: number) => z.string().trim().max(max).default('')

export const BsnSchema = z
  .string()
  .max(20)
  .transform(normaliseBsn)
  .refine(isValidBsn, 'Dit BSN klopt niet (elfproef). Controleer de negen cijfers.')

export const EmptyInput = z.strictObject({})
