import type { SettingsRepo } from '../../db/settings'
import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ReferentieService } from '../referentie/referentie.service'
import type { AdviseurRow, ProfielRepo } from './profiel.repo'
import type { Adviseur } from '../../../shared/contracts/profiel.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { Account } from '../../../shared/contracts/sync/auth'

const CURRENT = 'current_adviseur_id'

/** The adviser working at this workstation, and the list of advisers (for reassignment). */
export function createProfielService(deps: {
  uow: UnitOfWork
  repo: ProfielRepo
  settings: SettingsRepo
  referentie: ReferentieService
  /** In a team the profile is the teamserver account's: functioneel beheer changes it there. */
  inTeam?: () => boolean
}) {
  const { uow, repo, settings, referentie } = deps
  const toAdviseur = (r: AdviseurRow): Adviseur => ({
    id: r.id,
    naam: r.naam,
    functie: r.functie,
    afdeling: r.afdeling,
    regioCode: r.regio_code,
    regioNaam: referentie.regioNaam(r.regio_code),
  })

  function currentId(): number | null {
    const v = settings.get(CURRENT)
    return v === null ? null : Number(v)
  }

  function current(): Adviseur | null {
    const id = currentId()
    const row = id === null ? undefined : repo.get(id)
    return row ? toAdviseur(row) : null
  }

  function create(input: RouteArgs<'profiel.create'>): Adviseur {
    if (currentId() !== null) throw new AppError('CONFLICT', 'Er is op deze werkplek al een profiel aangemaakt.')
    if (!referentie.regios().some((r) => r.code === input.regioCode)) {
      throw fieldError('regioCode', 'Deze zorgkantoorregio staat niet in de referentiegegevens. Importeer die eerst via Beheer.')
    }
    const id = uow.run({ event: 'profiel.create' }, (tx) => {
      const newId = repo.insert(input, tx.now)
      settings.set(CURRENT, String(newId))
      tx.detail({ adviseurId: newId })
      return newId
    })
    return toAdviseur(repo.get(id)!)
  }

  /** The adviser working here corrects their own profile (Beheer → Uw profiel). */
  function update(input: RouteArgs<'profiel.update'>): Adviseur {
    const id = currentId()
    if (id === null) throw new AppError('NOT_FOUND', 'Er is op deze werkplek nog geen profiel.')
    if (deps.inTeam?.())
      throw new AppError('FORBIDDEN', 'Uw profiel komt van uw account op de teamserver; functioneel beheer past het daar aan.')
    if (!referentie.regios().some((r) => r.code === input.regioCode))
      throw fieldError('regioCode', 'Deze zorgkantoorregio staat niet in de referentiegegevens.')
    if (repo.activeNameTaken(input.naam, id)) throw fieldError('naam', 'Er bestaat al een actieve adviseur met deze naam.', 'DUPLICATE')
    uow.run({ event: 'profiel.update', details: { adviseurId: id } }, () => repo.update(id, input))
    return toAdviseur(repo.get(id)!)
  }

  /** A colleague, so dossiers can be handed over to them; the region must be a known one. */
  function createColleague(input: RouteArgs<'adviseurs.create'>): Adviseur {
    if (!referentie.regios().some((r) => r.code === input.regioCode)) {
      throw fieldError('regioCode', 'Deze zorgkantoorregio staat niet in de referentiegegevens.')
    }
    if (repo.activeNameTaken(input.naam)) {
      throw fieldError('naam', 'Er bestaat al een actieve adviseur met deze naam.', 'DUPLICATE')
    }
    const id = uow.run({ event: 'adviseur.create' }, (tx) => {
      const newId = repo.insert(input, tx.now)
      tx.detail({ adviseurId: newId })
      return newId
    })
    return toAdviseur(repo.get(id)!)
  }

  /**
   * After signing in to a teamserver the account is the adviser working here (its row carries the
   * account id as gid, so colleagues' dossiers and the server's audit name the same person).
   * Called inside the sign-in transaction.
   */
  function adoptAccount(a: Account): void {
    const functie = a.functie || (a.afdeling === 'pgb' ? 'Pgb-adviseur' : 'Klantadviseur')
    const id = repo.upsertByGid(a.id, { naam: a.naam, functie, afdeling: a.afdeling, regioCode: a.regioCode }, new Date().toISOString())
    settings.set(CURRENT, String(id))
  }

  return {
    currentId,
    adoptAccount,
    current,
    create,
    update,
    createColleague,
    list: () => repo.active().map(toAdviseur),
  }
}
export type ProfielService = ReturnType<typeof createProfielService>
