import { z } from 'zod'
import { defineRoutes } from './define'
import { AdresSchema, EmailSchema, IdSchema, IsoDateSchema, OptionalIsoDate, TelefoonSchema, optionalText, requiredText } from './common'
import { ClientDetailSchema } from './clients.routes'
import { DTV_ETMALEN, GRONDSLAGEN, LEVERINGSVORMEN, SOORT_RELATIE } from '../domain/codes'
import { AanvraagSchema, BezwaarSchema, ContactmomentSchema, TaakSchema } from './activiteiten'
import { Record } from './records'

/** Record schemas: the editable fields, then `...Record` adds identity and version for output. */

export const VertegenwoordigerFields = {
  soortRelatie: z.enum(SOORT_RELATIE, { error: 'Kies de soort relatie.' }),
  naam: requiredText(200),
  organisatie: optionalText(200),
  ...AdresSchema.shape,
  telefoon: TelefoonSchema,
  email: EmailSchema,
  /** Letters (beschikkingen) go to this person instead of the client. */
  brievenNaar: z.boolean().default(false),
}
export const VertegenwoordigerSchema = z.object({ ...Record, ...z.strictObject(VertegenwoordigerFields).shape, actief: z.boolean() })
export type Vertegenwoordiger = z.output<typeof VertegenwoordigerSchema>

export const IndicatieFields = {
  besluitnummer: z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, 'Een besluitnummer van het CIZ bestaat uit cijfers.'),
  afgiftedatum: IsoDateSchema,
  ingangsdatum: IsoDateSchema,
  einddatum: OptionalIsoDate,
  zorgprofiel: z.string().regex(/^\d{3}$/, 'Kies een zorgprofiel uit de lijst.'),
  grondslagen: z
    .array(z.enum(Object.keys(GRONDSLAGEN) as [string, ...string[]]))
    .max(7)
    .default([]),
  meerzorg: z.boolean().default(false),
  opmerking: optionalText(1000),
}
export const IndicatieSchema = z.object({ ...Record, ...z.strictObject(IndicatieFields).shape, waarschuwingen: z.array(z.string()) })
export type Indicatie = z.output<typeof IndicatieSchema>

export const LeveringsvormFields = {
  soort: z.enum(LEVERINGSVORMEN, { error: 'Kies een leveringsvorm.' }),
  startdatum: IsoDateSchema,
  einddatum: OptionalIsoDate,
  aanbieder: optionalText(200),
  /** Only for verblijf: care includes behandeling (Wlz 3.1.1 lid 1 sub d). */
  metBehandeling: z.boolean().default(false),
  /** Only for dtv: etmalen per week (iWlz LDT_Etmalen). */
  etmalen: z.enum(DTV_ETMALEN).nullable().default(null),
  /** Care while waiting for a place (Wlz 3.3.6). */
  overbrugging: z.boolean().default(false),
}
export const LeveringsvormSchema = z.object({ ...Record, ...z.strictObject(LeveringsvormFields).shape })
export type LeveringsvormRecord = z.output<typeof LeveringsvormSchema>

export const DossierSchema = z.object({
  client: ClientDetailSchema,
  vertegenwoordigers: z.array(VertegenwoordigerSchema),
  indicaties: z.array(IndicatieSchema),
  leveringsvormen: z.array(LeveringsvormSchema),
  contactmomenten: z.object({ rows: z.array(ContactmomentSchema), total: z.number().int() }),
  aanvragen: z.array(AanvraagSchema),
  bezwaren: z.array(BezwaarSchema),
  taken: z.array(TaakSchema),
})
export type Dossier = z.output<typeof DossierSchema>

export const dossierRoutes = defineRoutes({
  'dossier.get': { kind: 'read', input: z.strictObject({ clientId: IdSchema }), output: DossierSchema },
})
