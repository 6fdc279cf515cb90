import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { ReferentieRepo } from '../referentie/referentie.repo'
import type { TaskSync } from '../taken/taken.sync'
import { clientsRepo, type ClientRecord } from './clients.repo'
import { maskBsn } from '../../../shared/domain/bsn'
import { displayName, searchKey, sortKey, sortName } from '../../../shared/domain/names'
import type { ClientDetail, ClientSummary } from '../../../shared/contracts/clients.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'

const OLDEST_BIRTH_DATE = '1900-01-01'
const PERSOON_FIELDS = [
  'voornamen',
  'voorvoegsel',
  'achternaam',
  'geboortedatum',
  'geslacht',
  'naamgebruik',
  'partnerVoorvoegsel',
  'partnerAchternaam',
  'straat',
  'huisnummer',
  'huisnummerToevoeging',
  'postcode',
  'woonplaats',
  'telefoon',
  'email',
  'communicatievoorkeur',
  'leefeenheid',
  'geheim',
] as const satisfies ReadonlyArray<keyof ClientRecord>

/** The search key covers the name as registered and the partner's surname used with it. */
const zoeknaamOf = (p: {
  voornamen: string
  voorvoegsel: string
  achternaam: string
  partnerVoorvoegsel?: string
  partnerAchternaam?: string
}) => searchKey([p.voornamen, p.voorvoegsel, p.achternaam, p.partnerVoorvoegsel ?? '', p.partnerAchternaam ?? ''].join(' '))

export function createClientsService(deps: {
  db: Db
  clock: Clock
  audit: Audit
  referentie: ReferentieRepo
  sync: TaskSync
  currentUserId: () => number | null
}) {
  const { db, clock, audit, referentie, sync } = deps
  const repo = clientsRepo(db)

  function checkBirthDate(geboortedatum: string): void {
    if (geboortedatum > clock.today()) throw fieldError('geboortedatum', 'De geboortedatum ligt in de toekomst.')
    if (geboortedatum < OLDEST_BIRTH_DATE) throw fieldError('geboortedatum', 'De geboortedatum ligt vóór 1900. Controleer het jaar.')
  }

  function summary(c: ClientRecord): ClientSummary {
    return {
      id: c.id,
      naam: displayName(c),
      sortNaam: sortName(c),
      geboortedatum: c.geboortedatum,
      bsnMasked: maskBsn(c.bsn),
      adviseurId: c.adviseurId,
    }
  }

  function detail(c: ClientRecord): ClientDetail {
    const { id, version, adviseurId, adviseurNaam, adviseurRegio, regioCode } = c
    const persoon = Object.fromEntries(PERSOON_FIELDS.map((f) => [f, c[f]])) as ClientDetail['persoon']
    return {
      id,
      version,
      bsnMasked: maskBsn(c.bsn),
      naam: displayName(c),
      sortNaam: sortName(c),
      adviseurId,
      adviseurNaam,
      regioCode,
      regioNaam: regioCode ? referentie.regioNaam(regioCode, clock.today()) : null,
      buitenRegio: regioCode !== null && adviseurRegio !== null && regioCode !== adviseurRegio,
      persoon,
    }
  }

  function mustGet(id: number): ClientRecord {
    const c = repo.get(id)
    if (!c) throw new AppError('NOT_FOUND', 'Deze cliënt bestaat niet (meer).')
    return c
  }

  function create(input: RouteArgs<'clients.create'>): ClientSummary {
    checkBirthDate(input.geboortedatum)
    return db.transaction(() => {
      if (repo.idByBsn(input.bsn) !== undefined) {
        throw fieldError('bsn', 'Er bestaat al een cliënt met dit BSN. Zoek de cliënt op in de caseload.', 'DUPLICATE')
      }
      const sort = sortKey(input)
      const twins = repo.sameNameAndBirth(sort, input.geboortedatum)
      if (twins.length && !input.bevestigDubbel) {
        const who = twins.map((t) => `${displayName(t)} (BSN ${maskBsn(t.bsn)})`).join(', ')
        throw fieldError(
          'bevestigDubbel',
          `Er bestaat al een cliënt met deze naam en geboortedatum: ${who}. Is dit een andere persoon?`,
          'DUPLICATE',
        )
      }
      const now = clock.now().toISOString()
      const { bevestigDubbel: _b, ...fields } = input
      const zoeknaam = zoeknaamOf(input)
      const id = repo.insert({ ...fields, zoeknaam, sortNaam: sort, adviseurId: deps.currentUserId(), createdAt: now, updatedAt: now })
      repo.indexName(id, zoeknaam)
      sync.sync(id)
      audit.record({ event: 'client.create', action: 'C', clientId: id })
      return summary(mustGet(id))
    })()
  }

  function update(input: RouteArgs<'clients.update'>): ClientDetail {
    const p = input.persoon
    checkBirthDate(p.geboortedatum)
    return db.transaction(() => {
      const before = mustGet(input.id)
      const now = clock.now().toISOString()
      const addressChanged =
        before.postcode !== p.postcode || before.huisnummer !== p.huisnummer || before.huisnummerToevoeging !== p.huisnummerToevoeging
      const zoeknaam = zoeknaamOf(p)
      repo.update(
        input.id,
        input.version,
        {
          ...p,
          zoeknaam,
          sortNaam: sortKey(p),
          regioCode: referentie.regioOfPostcode(p.postcode, clock.today()),
          adresGewijzigdOp: addressChanged ? clock.today() : before.adresGewijzigdOp,
        },
        now,
      )
      repo.indexName(input.id, zoeknaam)
      sync.sync(input.id)
      audit.record({ event: 'client.update', action: 'U', clientId: input.id })
      return detail(mustGet(input.id))
    })()
  }

  function revealBsn(id: number): { bsn: string } {
    return db.transaction(() => {
      const c = mustGet(id)
      audit.record({ event: 'bsn.reveal', action: 'R', clientId: id })
      return { bsn: c.bsn }
    })()
  }

  return { create, update, revealBsn, detail: (id: number) => detail(mustGet(id)), mustGet }
}
export type ClientsService = ReturnType<typeof createClientsService>
