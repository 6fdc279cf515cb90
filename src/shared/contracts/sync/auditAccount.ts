import { z } from 'zod'
import { bool, gid, gidOrNull, instant, oneOf, required, text } from './fields'

export const ROLES = ['klantadviseur', 'pgb_adviseur', 'teamleider', 'beheerder'] as const
export type Role = (typeof ROLES)[number]
export const RoleSchema = z.enum(ROLES)
export const AFDELINGEN = ['klantadvies', 'pgb'] as const

/** Audit details: ids, counts and codes only (never a BSN or free text), so small flat values suffice. */
export const AuditDetails = z
  .record(z.string().max(60), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .refine((d) => Object.keys(d).length <= 40, 'Hoogstens 40 details.')

/** A NEN 7513 access-log record from a workstation (event, time, client, user, role, on whose behalf, device). */
export const audit = z.strictObject({
  at: instant,
  event: required(80),
  action: oneOf(['C', 'R', 'U', 'D', 'E']),
  clientGid: gidOrNull,
  userGid: gid,
  role: RoleSchema,
  onBehalfOf: gidOrNull,
  deviceId: gid,
  details: AuditDetails,
})

/** A colleague as every workstation sees it: the server's account, pulled only (gid = account id). */
export const adviseur = z.strictObject({
  naam: required(120),
  functie: text(120),
  afdeling: z.enum(AFDELINGEN),
  regioCode: text(10),
  actief: bool,
  role: RoleSchema,
  teams: z.array(gid).max(50),
})
