import { z } from 'zod'
import { IdSchema, IsoDateSchema, OptionalIsoDate, optionalText, requiredText } from './common'
import { Record } from './records'
import { AANVRAAG_SOORTEN, CONTACT_SOORTEN } from '../domain/codes'

export const ContactmomentFields = {
  soort: z.enum(CONTACT_SOORTEN, { error: 'Kies de soort contact.' }),
  datum: IsoDateSchema,
  deelnemers: optionalText(500),
  verslag: optionalText(20_000),
  vervolgactie: optionalText(1000),
}
export const ContactmomentSchema = z.object({
  ...Record,
  ...z.strictObject(ContactmomentFields).shape,
  adviseurNaam: z.string().nullable(),
})
export type Contactmoment = z.output<typeof ContactmomentSchema>

export const AanvraagFields = {
  soort: z.enum(AANVRAAG_SOORTEN, { error: 'Kies de soort aanvraag.' }),
  ontvangenOp: IsoDateSchema,
  /** Awb 4:13: 8 weeks unless a statutory term applies. */
  termijnWeken: z.number().int().min(1).max(52).default(8),
  /** Awb 4:15: days the term was suspended while the application was completed. */
  opgeschortDagen: z.number().int().min(0).max(365).default(0),
  /** Awb 4:14: the new date given when the term cannot be met. */
  verdaagdTot: OptionalIsoDate,
  besluitDatum: OptionalIsoDate,
  /** Day the decision was sent (bekendmaking): the bezwaartermijn starts the next day. */
  bekendgemaaktOp: OptionalIsoDate,
  uitkomst: z.enum(['toegekend', 'deels', 'afgewezen', 'ingetrokken']).nullable().default(null),
  omschrijving: optionalText(500),
}
export const AanvraagSchema = z.object({ ...Record, ...z.strictObject(AanvraagFields).shape })
export type Aanvraag = z.output<typeof AanvraagSchema>

export const BezwaarFields = {
  aanvraagId: IdSchema.nullable().default(null),
  ontvangenOp: IsoDateSchema,
  besluitBekendgemaaktOp: IsoDateSchema,
  adviescommissie: z.boolean().default(false),
  verdagingWeken: z.number().int().min(0).max(6, 'Verdaging is hoogstens zes weken (Awb 7:10 lid 3).').default(0),
  opgeschortDagen: z.number().int().min(0).max(365).default(0),
  beslistOp: OptionalIsoDate,
  omschrijving: optionalText(500),
}
export const BezwaarSchema = z.object({ ...Record, ...z.strictObject(BezwaarFields).shape })
export type Bezwaar = z.output<typeof BezwaarSchema>

export const TaakFields = {
  titel: requiredText(200),
  toelichting: optionalText(2000),
  deadline: IsoDateSchema,
}
export const TaakSchema = z.object({
  ...Record,
  regel: z.string(),
  soort: z.enum(['actie', 'termijn']),
  titel: z.string(),
  toelichting: z.string(),
  artikel: z.string(),
  deadline: z.string(),
  vanaf: z.string().nullable(),
  status: z.enum(['open', 'gedaan', 'vervallen']),
  afgerondOp: z.string().nullable(),
  handmatig: z.boolean(),
})
export type Taak = z.output<typeof TaakSchema>
