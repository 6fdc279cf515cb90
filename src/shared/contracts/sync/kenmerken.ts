import { z } from 'zod'
import { GidSchema } from './ids'

/** Letter kenmerken BR-<year>-<6 digits>: unique per year for the whole zorgkantoor. */
export const kenmerk = (jaar: number, nummer: number) => `BR-${jaar}-${String(nummer).padStart(6, '0')}`
export const KENMERK_MAX = 999_999

const Jaar = z.coerce.number().int().min(2000).max(2100)
const Nummer = z.number().int().min(1).max(KENMERK_MAX)

export const BlokRequestSchema = z.strictObject({
  jaar: Jaar,
  aantal: z.number().int().min(1).max(200, 'Hoogstens 200 kenmerken per blok.'),
})
export const BlokSchema = z.object({
  id: GidSchema,
  jaar: z.number().int(),
  van: z.number().int(),
  tot: z.number().int(),
  uitgegevenOp: z.string(),
})

export const GebruikRequestSchema = z.strictObject({
  jaar: Jaar,
  gebruikt: z.array(z.strictObject({ nummer: Nummer, briefGid: GidSchema })).max(1000),
  ongebruikt: z.array(Nummer).max(1000),
})
export const GebruikResponseSchema = z.object({
  vastgelegd: z.number().int(),
  geweigerd: z.array(z.object({ nummer: z.number().int(), message: z.string() })),
})

export const GatenQuerySchema = z.strictObject({ jaar: Jaar })
/** A run of numbers that were issued but carry no letter, with why. */
export const GatSchema = z.object({
  van: z.number().int(),
  tot: z.number().int(),
  status: z.enum(['open', 'ongebruikt']),
  deviceId: GidSchema,
  deviceNaam: z.string(),
  uitgegevenOp: z.string(),
  teruggemeldOp: z.string().nullable(),
  uitleg: z.string(),
})
export const GatenResponseSchema = z.object({
  jaar: z.number().int(),
  uitgegevenTot: z.number().int(),
  gebruikt: z.number().int(),
  gaten: z.array(GatSchema),
})
