import { z } from 'zod'
import { defineEvents, defineRoutes } from './define'
import { EmptyInput } from './common'

/** Workstation settings that are not letterhead: how soon the screen locks when left alone. */
export const WerkplekSchema = z.strictObject({
  /** trust.md: the data view hides after inactivity (default 5 minutes). */
  vergrendelenNaMinuten: z.number().int().min(1, 'Minimaal 1 minuut.').max(60, 'Maximaal 60 minuten.').default(5),
})
export type Werkplek = z.output<typeof WerkplekSchema>

/** A new PIN or password for the screen lock: at least 6 characters, digits alone are fine. */
export const PincodeSchema = z
  .string()
  .min(6, 'Kies een pincode of wachtwoord van minstens 6 tekens.')
  .max(128, 'Een pincode of wachtwoord heeft hoogstens 128 tekens.')

/** Beheer's PIN form: the new PIN typed twice (the route gets it once), the current one when a PIN is set. */
export const pincodeFormSchema = (huidigNodig: boolean) =>
  z
    .object({
      huidigePincode: huidigNodig ? z.string().min(1, 'Vul de huidige pincode in.').max(128) : z.string().max(128),
      pincode: PincodeSchema,
      herhaal: z.string().max(128),
    })
    .refine((v) => v.pincode === v.herhaal, { path: ['herhaal'], message: 'De twee pincodes zijn niet gelijk.' })

/** A PIN as typed to unlock: checked against the stored hash, so only bounded here. */
export const PincodePogingSchema = z.string().max(128, 'Een pincode of wachtwoord heeft hoogstens 128 tekens.')

/** The lock as the main process holds it: the renderer only shows it. */
export const SlotStatusSchema = z.object({
  vergrendeld: z.boolean(),
  pincodeIngesteld: z.boolean(),
  /** Seconds before the next attempt is accepted after wrong ones (0: now). */
  wachtSeconden: z.number().int(),
})
export type SlotStatus = z.infer<typeof SlotStatusSchema>

export const werkplekRoutes = defineRoutes({
  'werkplek.get': { kind: 'read', input: EmptyInput, output: WerkplekSchema },
  'werkplek.save': { kind: 'write', input: WerkplekSchema, output: WerkplekSchema },
  'werkplek.slot.status': { kind: 'read', input: EmptyInput, output: SlotStatusSchema },
  /** Locks at once (button, Ctrl+Shift+L, inactivity). Writes nothing, so it also works read-only. */
  'werkplek.slot.vergrendelen': { kind: 'read', input: EmptyInput, output: SlotStatusSchema },
  /** Unlocks with the PIN; wrong attempts are counted here in the main process (growing delay). */
  'werkplek.slot.ontgrendelen': { kind: 'read', input: z.strictObject({ pincode: PincodePogingSchema }), output: SlotStatusSchema },
  /** Sets or changes the PIN; changing needs the current one. */
  'werkplek.slot.instellen': {
    kind: 'write',
    input: z.strictObject({ pincode: PincodeSchema, huidigePincode: PincodePogingSchema.optional() }),
    output: SlotStatusSchema,
  },
})

export const werkplekEvents = defineEvents({
  /** The lock or its settings changed: the window reads the status again. */
  'werkplek.slot': SlotStatusSchema,
})
