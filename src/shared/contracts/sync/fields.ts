import { z } from 'zod'
import { isIsoDate } from '../../domain/dates'
import { GidSchema } from './ids'

/**
 * Field schemas of synced rows. They check shape and bounds only, without defaults or trimming: the
 * server stores exactly what the workstation's own (stricter, Dutch-worded) route schemas already let
 * through, so a value compares equal to itself in the three-way merge.
 */
export const text = (max: number) => z.string().max(max, `Hoogstens ${max} tekens.`)
export const required = (max: number) => text(max).min(1, 'Vul dit veld in.')
export const date = z.string().max(10).refine(isIsoDate, 'Geen geldige datum (jjjj-mm-dd).')
export const dateOrNull = date.nullable()
/** An ISO timestamp as the workstations write them (`new Date().toISOString()`). */
export const instant = z
  .string()
  .max(30)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/, 'Geen geldig tijdstip (ISO 8601).')
export const instantOrNull = instant.nullable()
export const gid = GidSchema
export const gidOrNull = GidSchema.nullable()
export const int = (min: number, max: number) => z.number().int().min(min).max(max)
export const cents = z.number().int().min(0).max(1_000_000_000_00)
export const bool = z.boolean()
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values)
/** JSON kept as text (plan content, letter data): the workstation validates the inside with its own schema. */
export const jsonText = (max: number) =>
  text(max).refine((v) => {
    try {
      JSON.parse(v)
      return true
    } catch {
      return false
    }
  }, 'Geen geldige JSON.')
/** PDF bytes as base64, bounded to ~2 MB of PDF. */
export const base64Pdf = z
  .string()
  .max(2_800_000, 'Het PDF-bestand is groter dan 2 MB.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Geen geldige base64-tekst.')

/** The owning client of a dossier row: its gid, present on every dossier-scope entity. */
export const ClientRef = { clientGid: gid }
