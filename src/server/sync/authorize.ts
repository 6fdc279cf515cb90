import type { Change, EntityDef } from '../../shared/contracts/sync'
import { isBeheerder, mayReassign, type Principal } from '../auth/principal'

/** Outcome of the authorisation of one change: allowed, or a Dutch reason (retryable when it may pass later). */
export type Verdict = { ok: true; team: string | null } | { ok: false; message: string; retryable?: boolean }

const no = (message: string, retryable = false): Verdict => ({ ok: false, message, retryable })

/**
 * May this user, on this device, make this change? `team` is the dossier's current team (undefined: the
 * client is not on the server yet); `current` the row's server fields when it exists.
 * Shared entities: beheerder only. Audit: the record must name the pushing user and device.
 * Dossier entities: the client must be in one of the user's teams; a new client goes to the user's
 * first team; moving a client to another adviser or team needs teamleider or beheerder.
 */
export function authorize(
  p: Principal,
  def: EntityDef,
  c: Change,
  fields: Record<string, unknown>,
  team: string | undefined,
  current: Record<string, unknown> | undefined,
): Verdict {
  switch (def.scope) {
    case 'account':
      return no('Collega’s en accounts worden alleen op de server beheerd, niet vanaf een werkplek.')
    case 'shared':
      return isBeheerder(p)
        ? { ok: true, team: null }
        : no('Alleen een functioneel beheerder kan gedeelde instellingen en referentiegegevens wijzigen.')
    case 'audit':
      if (fields.userGid !== p.accountId || fields.deviceId !== p.deviceId) {
        return no('Een auditregel moet de aangemelde gebruiker en dit apparaat noemen.')
      }
      return { ok: true, team: null }
    case 'dossier':
      break
  }
  if (team === undefined) {
    if (c.entity !== 'client')
      return no('De cliënt van deze wijziging is nog niet op de server bekend; de wijziging wordt later opnieuw verstuurd.', true)
    const wanted = typeof fields.teamId === 'string' ? fields.teamId : p.teams[0]
    if (!wanted) return no('U hoort bij geen enkel team; vraag de beheerder u aan een team toe te voegen.')
    if (!p.teams.includes(wanted) && !mayReassign(p)) return no('U kunt geen cliënt aanmaken in een team waar u niet bij hoort.')
    return { ok: true, team: wanted }
  }
  if (!p.teams.includes(team)) return no('U hebt geen toegang tot het dossier van deze cliënt: het hoort bij een ander team.')
  if (c.entity === 'client' && current) {
    const moves = (k: string) => Object.hasOwn(fields, k) && fields[k] !== (current[k] ?? null)
    if ((moves('adviseurGid') || moves('teamId')) && !mayReassign(p)) {
      return no('Alleen een teamleider of beheerder kan een cliënt aan een andere adviseur of een ander team toewijzen.')
    }
    if (Object.hasOwn(fields, 'teamId') && fields.teamId === null) return no('Een dossier hoort altijd bij een team.')
  }
  if (c.entity === 'huisbezoek' && !current && !p.ownDevices.includes(String(fields.deviceId))) {
    return no('Een dossier gaat alleen mee op huisbezoek met een eigen apparaat van de adviseur die het markeert.')
  }
  return { ok: true, team }
}
