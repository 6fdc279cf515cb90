import { z } from 'zod'
import { defineRoutes } from './define'
import { EmptyInput } from './common'
import { BackupNaamSchema } from './backups.routes'
import { PincodePogingSchema } from './werkplek.routes'
import { PdfFileSchema } from './pdfFile'

export const HerstelcodeSchema = z
  .string()
  .trim()
  .min(1, 'Vul de herstelcode in.')
  .max(64, 'Een herstelcode heeft 30 tekens: 6 groepen van 5.')

export const SleutelStatusSchema = z.object({
  /** 'os': the OS keystore; 'basic_text': Linux without a keyring (weak); 'test': the fake keychain of tests and the harness. */
  soort: z.enum(['os', 'basic_text', 'test']),
  beschrijving: z.string(),
  /** When the current recovery code was made; null when there is none. */
  herstelcodeGemaaktOp: z.string().nullable(),
})
export type SleutelStatus = z.infer<typeof SleutelStatusSchema>

/**
 * How the database key is protected, and the recovery code that opens the database and every
 * back-up without the OS keystore. 'maintenance': these work on the startup-error screen too.
 */
export const sleutelRoutes = defineRoutes({
  'sleutel.status': { kind: 'maintenance', input: EmptyInput, output: SleutelStatusSchema },
  /** A new recovery code (the old one stops working), shown once; needs the lock's PIN. */
  'sleutel.herstelcode': {
    kind: 'maintenance',
    input: z.strictObject({ pincode: PincodePogingSchema }),
    output: z.object({ herstelcode: z.string(), gemaaktOp: z.string() }),
  },
  /** The recovery sheet as an A4 PDF, for the code just shown (it is not kept anywhere readable). */
  'sleutel.herstelblad': { kind: 'maintenance', input: z.strictObject({ herstelcode: HerstelcodeSchema }), output: PdfFileSchema },
  /** Puts the key back with the code (and, on a new laptop, a back-up in place); takes effect after a restart. */
  'sleutel.herstellen': {
    kind: 'maintenance',
    input: z.strictObject({ herstelcode: HerstelcodeSchema, naam: BackupNaamSchema.optional() }),
    output: z.object({ herstartNodig: z.literal(true) }),
  },
})
