import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { fieldError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import { clientsRepo, type ClientRow } from './clients.repo'
import { maskBsn, normaliseBsn } from '../../../shared/domain/bsn'
import { displayName, searchKey, sortName } from '../../../shared/domain/names'
import type { ClientSummary } from '../../../shared/contracts/clients.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'

const OLDEST_BIRTH_DATE = '1900-01-01'

export function toSummary(r: ClientRow): ClientSummary {
  return {
    id: r.id,
    naam: displayName(r),
    sortNaam: sortName(r),
    geboortedatum: r.geboortedatum,
    bsnMasked: maskBsn(r.bsn),
    adviseurId: r.adviseur_id,
  }
}

export function createClientsService(db: Db, clock: Clock, audit: Audit, currentUserId: () => number | null) {
  const repo = clientsRepo(db)

  function create(input: RouteArgs<'clients.create'>): ClientSummary {
    if (input.geboortedatum > clock.today()) throw fieldError('geboortedatum', 'De geboortedatum ligt in de toekomst.')
    if (input.geboortedatum < OLDEST_BIRTH_DATE) throw fieldError('geboortedatum', 'De geboortedatum ligt vóór 1900. Controleer het jaar.')
    return db.transaction(() => {
      if (repo.idByBsn(input.bsn) !== undefined) {
        throw fieldError('bsn', 'Er bestaat al een cliënt met dit BSN. Zoek de cliënt op in de caseload.', 'DUPLICATE')
      }
      const now = clock.now().toISOString()
      const id = repo.insert({
        ...input,
        zoeknaam: searchKey(`${input.voornamen} ${input.voorvoegsel} ${input.achternaam}`),
        adviseur_id: currentUserId(),
        created_at: now,
      })
      audit.record({ event: 'client.create', action: 'C', clientId: id })
      return toSummary(repo.byId(id)!)
    })()
  }

  function list(input: RouteArgs<'clients.list'>): { rows: ClientSummary[]; total: number } {
    const raw = input.zoek.trim()
    // A typed BSN ("1234 56 782") is matched exactly; anything else by its name search key.
    const term = /^[\d\s.]{8,}$/.test(raw) ? normaliseBsn(raw) : searchKey(raw)
    return db.transaction(() => {
      const page = repo.page(term, input.limit, input.offset)
      audit.record({ event: term ? 'client.search' : 'client.list', action: 'R', details: { results: page.total } })
      return { rows: page.rows.map(toSummary), total: page.total }
    })()
  }

  return { create, list }
}
export type ClientsService = ReturnType<typeof createClientsService>
