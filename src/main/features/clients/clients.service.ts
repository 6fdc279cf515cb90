import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ReferentieRepo } from '../referentie/referentie.repo'
import type { ClientRecord, ClientsRepo } from './clients.repo'
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
  clock: Clock
  uow: UnitOfWork
  repo: ClientsRepo
  referentie: ReferentieRepo
  currentUserId: () => number | null
}) {
  const { clock, referentie, repo } = deps

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
      gemeente: c.postcode ? referentie.gemeenteOfPostcode(c.postcode, clock.today()) : null,
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
    const id = deps.uow.run({ event: 'client.create' }, (tx) => {
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
      const { bevestigDubbel: _b, ...fields } = input
      const zoeknaam = zoeknaamOf(input)
      const id = repo.insert({
        ...fields,
        zoeknaam,
        sortNaam: sort,
        adviseurId: deps.currentUserId(),
        createdAt: tx.now,
        updatedAt: tx.now,
      })
      repo.indexName(id, zoeknaam)
      tx.forClient(id)
      return id
    })
    return summary(mustGet(id))
  }

  function update(input: RouteArgs<'clients.update'>): ClientDetail {
    const p = input.persoon
    checkBirthDate(p.geboortedatum)
    deps.uow.run({ event: 'client.update', clientId: input.id }, ({ now }) => {
      const before = mustGet(input.id)
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
    })
    return detail(mustGet(input.id))
  }

  function revealBsn(id: number): { bsn: string } {
    return deps.uow.run({ event: 'bsn.reveal', clientId: id, resync: false }, () => ({ bsn: mustGet(id).bsn }))
  }

  return { create, update, revealBsn, detail: (id: number) => detail(mustGet(id)), mustGet }
}
export type ClientsService = ReturnType<typeof createClientsService>
