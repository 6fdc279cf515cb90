import { z } from 'zod'
import { IdSchema, VersionSchema } from './common'

/** Identity and version that every dossier record carries in output. */
export const Record = { id: IdSchema, version: z.number().int() }
/** Create: the editable fields plus the client they belong to. */
export const createFor = <T extends z.ZodRawShape>(fields: T) => z.strictObject({ clientId: IdSchema, ...fields })
/** Update: the editable fields plus the id and the version the edit was based on. */
export const updateFor = <T extends z.ZodRawShape>(fields: T) => z.strictObject({ id: IdSchema, version: VersionSchema, ...fields })
